//! The Open Referral UK export: the services as the standard's API returns them (HSDS 3.0,
//! UK profile), so other directories, and the council's aggregator, can take in the
//! Local Offer's.
//!
//! Each file is what one of the API's requests returns, at that request's path with
//! `.json` added (the root's is `index.json`), so a static host serves the part of the API
//! that needs no server. `services/<id>.json` beside `services.json` is the shape the
//! export always had; a static host serves a folder's `index.html`, not an `index.json`.
//!
//! ```text
//! openreferral/index.json                      GET /                          the API's version and profile
//! openreferral/services.json                   GET /services                  every service, one-to-one fields
//! openreferral/services/<id>.json              GET /services/{id}             one service, whole
//! openreferral/service_at_locations.json       GET /service_at_locations      every service at each place
//! openreferral/service_at_locations/<id>.json  GET /service_at_locations/{id} one, whole
//! openreferral/taxonomies.json                 GET /taxonomies                the needs and the categories
//! openreferral/taxonomies/<id>.json            GET /taxonomies/{id}           one, with its terms
//! openreferral/taxonomy_terms.json             GET /taxonomy_terms            every need and category
//! openreferral/taxonomy_terms/<id>.json        GET /taxonomy_terms/{id}       one
//! ```
//!
//! A list is one page holding every item, with the standard's paging fields. What needs a
//! server (searching and filtering by query, other pages, other page sizes) is not here.
//!
//! 1. [`taxonomy`] makes the needs and categories into taxonomies and terms, once.
//! 2. [`records`] makes each service's record, on every core.
//! 3. [`publish`] writes each record and its list item as compact JSON, and the lists.
//!
//! Every id is a UUID made from what the record is (`service:services/penrose`), so it
//! stays the same from build to build and from machine to machine ([`Ids`]).

mod ids;
mod records;
mod taxonomy;

use rayon::prelude::*;
use serde::Serialize;

pub use ids::Ids;
use records::{AtPlace, Record};
use taxonomy::Vocabulary;

use crate::error::Error;
use crate::model::Site;
use crate::write::Sink;

pub const FOLDER: &str = "openreferral";

/// `GET /`: which version of HSDS this is and the profile it follows. The OpenAPI file is
/// the profile's own, where the paths and their answers are defined.
#[derive(Serialize)]
struct About {
    version: &'static str,
    profile: &'static str,
    openapi_url: &'static str,
}

const ABOUT: About = About {
    version: "3.0",
    profile: "https://open-referral-uk-profile.readthedocs.io/",
    openapi_url: "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json",
};

/// One service's files: its record and its list item, and the same for each of its places.
struct ServiceFiles {
    id: String,
    record: String,
    item: String,
    places: Vec<PlaceFiles>,
}

struct PlaceFiles {
    id: String,
    record: String,
    item: String,
}

impl ServiceFiles {
    fn of(service: &Record) -> ServiceFiles {
        let details = &service.details;
        let places = service.service_at_locations.iter().map(|place| PlaceFiles {
            id: place.id.clone(),
            record: compact(&AtPlace { id: &place.id, location: &place.location, service: details }),
            item: json(&AtPlace { id: &place.id, location: place.location.summary(), service: &details.summary }),
        });
        ServiceFiles { id: details.summary.id.clone(), record: compact(service), item: json(&details.summary), places: places.collect() }
    }
}

pub fn publish(site: &Site, sink: &Sink) -> Result<(), Error> {
    if site.services.is_empty() {
        return Ok(());
    }
    let vocabulary = Vocabulary::new(site);
    // A file per service and per place: thousands on a big site, made on every core.
    let services: Vec<ServiceFiles> = site.services.par_iter().map(|&p| ServiceFiles::of(&records::service(site, p, &vocabulary))).collect();
    let places = || services.iter().flat_map(|s| &s.places);
    let records: Vec<(String, &str)> = services
        .iter()
        .map(|s| (format!("{FOLDER}/services/{}.json", s.id), s.record.as_str()))
        .chain(places().map(|p| (format!("{FOLDER}/service_at_locations/{}.json", p.id), p.record.as_str())))
        .collect();
    let (each, lists) = rayon::join(
        || records.par_iter().try_for_each(|(path, text)| sink.write(path, text.as_bytes())),
        // The lists are big files, each written on one core: beside the others.
        || {
            sink.write(&format!("{FOLDER}/services.json"), page(services.iter().map(|s| s.item.as_str())).as_bytes())?;
            sink.write(&format!("{FOLDER}/service_at_locations.json"), page(places().map(|p| p.item.as_str())).as_bytes())?;
            publish_vocabulary(&vocabulary, sink)?;
            sink.write(&format!("{FOLDER}/index.json"), compact(&ABOUT).as_bytes())
        },
    );
    each.and(lists)
}

/// The taxonomies and their terms, each listed and each in a file of its own.
fn publish_vocabulary(vocabulary: &Vocabulary, sink: &Sink) -> Result<(), Error> {
    let taxonomies = vocabulary.taxonomies();
    for taxonomy in &taxonomies {
        sink.write(&format!("{FOLDER}/taxonomies/{}.json", taxonomy.id), compact(taxonomy).as_bytes())?;
    }
    let listed: Vec<String> = taxonomies.iter().map(|t| json(&t.listed())).collect();
    sink.write(&format!("{FOLDER}/taxonomies.json"), page(listed.iter().map(String::as_str)).as_bytes())?;
    for term in &vocabulary.terms {
        sink.write(&format!("{FOLDER}/taxonomy_terms/{}.json", term.id), compact(term).as_bytes())?;
    }
    let terms: Vec<String> = vocabulary.terms.iter().map(json).collect();
    sink.write(&format!("{FOLDER}/taxonomy_terms.json"), page(terms.iter().map(String::as_str)).as_bytes())
}

/// The paging fields of a list, as the standard's API sends them before `contents`.
#[derive(Serialize)]
struct Paging {
    total_items: usize,
    total_pages: usize,
    page_number: usize,
    size: usize,
    first_page: bool,
    last_page: bool,
    empty: bool,
}

/// A list as one page holding all its items, from the items' JSON: each record's text is
/// made once, and a list of 5,000 services is not serialised again.
fn page<'t>(items: impl Iterator<Item = &'t str> + Clone) -> String {
    let total = items.clone().count();
    let paging = json(&Paging { total_items: total, total_pages: 1, page_number: 1, size: total, first_page: true, last_page: true, empty: total == 0 });
    let mut text = String::with_capacity(paging.len() + items.clone().map(|item| item.len() + 1).sum::<usize>() + 16);
    // `{"total_items":...,"empty":false}` gets its contents before the closing brace.
    text.push_str(paging.strip_suffix('}').expect("an object ends with }"));
    text.push_str(",\"contents\":[");
    for (i, item) in items.enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(item);
    }
    text.push_str("]}\n");
    text
}

fn json(value: &impl Serialize) -> String {
    serde_json::to_string(value).expect("JSON serialises")
}

/// JSON as an API sends it, without indentation: a third smaller than pretty-printed (the
/// collection of 5,000 services was 6.3 MB instead of 9.1 MB). Browsers' JSON viewers
/// indent it for a reader.
fn compact(value: &impl Serialize) -> String {
    json(value) + "\n"
}
