//! The services as a whole, checked while the model is built: every service names its
//! organisation, its keys have valid values, its categories exist, no two services share a
//! name, translations leave the facts to the default-language file, and no other page
//! carries service keys.

use std::collections::BTreeMap;

use super::fields::{is_email, is_uk_phone, is_uk_postcode, is_web_address, MAX_AGE};
use super::settings::DirectorySettings;
use crate::diag::{did_you_mean, Diagnostics, Pos};
use crate::load::{Document, EntryKind};

/// Whether page `id` is a service of the directory in `section`.
pub fn is_service(id: &str, kind: EntryKind, section: &str) -> bool {
    kind == EntryKind::Page && id.strip_prefix(section).is_some_and(|rest| rest.starts_with('/'))
}

/// Checks every service, and that no other page carries service keys.
/// `pages` are the model's pages as `(id, kind, written versions by language)`.
pub fn validate<'a>(settings: Option<&DirectorySettings>, pages: impl IntoIterator<Item = (&'a str, EntryKind, &'a BTreeMap<String, Document>)>, default_lang: &str, diagnostics: &mut Diagnostics) {
    let mut names: BTreeMap<String, &Document> = BTreeMap::new();
    let mut ids: BTreeMap<&str, &Document> = BTreeMap::new();
    for (id, kind, docs) in pages {
        let service = settings.is_some_and(|s| is_service(id, kind, &s.section));
        for (lang, doc) in docs {
            let keys = doc.front.service_keys();
            let file = &doc.source.path;
            let at = |key: &str| doc.key_pos(key);
            if !service {
                for key in keys {
                    let hint = match settings {
                        Some(s) => format!("only services (pages under content/{}/) have '{key}'; remove it here", s.section),
                        None => "add a directory: section to site.yaml to publish services; remove it here".into(),
                    };
                    diagnostics.error(file, at(key), format!("'{key}' is a key of services"), hint);
                }
                continue;
            }
            let settings = settings.expect("services exist only with directory settings");
            if lang != default_lang {
                let source = docs[default_lang].source.path.display().to_string();
                for key in keys {
                    diagnostics.error(file, at(key), format!("'{key}' is a fact of the service, kept in its {default_lang} file"), format!("remove it here: the facts come from {source}, so they are never out of step"));
                }
                continue;
            }
            check(doc, &|key| at(key), diagnostics);
            match &doc.front.organisation {
                Some(name) if !name.trim().is_empty() => {}
                _ => diagnostics.error(file, at("organisation"), "a service needs 'organisation'", "write who runs it, like organisation: Anytown Council"),
            }
            for category in doc.front.categories.iter().flatten() {
                if settings.category(category).is_none() {
                    let known: Vec<&str> = settings.categories.iter().map(|c| c.id.as_str()).collect();
                    let hint = match did_you_mean(category, known.iter().copied()) {
                        Some(near) => format!("did you mean '{near}'? Or add it to directory: categories in site.yaml"),
                        None => format!("use one of: {}", known.join(", ")),
                    };
                    let pos = doc.value_pos("categories", category);
                    diagnostics.error(file, pos, format!("unknown category '{category}'"), hint);
                }
            }
            if let Some(id) = &doc.front.openreferral_id {
                match ids.get(id.0.as_str()) {
                    Some(first) => diagnostics.error(file, at("openreferral_id"), format!("{} has this openreferral_id too", first.source.path.display()), "each imported service has its own id: remove the copy, or import the feed again"),
                    None => {
                        ids.insert(&id.0, doc);
                    }
                }
            }
            let name = doc.front.title.trim().to_lowercase();
            match names.get(&name) {
                Some(first) => {
                    let message = format!("another service is called '{}': {}", doc.front.title, first.source.path.display());
                    diagnostics.error(file, at("title"), message, "give each service its own name, so families can tell them apart");
                }
                None => {
                    names.insert(name, doc);
                }
            }
        }
    }
}

/// Checks the values of one service's keys; `at(key)` is where a key is written.
pub fn check(doc: &Document, at: &dyn Fn(&str) -> Pos, diagnostics: &mut Diagnostics) {
    let file = &doc.source.path;
    let front = &doc.front;
    let value_at = |value: &str, key: &str| crate::yaml::locate::value_pos(doc.front_text(), key, value).unwrap_or_else(|| at(key));
    if let Some(ages) = front.ages {
        if ages.from > MAX_AGE || ages.to > MAX_AGE {
            diagnostics.error(file, at("ages"), format!("ages {} to {} go beyond {MAX_AGE}", ages.from, ages.to), format!("the Local Offer covers ages 0 to {MAX_AGE}: write ages within them"));
        } else if ages.from > ages.to {
            diagnostics.error(file, at("ages"), format!("ages {} to {} run backwards", ages.from, ages.to), format!("write the younger age first, like ages: {{ from: {}, to: {} }}", ages.to, ages.from));
        }
    }
    if let Some(contact) = &front.contact {
        if let Some(phone) = &contact.phone {
            if !is_uk_phone(phone) {
                diagnostics.error(file, value_at(phone, "phone"), format!("'{phone}' is not a UK phone number"), "write all its digits, starting with 0, like 01632 960123 or 0808 157 0192");
            }
        }
        if let Some(email) = &contact.email {
            if !is_email(email) {
                diagnostics.error(file, value_at(email, "email"), format!("'{email}' is not an email address"), "write it like name@example.org");
            }
        }
        if let Some(website) = &contact.website {
            if !is_web_address(website) {
                diagnostics.error(file, value_at(website, "website"), format!("'{website}' is not a web address"), "write the whole address, starting with https://");
            }
        }
    }
    for location in front.locations.iter().flatten() {
        if let Some(postcode) = &location.postcode {
            if !is_uk_postcode(postcode) {
                diagnostics.error(file, value_at(postcode, "postcode"), format!("'{postcode}' is not a UK postcode"), "write it like ZZ1 2AB");
            }
        }
    }
}
