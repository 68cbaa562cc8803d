//! `--map FILE`: how the feed's taxonomy terms become the site's categories and needs.
//!
//! ```yaml
//! # a term's id or its name: the site's category ids and need ids
//! Speech and language therapy: [health, communication-and-interaction]
//! "3f7b145d-84af-42d7-8fae-eaca714b02b2": [advice]
//! Adult social care: []          # known, and not part of the Local Offer
//! ```
//!
//! Every id must be a category of `directory.categories` or one of the needs; a wrong one
//! is an error at its line. A term the file does not name is reported, never guessed.

use std::collections::BTreeMap;
use std::path::Path;

use super::page::Tags;
use super::record::Term;
use crate::diag::{did_you_mean, Diagnostic, Diagnostics, Pos};
use crate::directory::{DirectorySettings, Need};

#[derive(Debug, Default)]
pub struct TermMap {
    /// By the term's id or name, lower-cased.
    terms: BTreeMap<String, Tags>,
}

impl TermMap {
    pub fn load(path: &Path, settings: &DirectorySettings) -> Result<TermMap, Diagnostics> {
        let text = std::fs::read(path).map_err(|err| Diagnostics::from_iter([Diagnostic::error(path, Pos::START, format!("cannot read the mapping file: {err}"), "give the path of a YAML file")]))?;
        let text = crate::diag::utf8_text(path, text).map_err(|d| Diagnostics::from_iter([d]))?;
        const HINTS: crate::yaml::KeyHints = &[];
        let raw: BTreeMap<String, Vec<String>> = crate::yaml::parse(path, &text, 1, HINTS).map_err(|d| {
            let hint = "write one line per term: its id or name, then a list of category and need ids, like Speech therapy: [health, communication-and-interaction]";
            Diagnostics::from_iter([Diagnostic { hint: hint.into(), ..d }])
        })?;
        let mut errors = Diagnostics::new();
        let mut terms = BTreeMap::new();
        for (term, ids) in raw {
            let mut tags = Tags::default();
            for id in ids {
                if let Some(need) = Need::AREAS.into_iter().chain([Need::All]).find(|n| n.id() == id) {
                    tags.needs.push(need);
                } else if settings.category(&id).is_some() {
                    tags.categories.push(id);
                } else {
                    let known = settings.categories.iter().map(|c| c.id.as_str()).chain(Need::AREAS.iter().map(|n| n.id())).chain(["all"]);
                    let hint = match did_you_mean(&id, known) {
                        Some(near) => format!("did you mean '{near}'? Or add it to directory: categories in site.yaml"),
                        None => "use a category id from directory: categories in site.yaml, or a need id".into(),
                    };
                    let pos = crate::yaml::locate::value_pos(&text, &term, &id).unwrap_or(Pos::START);
                    errors.error(path, pos, format!("'{id}' is neither a category nor a need"), hint);
                }
            }
            terms.insert(term.to_lowercase(), tags);
        }
        if errors.has_errors() {
            return Err(errors);
        }
        Ok(TermMap { terms })
    }

    /// The categories and needs of `terms`, and the terms the map does not name.
    pub fn tags<'t>(&self, terms: &'t [Term]) -> (Tags, Vec<&'t Term>) {
        let mut tags = Tags::default();
        let mut unknown = Vec::new();
        for term in terms {
            let found = self.terms.get(&term.id.to_lowercase()).or_else(|| self.terms.get(&term.name.to_lowercase()).filter(|_| !term.name.is_empty()));
            match found {
                Some(found) => {
                    for category in &found.categories {
                        if !tags.categories.contains(category) {
                            tags.categories.push(category.clone());
                        }
                    }
                    for need in &found.needs {
                        if !tags.needs.contains(need) {
                            tags.needs.push(*need);
                        }
                    }
                }
                None => unknown.push(term),
            }
        }
        (tags, unknown)
    }
}
