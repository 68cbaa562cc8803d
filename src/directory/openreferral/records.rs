//! One service's records, field by field as the standard names them, in the four shapes
//! the API returns it: whole (`/services/{id}`), as an item of a list (`/services`), and
//! at each of its places, whole (`/service_at_locations/{id}`) and listed
//! (`/service_at_locations`).
//!
//! Fields are in the order of the profile's examples. A field the page does not give, or a
//! list it gives nothing for, is left out rather than sent empty: the profile requires few
//! fields, and the site's pages give only what their sources say.

use serde::Serialize;

use super::taxonomy::{Term, Vocabulary};
use crate::directory::{Cost, Location as Place};
use crate::model::Site;

/// A service's own fields and its organisation: an item of `GET /services`, which the
/// standard lists with "only one-to-one fields" (the profile's `service_list.json`).
#[derive(Serialize)]
pub struct Summary<'a> {
    pub id: String,
    organization_id: String,
    name: &'a str,
    description: &'a str,
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    minimum_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    maximum_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    assured_date: Option<String>,
    organization: Organization<'a>,
}

/// Everything the service says but its places: what a service at a location nests, as the
/// profile's `service_at_location.json` has no places inside its service.
#[derive(Serialize)]
pub struct Details<'a> {
    #[serde(flatten)]
    pub summary: Summary<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    schedules: Vec<Described<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    languages: Option<Vec<Language<'a>>>,
    /// HSDS 3.0's phones: the UK profile's compiled service leaves them out, so they are
    /// held to its `phone.json`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    phones: Vec<Phone<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cost_options: Vec<CostOption>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attributes: Vec<Attribute<'a>>,
}

/// One service as `GET /services/{id}` returns it (the profile's compiled `service.json`).
#[derive(Serialize)]
pub struct Record<'a> {
    #[serde(flatten)]
    pub details: Details<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub service_at_locations: Vec<ServiceAtLocation<'a>>,
}

#[derive(Serialize)]
struct Organization<'a> {
    id: String,
    name: &'a str,
    description: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<&'a str>,
}

#[derive(Serialize)]
struct Phone<'a> {
    id: String,
    number: &'a str,
}

/// A language the service is given in. The profile's language has only ids; HSDS 3.0's
/// has the name too, which is all the site knows.
#[derive(Serialize)]
struct Language<'a> {
    id: String,
    name: &'a str,
}

#[derive(Serialize)]
struct Described<'a> {
    id: String,
    description: &'a str,
}

#[derive(Serialize)]
struct CostOption {
    id: String,
    option: &'static str,
    currency: &'static str,
}

/// The service at one of its places, as a service's record nests it.
#[derive(Serialize)]
pub struct ServiceAtLocation<'a> {
    pub id: String,
    pub location: Location<'a>,
}

/// The service at one place, as `GET /service_at_locations/{id}` returns it (the place
/// whole, the service without its places) or as its list holds it (both in their
/// one-to-one fields).
#[derive(Serialize)]
pub struct AtPlace<'r, L, S> {
    pub id: &'r str,
    pub location: L,
    pub service: S,
}

#[derive(Serialize)]
pub struct Location<'a> {
    id: String,
    location_type: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    addresses: Vec<Address<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    accessibility: Vec<Described<'a>>,
}

/// A place's one-to-one fields: what a list of services at locations holds.
#[derive(Serialize)]
pub struct LocationSummary<'a> {
    id: &'a str,
    location_type: &'static str,
    name: &'a str,
}

impl<'a> Location<'a> {
    pub fn summary(&self) -> LocationSummary<'_> {
        LocationSummary { id: &self.id, location_type: self.location_type, name: self.name }
    }
}

/// An address. The profile requires `state_province`, which UK addresses do not have:
/// it is written empty rather than made up.
#[derive(Serialize)]
struct Address<'a> {
    id: String,
    location_id: String,
    address_1: &'a str,
    city: &'a str,
    state_province: &'static str,
    postal_code: String,
    country: &'static str,
    address_type: &'static str,
}

#[derive(Serialize)]
struct Attribute<'a> {
    id: String,
    link_id: String,
    link_type: &'static str,
    taxonomy_term_id: &'a str,
    taxonomy_term: &'a Term<'a>,
}

/// One service, whole, as the standard's `GET /services/{id}` returns it.
pub fn service<'a>(site: &'a Site, p: usize, vocabulary: &'a Vocabulary<'a>) -> Record<'a> {
    let page = &site.pages[p];
    let front = &page.source_doc(site.default_lang()).front;
    let stable_id = |name: &str| vocabulary.ids.id(name);
    // An imported service keeps the feed's id, so an aggregator that reads both sees one
    // service; an id that is not a UUID, as older feeds have, is made into one.
    let id = match &front.openreferral_id {
        Some(source) if source.is_uuid() => source.0.clone(),
        Some(source) => stable_id(&format!("service:openreferral:{}", source.0)),
        None => stable_id(&format!("service:{}", page.id)),
    };
    let contact = front.contact.as_ref();
    let needs = front.needs.iter().flatten().filter_map(|&n| vocabulary.need(n));
    let categories = front.categories.iter().flatten().filter_map(|c| vocabulary.category(c));
    // The id is made from the term's id as JSON writes it, quotes and all, as it always was.
    let attribute = |t: &'a Term<'a>| Attribute { id: stable_id(&format!("attribute:{}:\"{}\"", page.id, t.id)), link_id: id.clone(), link_type: "service", taxonomy_term_id: &t.id, taxonomy_term: t };
    let attributes = needs.chain(categories).map(attribute).collect();
    let cost_options = front.cost.iter().map(|&cost| CostOption { id: stable_id(&format!("cost_option:{}", page.id)), option: cost_option(cost), currency: "GBP" }).collect();
    let languages = front.languages.as_ref().map(|languages| languages.iter().map(|l| Language { id: stable_id(&format!("language:{}:{l}", page.id)), name: l }).collect());
    let details = Details {
        schedules: front.hours.iter().map(|hours| Described { id: stable_id(&format!("schedule:{}", page.id)), description: hours }).collect(),
        languages,
        phones: contact.and_then(|c| c.phone.as_deref()).map(|phone| Phone { id: stable_id(&format!("phone:{}:{phone}", page.id)), number: phone }).into_iter().collect(),
        cost_options,
        attributes,
        summary: summary(site, p, vocabulary, id),
    };
    Record { details, service_at_locations: places(site, p, vocabulary) }
}

/// The service's one-to-one fields and its organisation.
fn summary<'a>(site: &'a Site, p: usize, vocabulary: &Vocabulary<'a>, id: String) -> Summary<'a> {
    let front = &site.pages[p].source_doc(site.default_lang()).front;
    let contact = front.contact.as_ref();
    let organisation = front.organisation.as_deref().unwrap_or_default();
    let organization_id = vocabulary.ids.id(&format!("organization:{}", organisation.to_lowercase()));
    // An organisation's description is required; the site knows only its name.
    let organization = Organization { id: organization_id.clone(), name: organisation, description: organisation, website: contact.and_then(|c| c.website.as_deref()) };
    Summary {
        id,
        organization_id,
        name: &front.title,
        description: &front.description,
        // The service's own website, as HSDS means `url` and as an imported feed gave it;
        // else its page in the Local Offer.
        url: contact.and_then(|c| c.website.clone()).unwrap_or_else(|| site.config.absolute_url(&site.page_path(p, site.default_lang()))),
        email: contact.and_then(|c| c.email.as_deref()),
        status: "active",
        minimum_age: front.ages.map(|a| a.from),
        maximum_age: front.ages.map(|a| a.to),
        assured_date: front.updated.map(|updated| updated.to_string()),
        organization,
    }
}

/// The service at each of its places, with the place's address and accessibility.
fn places<'a>(site: &'a Site, p: usize, vocabulary: &Vocabulary<'a>) -> Vec<ServiceAtLocation<'a>> {
    let page = &site.pages[p];
    let front = &page.source_doc(site.default_lang()).front;
    let stable_id = |name: &str| vocabulary.ids.id(name);
    let place = |(i, place): (usize, &'a Place)| {
        let location_id = stable_id(&format!("location:{}:{i}", page.id));
        let addresses = place.address.iter().map(|address| {
            // "George Street, Luton": the last part is the town.
            let (street, town) = address.rsplit_once(',').map_or((address.as_str(), ""), |(s, t)| (s.trim(), t.trim()));
            let postal_code = place.postcode.as_ref().map(|p| p.to_uppercase()).unwrap_or_default();
            Address { id: stable_id(&format!("address:{}:{i}", page.id)), location_id: location_id.clone(), address_1: street, city: town, state_province: "", postal_code, country: "GB", address_type: "physical" }
        });
        let accessibility = front.accessibility.iter().map(|access| Described { id: stable_id(&format!("accessibility:{}:{i}", page.id)), description: access });
        let location = Location { addresses: addresses.collect(), accessibility: accessibility.collect(), id: location_id, location_type: "physical", name: &place.name };
        ServiceAtLocation { id: stable_id(&format!("service_at_location:{}:{i}", page.id)), location }
    };
    front.locations.iter().flatten().enumerate().map(place).collect()
}

fn cost_option(cost: Cost) -> &'static str {
    match cost {
        Cost::Free => "Free",
        Cost::Paid => "There is a charge",
        Cost::Mixed => "Some parts are free, some have a charge",
    }
}
