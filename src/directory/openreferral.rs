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
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::{Cost, Need};
use crate::error::Error;
use crate::model::Site;
use crate::write::Sink;

pub const FOLDER: &str = "openreferral";

/// A UUID (version 5 layout) from a SHA-256 of `name`: stable, and unique in practice.
pub fn stable_id(name: &str) -> String {
    let digest = Sha256::digest(name.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().flat_map(|b| [b >> 4, b & 0xf]).map(|n| char::from_digit(u32::from(n), 16).expect("a nibble is a hex digit")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

fn term(taxonomy: &str, code: &str, name: &str) -> Value {
    json!({
        "id": stable_id(&format!("taxonomy_term:{taxonomy}:{code}")),
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

/// Every taxonomy term the export uses.
pub fn taxonomy_terms(site: &Site) -> Vec<Value> {
    let mut terms: Vec<Value> = Need::AREAS.iter().chain([Need::All].iter()).map(|&n| term("SEND broad areas of need", n.id(), need_name(n))).collect();
    if let Some(settings) = &site.config.directory {
        terms.extend(settings.categories.iter().map(|c| term("Local Offer service categories", &c.id, &c.name)));
    }
    terms
}

/// One service as the standard's `GET /services/{id}` returns it.
pub fn service(site: &Site, p: usize) -> Value {
    let page = &site.pages[p];
    let front = &page.source_doc(site.default_lang()).front;
    let id = stable_id(&format!("service:{}", page.id));
    let organisation = front.organisation.clone().unwrap_or_default();
    let contact = front.contact.clone();
    let mut record = json!({
        "id": id,
        "name": front.title,
        "description": front.description,
        "url": site.config.absolute_url(&site.page_path(p, site.default_lang())),
        "status": "active",
        "organization": {
            "id": stable_id(&format!("organization:{}", organisation.to_lowercase())),
            "name": organisation,
            "description": organisation,
        },
    });
    if let Some(email) = contact.as_ref().and_then(|c| c.email.clone()) {
        record["email"] = json!(email);
    }
    if let Some(website) = contact.as_ref().and_then(|c| c.website.clone()) {
        record["organization"]["website"] = json!(website);
    }
    if let Some(ages) = front.ages {
        record["minimum_age"] = json!(ages.from);
        record["maximum_age"] = json!(ages.to);
    }
    if let Some(updated) = front.updated {
        record["assured_date"] = json!(updated.to_string());
    }
    if let Some(phone) = contact.as_ref().and_then(|c| c.phone.clone()) {
        record["phones"] = json!([{ "id": stable_id(&format!("phone:{}:{phone}", page.id)), "number": phone }]);
    }
    let locations: Vec<Value> = front
        .locations
        .iter()
        .flatten()
        .enumerate()
        .map(|(i, place)| {
            let location_id = stable_id(&format!("location:{}:{i}", page.id));
            let mut location = json!({ "id": location_id, "name": place.name, "location_type": "physical" });
            if let Some(address) = &place.address {
                // "George Street, Luton": the last part is the town.
                let (street, town) = address.rsplit_once(',').map_or((address.as_str(), ""), |(s, t)| (s.trim(), t.trim()));
                location["addresses"] = json!([{
                    "id": stable_id(&format!("address:{}:{i}", page.id)),
                    "location_id": location_id,
                    "address_1": street,
                    "city": town,
                    "postal_code": place.postcode.clone().map(|p| p.to_uppercase()).unwrap_or_default(),
                    "country": "GB",
                    "address_type": "physical",
                }]);
            }
            if let Some(access) = &front.accessibility {
                location["accessibility"] = json!([{ "id": stable_id(&format!("accessibility:{}:{i}", page.id)), "description": access }]);
            }
            json!({ "id": stable_id(&format!("service_at_location:{}:{i}", page.id)), "location": location })
        })
        .collect();
    if !locations.is_empty() {
        record["service_at_locations"] = json!(locations);
    }
    if let Some(cost) = front.cost {
        let option = match cost {
            Cost::Free => "Free",
            Cost::Paid => "There is a charge",
            Cost::Mixed => "Some parts are free, some have a charge",
        };
        record["cost_options"] = json!([{ "id": stable_id(&format!("cost_option:{}", page.id)), "option": option, "currency": "GBP" }]);
    }
    if let Some(languages) = &front.languages {
        record["languages"] = json!(languages.iter().map(|l| json!({ "id": stable_id(&format!("language:{}:{l}", page.id)), "name": l })).collect::<Vec<_>>());
    }
    if let Some(hours) = &front.hours {
        record["schedules"] = json!([{ "id": stable_id(&format!("schedule:{}", page.id)), "description": hours }]);
    }
    let mut attributes: Vec<Value> = front.needs.iter().flatten().map(|&n| term("SEND broad areas of need", n.id(), need_name(n))).collect();
    if let Some(settings) = &site.config.directory {
        attributes.extend(front.categories.iter().flatten().filter_map(|c| settings.category(c)).map(|c| term("Local Offer service categories", &c.id, &c.name)));
    }
    if !attributes.is_empty() {
        record["attributes"] = json!(attributes
            .into_iter()
            .map(|t| json!({ "id": stable_id(&format!("attribute:{}:{}", page.id, t["id"])), "link_id": id, "link_type": "service", "taxonomy_term": t }))
            .collect::<Vec<_>>());
    }
    record
}

/// A page of results in the standard's paginated shape, holding all of them. The fields
/// are in the order serde_json writes a map's keys (sorted), as every other record here.
#[derive(serde::Serialize)]
struct Collection<'a> {
    contents: &'a [Value],
    empty: bool,
    first_page: bool,
    last_page: bool,
    number: usize,
    size: usize,
    total_items: usize,
    total_pages: usize,
}

fn collection(contents: &[Value]) -> Collection<'_> {
    let total = contents.len();
    Collection { contents, empty: total == 0, first_page: true, last_page: true, number: 1, size: total, total_items: total, total_pages: 1 }
}

pub fn publish(site: &Site, sink: &Sink) -> Result<(), Error> {
    if site.services.is_empty() {
        return Ok(());
    }
    // A file per service: thousands on a big site, made and written on every core.
    let services: Vec<Value> = site.services.par_iter().map(|&p| service(site, p)).collect();
    let (each, all) = rayon::join(
        || {
            services.par_iter().try_for_each(|record| {
                let id = record["id"].as_str().expect("every service has an id");
                sink.write(&format!("{FOLDER}/services/{id}.json"), pretty(record).as_bytes())
            })
        },
        // The collection is one big file, written on one core: beside the others.
        || sink.write(&format!("{FOLDER}/services.json"), pretty(&collection(&services)).as_bytes()),
    );
    each.and(all)?;
    sink.write(&format!("{FOLDER}/taxonomy_terms.json"), pretty(&collection(&taxonomy_terms(site))).as_bytes())
}

fn pretty(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).expect("JSON serialises") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_uuids() {
        let id = stable_id("service:services/penrose");
        assert_eq!(id, stable_id("service:services/penrose"));
        assert_ne!(id, stable_id("service:services/contact"));
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "5", "version 5 layout: {id}");
        assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"), "RFC 4122 variant: {id}");
    }
}
