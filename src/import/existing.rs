//! The service pages already in the site: which came from the feed (by their
//! `openreferral_id`), which paths are taken, which names are used, and each page's
//! translations. Their text is not kept: the import reads a page again when it comes to
//! its record.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use rayon::prelude::*;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::directory::validate::is_service;
use crate::load::front_matter;
use crate::load::walk;

pub struct Page {
    /// Relative to the site's root: `content/services/penrose.md`.
    pub path: PathBuf,
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
    let listing = walk::list(config);
    let folder = PathBuf::from(crate::layout::CONTENT_DIR).join(section);
    let mut errors: Diagnostics = listing.diagnostics.iter().filter(|d| d.file.starts_with(&folder) && d.is_error()).cloned().collect();
    let mut existing = Existing::default();
    let mut translations: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    let mut pages = Vec::new();
    for listed in listing.markdown {
        if listed.path.starts_with(&folder) {
            existing.taken.insert(listed.path.clone());
        }
        if !is_service(&listed.entry.id, listed.entry.kind, section) {
            continue;
        }
        if listed.lang != config.default_language {
            translations.entry(listed.entry.id.clone()).or_default().push(listed.path.clone());
            continue;
        }
        translations.entry(listed.entry.id.clone()).or_default();
        pages.push(listed);
    }
    let read: Vec<Result<Page, Diagnostic>> = pages
        .into_par_iter()
        .map(|listed| {
            let doc = front_matter::parse_unfinished(walk::read_source(&config.root, listed)?)?;
            let id = doc.front.openreferral_id.as_ref().map(|id| id.0.clone());
            Ok(Page { path: doc.source.path.clone(), title: doc.front.title.clone(), id, translations: Vec::new() })
        })
        .collect();
    for page in read {
        match page {
            Ok(page) => existing.pages.push(page),
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
