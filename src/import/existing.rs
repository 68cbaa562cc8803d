//! The service pages already in the site: which came from the feed (by their
//! `openreferral_id`), which paths are taken, which names are used, and each page's
//! translations.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::config::Config;
use crate::diag::Diagnostics;
use crate::directory::validate::is_service;
use crate::load::front_matter;
use crate::load::walk;

pub struct Page {
    /// Relative to the site's root: `content/services/penrose.md`.
    pub path: PathBuf,
    pub text: String,
    pub id: Option<String>,
    pub title: String,
    pub translations: Vec<PathBuf>,
}

#[derive(Default)]
pub struct Existing {
    pub pages: Vec<Page>,
    /// Every Markdown path of the directory's section, to give a new page a free name.
    pub taken: BTreeSet<PathBuf>,
}

impl Existing {
    pub fn by_id(&self) -> BTreeMap<&str, usize> {
        self.pages.iter().enumerate().filter_map(|(i, p)| p.id.as_deref().map(|id| (id, i))).collect()
    }
}

/// Reads the service pages. A page that cannot be read or parsed stops the import: its
/// id is unknown, so the import could write a second page for its service.
pub fn scan(config: &Config, section: &str) -> Result<Existing, Diagnostics> {
    let walked = walk::walk(config);
    let folder = PathBuf::from(crate::layout::CONTENT_DIR).join(section);
    let mut errors: Diagnostics = walked.diagnostics.iter().filter(|d| d.file.starts_with(&folder) && d.is_error()).cloned().collect();
    let mut existing = Existing::default();
    let mut translations: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for source in walked.sources {
        if source.path.starts_with(&folder) {
            existing.taken.insert(source.path.clone());
        }
        if !is_service(&source.entry.id, source.entry.kind, section) {
            continue;
        }
        if source.lang != config.default_language {
            translations.entry(source.entry.id.clone()).or_default().push(source.path.clone());
            continue;
        }
        let entry = source.entry.id.clone();
        match front_matter::parse_unfinished(source) {
            Ok(doc) => {
                let id = doc.front.openreferral_id.as_ref().map(|id| id.0.clone());
                existing.pages.push(Page { path: doc.source.path.clone(), title: doc.front.title.clone(), id, text: doc.source.text, translations: Vec::new() });
                translations.entry(entry).or_default();
            }
            Err(diagnostic) => errors.push(diagnostic),
        }
    }
    if errors.has_errors() {
        return Err(errors);
    }
    for page in &mut existing.pages {
        let id = page.path.strip_prefix(crate::layout::CONTENT_DIR).unwrap_or(&page.path).with_extension("");
        let id = id.to_string_lossy().replace('\\', "/");
        let id = id.strip_suffix("/index").unwrap_or(&id);
        page.translations = translations.remove(id).unwrap_or_default();
    }
    Ok(existing)
}
