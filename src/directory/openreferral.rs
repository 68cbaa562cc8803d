//! The Open Referral UK export: the services in the shape the standard's API returns
//! them (HSDS 3.0, UK profile), so other directories can take in the Local Offer's.
//!
//! ```text
//! openreferral/services.json           the collection: a page holding every service
//! openreferral/services/<id>.json      one service, with its organisation, phones,
//!                                      locations, ages, costs, languages, schedule and
//!                                      taxonomy terms
//! openreferral/taxonomy_terms.json     the needs and categories as taxonomy terms
//! ```
//!
//! Every id is a UUID made from what the record is (`service:services/penrose`), so it
//! stays the same from build to build and from machine to machine.

use rayon::prelude::*;
use serde::Serialize;
use serde_json::{json, Value};
use sha1::{Digest, Sha1};

use super::{Cost, Need};
use crate::error::Error;
use crate::model::Site;
use crate::write::Sink;

pub const FOLDER: &str = "openreferral";

/// The export's ids: name-based UUIDs (version 5, RFC 9562) in a namespace of the site's
/// own, so that two councils that both have `services/sendiass.md`, or a category
/// `advice`, export different ids, while one site exports the same ids every build. The
/// namespace is the UUID of site.yaml's `site_id`, or else of its `base_url`, in the URL
/// namespace: a council that may change its domain sets `site_id` once and keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ids {
    namespace: [u8; 16],
}

/// RFC 9562's namespace for names that are URLs.
const NAMESPACE_URL: [u8; 16] = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];

impl Ids {
    pub fn of(config: &crate::config::Config) -> Ids {
        let name = config.site_id.as_deref().unwrap_or(config.base_url.as_str());
        Ids { namespace: uuid5(&NAMESPACE_URL, name) }
    }

    /// The id of the record called `name` (`service:services/penrose`).
    pub fn id(&self, name: &str) -> String {
        hyphenated(&uuid5(&self.namespace, name))
    }
}

fn uuid5(namespace: &[u8; 16], name: &str) -> [u8; 16] {
    let mut hasher = Sha1::new();
    hasher.update(namespace);
    hasher.update(name.as_bytes());
    let digest = hasher.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    bytes
}

fn hyphenated(bytes: &[u8; 16]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            id.push('-');
        }
        id.push(char::from(HEX[usize::from(byte >> 4)]));
        id.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    id
}

fn term(ids: &Ids, taxonomy: &str, code: &str, name: &str) -> Value {
    json!({
        "id": ids.id(&format!("taxonomy_term:{taxonomy}:{code}")),
        "code": code,
        "term": name,
        "description": name,
        "taxonomy": taxonomy,
    })
}

fn need_name(need: Need) -> &'static str {
    match need {
        Need::CommunicationAndInteraction => "Communication and interaction",
        Need::CognitionAndLearning => "Cognition and learning",
        Need::SocialEmotionalAndMentalHealth => "Social, emotional and mental health",
        Need::SensoryAndPhysical => "Sensory and/or physical needs",
        Need::All => "All areas of need",
    }
}

/// Every taxonomy term the export uses, made once and shared by every service's attributes.
struct Terms {
    all: Vec<Value>,
    ids: Ids,
}

impl Terms {
    const NEEDS: &'static str = "SEND broad areas of need";
    const CATEGORIES: &'static str = "Local Offer service categories";

    fn new(site: &Site) -> Terms {
        let ids = Ids::of(&site.config);
        let mut all: Vec<Value> = Need::AREAS.iter().chain([Need::All].iter()).map(|&n| term(&ids, Self::NEEDS, n.id(), need_name(n))).collect();
        if let Some(settings) = &site.config.directory {
            all.extend(settings.categories.iter().map(|c| term(&ids, Self::CATEGORIES, &c.id, &c.name)));
        }
        Terms { all, ids }
    }

    fn find(&self, taxonomy: &str, code: &str) -> Option<&Value> {
        self.all.iter().find(|t| t["taxonomy"] == taxonomy && t["code"] == code)
    }
}

// The records, field by field as the standard names them. Fields are in the order of their
// names, the order JSON objects were written in before these types existed, so the files
// stay the same; a field that is None is left out.

#[derive(Serialize)]
pub struct Record<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    assured_date: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attributes: Vec<Attribute>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cost_options: Vec<CostOption>,
    description: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    languages: Option<Vec<Named<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    maximum_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minimum_age: Option<u8>,
    name: &'a str,
    organization: Organization<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    phones: Vec<Phone<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    schedules: Vec<Described<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    service_at_locations: Vec<ServiceAtLocation<'a>>,
    status: &'static str,
    url: String,
}

#[derive(Serialize)]
struct Organization<'a> {
    description: &'a str,
    id: String,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<&'a str>,
}

#[derive(Serialize)]
struct Phone<'a> {
    id: String,
    number: &'a str,
}

#[derive(Serialize)]
struct Named<'a> {
    id: String,
    name: &'a str,
}

#[derive(Serialize)]
struct Described<'a> {
    description: &'a str,
    id: String,
}

#[derive(Serialize)]
struct CostOption {
    currency: &'static str,
    id: String,
    option: &'static str,
}

#[derive(Serialize)]
struct ServiceAtLocation<'a> {
    id: String,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    accessibility: Vec<Described<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    addresses: Vec<Address<'a>>,
    id: String,
    location_type: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
struct Address<'a> {
    address_1: &'a str,
    address_type: &'static str,
    city: &'a str,
    country: &'static str,
    id: String,
    location_id: String,
    postal_code: String,
}

#[derive(Serialize)]
struct Attribute {
    id: String,
    link_id: String,
    link_type: &'static str,
    taxonomy_term: Value,
}

/// One service as the standard's `GET /services/{id}` returns it.
fn service<'a>(site: &'a Site, p: usize, known: &Terms) -> Record<'a> {
    let page = &site.pages[p];
    let front = &page.source_doc(site.default_lang()).front;
    let stable_id = |name: &str| known.ids.id(name);
    let id = stable_id(&format!("service:{}", page.id));
    let organisation = front.organisation.as_deref().unwrap_or_default();
    let contact = front.contact.as_ref();
    let locations = front
        .locations
        .iter()
        .flatten()
        .enumerate()
        .map(|(i, place)| {
            let location_id = stable_id(&format!("location:{}:{i}", page.id));
            let addresses = place.address.iter().map(|address| {
                // "George Street, Luton": the last part is the town.
                let (street, town) = address.rsplit_once(',').map_or((address.as_str(), ""), |(s, t)| (s.trim(), t.trim()));
                Address {
                    address_1: street,
                    address_type: "physical",
                    city: town,
                    country: "GB",
                    id: stable_id(&format!("address:{}:{i}", page.id)),
                    location_id: location_id.clone(),
                    postal_code: place.postcode.as_ref().map(|p| p.to_uppercase()).unwrap_or_default(),
                }
            });
            let accessibility = front.accessibility.iter().map(|access| Described { description: access, id: stable_id(&format!("accessibility:{}:{i}", page.id)) });
            let location = Location { accessibility: accessibility.collect(), addresses: addresses.collect(), id: location_id, location_type: "physical", name: &place.name };
            ServiceAtLocation { id: stable_id(&format!("service_at_location:{}:{i}", page.id)), location }
        })
        .collect();
    let cost_options = front.cost.iter().map(|cost| {
        let option = match cost {
            Cost::Free => "Free",
            Cost::Paid => "There is a charge",
            Cost::Mixed => "Some parts are free, some have a charge",
        };
        CostOption { currency: "GBP", id: stable_id(&format!("cost_option:{}", page.id)), option }
    });
    let needs = front.needs.iter().flatten().filter_map(|n| known.find(Terms::NEEDS, n.id()));
    let categories = front.categories.iter().flatten().filter_map(|c| known.find(Terms::CATEGORIES, c));
    let terms: Vec<Value> = needs.chain(categories).cloned().collect();
    // The id is made from the term's id as JSON writes it, quotes and all, as it always was.
    let attributes = terms.into_iter().map(|t| Attribute { id: stable_id(&format!("attribute:{}:{}", page.id, t["id"])), link_id: id.clone(), link_type: "service", taxonomy_term: t });
    Record {
        assured_date: front.updated.map(|updated| updated.to_string()),
        attributes: attributes.collect(),
        cost_options: cost_options.collect(),
        description: &front.description,
        email: contact.and_then(|c| c.email.as_deref()),
        languages: front.languages.as_ref().map(|languages| languages.iter().map(|l| Named { id: stable_id(&format!("language:{}:{l}", page.id)), name: l }).collect()),
        maximum_age: front.ages.map(|a| a.to),
        minimum_age: front.ages.map(|a| a.from),
        name: &front.title,
        organization: Organization { description: organisation, id: stable_id(&format!("organization:{}", organisation.to_lowercase())), name: organisation, website: contact.and_then(|c| c.website.as_deref()) },
        phones: contact.and_then(|c| c.phone.as_deref()).map(|phone| Phone { id: stable_id(&format!("phone:{}:{phone}", page.id)), number: phone }).into_iter().collect(),
        schedules: front.hours.iter().map(|hours| Described { description: hours, id: stable_id(&format!("schedule:{}", page.id)) }).collect(),
        service_at_locations: locations,
        status: "active",
        url: site.config.absolute_url(&site.page_path(p, site.default_lang())),
        id,
    }
}

/// A page of results in the standard's paginated shape, holding all of them. The fields
/// are in the order serde_json writes a map's keys (sorted), as every other record here.
#[derive(Serialize)]
struct Collection<'a, T> {
    contents: &'a [T],
    empty: bool,
    first_page: bool,
    last_page: bool,
    number: usize,
    size: usize,
    total_items: usize,
    total_pages: usize,
}

fn collection<T>(contents: &[T]) -> Collection<'_, T> {
    let total = contents.len();
    Collection { contents, empty: total == 0, first_page: true, last_page: true, number: 1, size: total, total_items: total, total_pages: 1 }
}

pub fn publish(site: &Site, sink: &Sink) -> Result<(), Error> {
    if site.services.is_empty() {
        return Ok(());
    }
    // A file per service: thousands on a big site, made and written on every core.
    let terms = Terms::new(site);
    let services: Vec<(String, String)> = site
        .services
        .par_iter()
        .map(|&p| {
            let record = service(site, p, &terms);
            (record.id.clone(), compact(&record))
        })
        .collect();
    let (each, all) = rayon::join(
        || services.par_iter().try_for_each(|(id, text)| sink.write(&format!("{FOLDER}/services/{id}.json"), text.as_bytes())),
        // The collection is one big file, written on one core: beside the others.
        || sink.write(&format!("{FOLDER}/services.json"), services_collection(&services).as_bytes()),
    );
    each.and(all)?;
    sink.write(&format!("{FOLDER}/taxonomy_terms.json"), compact(&collection(&terms.all)).as_bytes())
}

/// `services.json`, made from each service's own file instead of writing every record
/// again: a record's text is the same inside the collection.
fn services_collection(services: &[(String, String)]) -> String {
    let empty: [(); 0] = [];
    let mut outline = collection(&empty);
    (outline.size, outline.total_items, outline.empty) = (services.len(), services.len(), services.is_empty());
    let frame = compact(&outline);
    // `"contents":[]` is where the records go.
    let (before, after) = frame.split_once("[]").expect("the collection has its contents");
    let mut text = String::with_capacity(frame.len() + services.iter().map(|(_, t)| t.len()).sum::<usize>());
    text.push_str(before);
    text.push('[');
    for (i, (_, record)) in services.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(record.trim_end());
    }
    text.push(']');
    text.push_str(after);
    text
}

/// JSON as an API sends it, without indentation: a third smaller than pretty-printed (the
/// collection of 5,000 services is 6.3 MB instead of 9.1 MB, and its text was held twice
/// while the export was written). Browsers' JSON viewers indent it for a reader.
fn compact(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).expect("JSON serialises") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_5_uuids_as_rfc_9562_makes_them() {
        // The standard's example: "www.example.com" in the DNS namespace.
        let dns = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];
        assert_eq!(hyphenated(&uuid5(&dns, "www.example.com")), "2ed6657d-e927-568b-95e1-2665a8aea6a2");
        let ids = Ids { namespace: uuid5(&NAMESPACE_URL, "https://example.org/local-offer/") };
        let id = ids.id("service:services/penrose");
        assert_eq!(id, ids.id("service:services/penrose"));
        assert_ne!(id, ids.id("service:services/contact"));
        let other = Ids { namespace: uuid5(&NAMESPACE_URL, "https://example.net/local-offer/") };
        assert_ne!(id, other.id("service:services/penrose"), "another site, another id");
    }
}
