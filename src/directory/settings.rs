//! `directory:` in site.yaml: which section holds the services, their categories, and how
//! many the list shows at a time. Part of the settings, below every other stage.

use serde::Deserialize;

use crate::diag::{find_pos, Diagnostics, Pos};
use crate::layout::{is_slug, SITE_YAML};

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
        let file = std::path::Path::new(SITE_YAML);
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
