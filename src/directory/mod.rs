//! The service directory: the pages under the directory's section (`content/services/`
//! by default) are services, with structured facts: who runs them, which needs and ages
//! they serve, how to get referred, how to get in touch.
//!
//! 1. [`fields`] holds the types of the service keys and checks their values
//!    (UK phone numbers, emails, web addresses, postcodes, ages 0-25).
//! 2. [`validate`] (here) checks the services as a whole: every service names its
//!    organisation, categories exist, no two services share a name, translations leave
//!    the facts to the default-language file.
//! 3. [`views`] turns services into what templates show: the contact card, the
//!    directory's filters and lists, schema.org data.
//! 4. [`openreferral`] writes the Open Referral UK export.

pub mod fields;
pub mod openreferral;
pub mod views;

use std::collections::BTreeMap;

use serde::Deserialize;

pub use fields::{Ages, Contact, Cost, Location, Need, OpenReferralId, Referral};

use crate::config::is_slug;
use crate::diag::{did_you_mean, find_pos, Diagnostics, Pos};
use crate::load::{Document, EntryKind};
use crate::model::Page;

/// `directory:` in site.yaml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectorySettings {
    /// The section whose pages are services.
    #[serde(default = "default_section")]
    pub section: String,
    /// The categories services may list, in the order the filters show them.
    pub categories: Vec<Category>,
    /// With JavaScript, how many matching services the list shows before a "Show more"
    /// button; 0 shows them all. Without JavaScript every service is listed.
    #[serde(default = "default_page_size")]
    pub page_size: usize,
}

fn default_section() -> String {
    "services".into()
}

/// Fifty cards fill a few screens: enough to scan, and a filter change then restyles at
/// most a hundred cards, however long the directory (see the README's figures).
fn default_page_size() -> usize {
    50
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
}

impl DirectorySettings {
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// Checks the settings themselves; `text` is site.yaml, to point at lines.
    pub fn check(&self, text: &str, diagnostics: &mut Diagnostics) {
        let file = std::path::Path::new(crate::config::FILE_NAME);
        if !is_slug(&self.section) {
            diagnostics.error(file, find_pos(text, "section:").unwrap_or(Pos::START), format!("'{}' is not a section folder name", self.section), "write the folder under content/, like section: services");
        }
        let mut seen = std::collections::BTreeSet::new();
        for category in &self.categories {
            // A repeated id is pointed at where it is repeated.
            let nth = usize::from(seen.contains(category.id.as_str()));
            let pos = crate::yaml::locate::value_positions(text, "categories", &format!("id: {}", category.id)).get(nth).copied().unwrap_or(Pos::START);
            if !is_slug(&category.id) {
                diagnostics.error(file, pos, format!("category id '{}' cannot be part of a web address", category.id), "use lower-case letters, digits and hyphens");
            }
            if !seen.insert(category.id.as_str()) {
                diagnostics.error(file, pos, format!("category '{}' is listed twice", category.id), "remove one of the two entries");
            }
        }
    }
}

/// Whether page `id` is a service of the directory in `section`.
pub fn is_service(id: &str, kind: EntryKind, section: &str) -> bool {
    kind == EntryKind::Page && id.strip_prefix(section).is_some_and(|rest| rest.starts_with('/'))
}

/// Checks every service, and that no other page carries service keys.
pub fn validate(settings: Option<&DirectorySettings>, pages: &[Page], default_lang: &str, diagnostics: &mut Diagnostics) {
    let mut names: BTreeMap<String, &Document> = BTreeMap::new();
    let mut ids: BTreeMap<&str, &Document> = BTreeMap::new();
    for page in pages {
        let service = settings.is_some_and(|s| is_service(&page.id, page.kind, &s.section));
        for (lang, doc) in &page.docs {
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
                let source = page.docs[default_lang].source.path.display().to_string();
                for key in keys {
                    diagnostics.error(file, at(key), format!("'{key}' is a fact of the service, kept in its {default_lang} file"), format!("remove it here: the facts come from {source}, so they are never out of step"));
                }
                continue;
            }
            fields::check(doc, &|key| at(key), diagnostics);
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
