//! `offline:` in site.yaml: what "Save for offline" stores besides the home page, each
//! section's landing page and the pages every language has (search, my list, offline), and
//! how much the pages a reader opens may take on the phone. Optional: without it, those
//! pages are saved and visited pages are kept up to [`DEFAULT_VISITED_MB`].

use std::path::Path;

use serde::Deserialize;

use crate::diag::{find_pos, Diagnostics, Pos};
use crate::layout::{is_slug, CONTENT_DIR, SITE_YAML};

/// Megabytes of visited pages kept when site.yaml does not say: some 300 pages.
pub const DEFAULT_VISITED_MB: u32 = 5;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfflineSettings {
    /// Pages saved with the rest, by their path under content/ without `.md`:
    /// `family-support/new-to-luton`.
    #[serde(default)]
    pub pages: Vec<String>,
    /// Megabytes of pages the reader opened, kept for offline reading after saving.
    #[serde(default = "default_visited_mb")]
    pub visited_mb: u32,
}

fn default_visited_mb() -> u32 {
    DEFAULT_VISITED_MB
}

impl Default for OfflineSettings {
    fn default() -> Self {
        OfflineSettings { pages: Vec::new(), visited_mb: DEFAULT_VISITED_MB }
    }
}

impl OfflineSettings {
    /// Each page named must be a page of content/ (a Markdown file or a section's folder).
    pub fn check(&self, root: &Path, text: &str, errors: &mut Diagnostics) {
        let content = root.join(CONTENT_DIR);
        let exists = |id: &str| {
            id.split('/').all(is_slug) && (content.join(format!("{id}.md")).is_file() || content.join(id).join("_index.md").is_file())
        };
        for id in self.pages.iter().filter(|id| !exists(id)) {
            let pos = crate::yaml::locate::value_pos(text, "pages", id).or_else(|| find_pos(text, "offline:")).unwrap_or(Pos::START);
            let message = format!("'offline: pages' names '{id}', which is not a page of content/");
            errors.error(Path::new(SITE_YAML), pos, message, "write a page's path under content/ without .md, like family-support/new-to-luton");
        }
        if self.visited_mb > 100 {
            let pos = find_pos(text, "visited_mb:").unwrap_or(Pos::START);
            errors.error(Path::new(SITE_YAML), pos, format!("'visited_mb: {}' would fill a phone", self.visited_mb), "write a number of megabytes up to 100, like visited_mb: 5");
        }
    }
}
