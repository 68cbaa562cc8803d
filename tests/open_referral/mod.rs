//! Holds an Open Referral UK export to the profile's own schemas (`tests/schema/openreferral-uk/`,
//! see its README), with format checking on: every file of `public/openreferral/` against
//! the answer `openapi.json` gives for its endpoint, and the paging fields every list must
//! carry, which the profile's `Page` names but does not require.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use jsonschema::{Resource, Validator};
use serde_json::{json, Value};

/// Where `openapi.json` says the profile's files are; the copies are registered under these
/// addresses, so no schema is fetched.
const UPSTREAM: &str = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";

const FILES: [(&str, &str); 9] = [
    ("openapi.json", include_str!("../schema/openreferral-uk/schema/openapi.json")),
    ("compiled/service.json", include_str!("../schema/openreferral-uk/schema/compiled/service.json")),
    ("compiled/service_list.json", include_str!("../schema/openreferral-uk/schema/compiled/service_list.json")),
    ("compiled/service_at_location.json", include_str!("../schema/openreferral-uk/schema/compiled/service_at_location.json")),
    ("compiled/service_at_location_list.json", include_str!("../schema/openreferral-uk/schema/compiled/service_at_location_list.json")),
    ("taxonomy.json", include_str!("../schema/openreferral-uk/schema/taxonomy.json")),
    ("taxonomy_term.json", include_str!("../schema/openreferral-uk/schema/taxonomy_term.json")),
    ("phone.json", include_str!("../schema/openreferral-uk/schema/phone.json")),
    ("language.json", include_str!("../schema/openreferral-uk/schema/language.json")),
];

/// The paging fields of a list, as the profile's `Page` and its example lists have them.
pub const PAGING: [&str; 7] = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"];

/// The endpoints a static host can serve, each with the file that answers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Endpoint {
    Root,
    Services,
    Service,
    ServiceAtLocations,
    ServiceAtLocation,
    Taxonomies,
    Taxonomy,
    TaxonomyTerms,
    TaxonomyTerm,
}

impl Endpoint {
    pub const ALL: [Endpoint; 9] = [
        Endpoint::Root,
        Endpoint::Services,
        Endpoint::Service,
        Endpoint::ServiceAtLocations,
        Endpoint::ServiceAtLocation,
        Endpoint::Taxonomies,
        Endpoint::Taxonomy,
        Endpoint::TaxonomyTerms,
        Endpoint::TaxonomyTerm,
    ];

    /// The endpoint a file under `openreferral/` answers: its path less `.json`.
    pub fn of(file: &str) -> Option<Endpoint> {
        let path = file.strip_suffix(".json")?;
        let endpoint = match path.split_once('/') {
            None => match path {
                "index" => Endpoint::Root,
                "services" => Endpoint::Services,
                "service_at_locations" => Endpoint::ServiceAtLocations,
                "taxonomies" => Endpoint::Taxonomies,
                "taxonomy_terms" => Endpoint::TaxonomyTerms,
                _ => return None,
            },
            Some((folder, id)) if is_uuid(id) => match folder {
                "services" => Endpoint::Service,
                "service_at_locations" => Endpoint::ServiceAtLocation,
                "taxonomies" => Endpoint::Taxonomy,
                "taxonomy_terms" => Endpoint::TaxonomyTerm,
                _ => return None,
            },
            Some(_) => return None,
        };
        Some(endpoint)
    }

    /// Its path in `openapi.json`.
    fn path(self) -> &'static str {
        match self {
            Endpoint::Root => "/",
            Endpoint::Services => "/services",
            Endpoint::Service => "/services/{id}",
            Endpoint::ServiceAtLocations => "/service_at_locations",
            Endpoint::ServiceAtLocation => "/service_at_locations/{id}",
            Endpoint::Taxonomies => "/taxonomies",
            Endpoint::Taxonomy => "/taxonomies/{id}",
            Endpoint::TaxonomyTerms => "/taxonomy_terms",
            Endpoint::TaxonomyTerm => "/taxonomy_terms/{id}",
        }
    }

    pub fn is_list(self) -> bool {
        matches!(self, Endpoint::Services | Endpoint::ServiceAtLocations | Endpoint::Taxonomies | Endpoint::TaxonomyTerms)
    }

    /// The schema of its answer: what `openapi.json` gives, but for one endpoint (see
    /// the README beside the schemas).
    fn schema(self) -> Value {
        if self == Endpoint::ServiceAtLocation {
            return json!({ "$ref": format!("{UPSTREAM}compiled/service_at_location.json") });
        }
        // A JSON pointer, in a URI fragment, where braces are percent-encoded.
        let pointer = self.path().replace('~', "~0").replace('/', "~1").replace('{', "%7B").replace('}', "%7D");
        json!({ "$ref": format!("{UPSTREAM}openapi.json#/paths/{pointer}/get/responses/200/content/application~1json/schema") })
    }
}

fn is_uuid(text: &str) -> bool {
    text.len() == 36 && text.char_indices().all(|(i, c)| if matches!(i, 8 | 13 | 18 | 23) { c == '-' } else { c.is_ascii_hexdigit() && !c.is_ascii_uppercase() })
}

/// A validator for each endpoint, and one for phones.
pub struct Profile {
    endpoints: BTreeMap<Endpoint, Validator>,
    phone: Validator,
}

impl Profile {
    pub fn new() -> Profile {
        let endpoints = Endpoint::ALL.iter().map(|&e| (e, validator(&e.schema()))).collect();
        Profile { endpoints, phone: validator(&json!({ "$ref": format!("{UPSTREAM}phone.json") })) }
    }

    /// What is wrong with `value` as the answer of `endpoint`, one line a problem.
    pub fn errors(&self, endpoint: Endpoint, value: &Value) -> Vec<String> {
        let mut errors: Vec<String> = self.endpoints[&endpoint].iter_errors(value).map(|e| format!("{e} at {}", e.instance_path)).collect();
        for (at, phone) in phones(value, String::new()) {
            errors.extend(self.phone.iter_errors(phone).map(|e| format!("{e} at {at}{}", e.instance_path)));
        }
        errors
    }
}

/// Format checking on, and every format named known: one the validator did not know would
/// otherwise pass unchecked. The schemas name no draft, so the default (2020-12) reads them.
fn validator(schema: &Value) -> Validator {
    let resources = FILES.iter().map(|(path, text)| {
        let contents: Value = serde_json::from_str(text).expect("the profile's file is JSON");
        (format!("{UPSTREAM}{path}"), Resource::from_contents(contents).expect("a schema"))
    });
    jsonschema::options().should_validate_formats(true).should_ignore_unknown_formats(false).with_resources(resources).build(schema).expect("the profile's schemas compile")
}

/// A list's paging fields: all of them, and what they say of one page holding every item.
/// Apart from the schemas, as the profile's own example lists are pages of longer lists.
pub fn paging_errors(list: &Value) -> Vec<String> {
    let Some(fields) = list.as_object() else { return vec!["a list is not an object".into()] };
    let mut errors: Vec<String> = PAGING.iter().filter(|f| !fields.contains_key(**f)).map(|f| format!("the list lacks '{f}'")).collect();
    let items = list["contents"].as_array().map_or(0, Vec::len);
    let expected = json!({ "total_items": items, "total_pages": 1, "page_number": 1, "size": items, "first_page": true, "last_page": true, "empty": items == 0 });
    for (field, value) in expected.as_object().unwrap() {
        if fields.get(field).is_some_and(|v| v != value) {
            errors.push(format!("'{field}' is {}, not {value}", fields[field]));
        }
    }
    errors
}

/// Every `phones` entry anywhere in `value`, with where it is.
fn phones(value: &Value, at: String) -> Vec<(String, &Value)> {
    match value {
        Value::Object(map) => map
            .iter()
            .flat_map(|(key, v)| match (key.as_str(), v) {
                ("phones", Value::Array(items)) => items.iter().enumerate().map(|(i, phone)| (format!("{at}/phones/{i}"), phone)).collect(),
                _ => phones(v, format!("{at}/{key}")),
            })
            .collect(),
        Value::Array(items) => items.iter().enumerate().flat_map(|(i, v)| phones(v, format!("{at}/{i}"))).collect(),
        _ => Vec::new(),
    }
}

/// An export read from disk: each file under `openreferral/` by its path there.
pub struct Export {
    pub files: BTreeMap<String, Value>,
}

impl Export {
    pub fn read(folder: &Path) -> Export {
        let mut files = BTreeMap::new();
        for entry in walkdir::WalkDir::new(folder).sort_by_file_name() {
            let entry = entry.unwrap();
            if entry.file_type().is_file() {
                let name = entry.path().strip_prefix(folder).unwrap().to_string_lossy().replace('\\', "/");
                let text = std::fs::read_to_string(entry.path()).unwrap();
                files.insert(name.clone(), serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}")));
            }
        }
        Export { files }
    }

    /// Every problem of every file: against its endpoint's schema, and between the lists and
    /// the files of their items. Returns the problems and how many files were checked.
    pub fn problems(&self, profile: &Profile) -> (Vec<String>, usize) {
        let mut problems = Vec::new();
        for (name, value) in &self.files {
            match Endpoint::of(name) {
                Some(endpoint) => {
                    let paging = if endpoint.is_list() { paging_errors(value) } else { Vec::new() };
                    problems.extend(profile.errors(endpoint, value).into_iter().chain(paging).map(|e| format!("{name}: {e}")));
                }
                None => problems.push(format!("{name}: no Open Referral UK endpoint answers with this file")),
            }
        }
        problems.extend(self.list_problems());
        (problems, self.files.len())
    }

    /// Each list names exactly the files of its folder, and an item says what its file says.
    fn list_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for list in ["services", "service_at_locations", "taxonomies", "taxonomy_terms"] {
            let Some(page) = self.files.get(&format!("{list}.json")) else {
                problems.push(format!("{list}.json is missing"));
                continue;
            };
            let items = page["contents"].as_array().cloned().unwrap_or_default();
            let listed: BTreeSet<String> = items.iter().map(|i| format!("{list}/{}.json", i["id"].as_str().unwrap_or_default())).collect();
            let files: BTreeSet<String> = self.files.keys().filter(|k| k.starts_with(&format!("{list}/"))).cloned().collect();
            if listed != files {
                problems.push(format!("{list}.json lists {listed:?}, the folder holds {files:?}"));
            }
            for item in &items {
                let name = format!("{list}/{}.json", item["id"].as_str().unwrap_or_default());
                if let Some(whole) = self.files.get(&name) {
                    problems.extend(differences(item, whole).into_iter().map(|d| format!("{list}.json and {name} differ at {d}")));
                }
            }
        }
        problems
    }
}

/// Where `item`, a list's shorter form of a record, says other than `whole` does.
fn differences(item: &Value, whole: &Value) -> Vec<String> {
    match (item, whole) {
        (Value::Object(short), Value::Object(long)) => short
            .iter()
            .flat_map(|(key, v)| match long.get(key) {
                Some(w) => differences(v, w).into_iter().map(|d| format!("{key}/{d}")).collect(),
                None => vec![format!("{key} (not in the file)")],
            })
            .collect(),
        _ if item == whole => Vec::new(),
        _ => vec![String::new()],
    }
}
