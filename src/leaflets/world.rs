//! The typst [`World`] a leaflet is typeset in: it holds the leaflet template, the
//! leaflet's generated data and the fonts, and nothing else. Every other file a template
//! or content might ask for (`#read("/etc/passwd")`, `#image("x.png")`, a package) is
//! refused, so typst never touches the disk.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};

use super::fonts::FontSet;
use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::theme::LeafletTheme;

/// The name the template imports the generated data by: `#import "data.typ": *`.
pub const DATA_FILE: &str = "/data.typ";
const TEMPLATE_FILE: &str = "/leaflet.typ";

/// What every leaflet of a build shares: typst's library, the fonts, the parsed template.
pub struct Kit {
    library: LazyHash<Library>,
    pub fonts: FontSet,
    template: Source,
    /// Where the template came from, for error messages.
    pub template_origin: PathBuf,
    data_id: FileId,
    /// A hash of the template and the fonts, for the cache.
    pub fingerprint: String,
}

fn file_id(path: &str) -> Result<FileId, String> {
    let path = VirtualPath::new(path).map_err(|e| format!("{e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, path).intern())
}

impl Kit {
    pub fn new(theme: &LeafletTheme) -> (Option<Kit>, Diagnostics) {
        let started = std::time::Instant::now();
        let mut diagnostics = Diagnostics::new();
        let fonts = FontSet::load(&theme.fonts, &mut diagnostics);
        let origin = theme.template.origin.clone();
        let ids = file_id(TEMPLATE_FILE).and_then(|t| Ok((t, file_id(DATA_FILE)?)));
        let (template_id, data_id) = match ids {
            Ok(ids) => ids,
            Err(why) => {
                diagnostics.error(&origin, Pos::START, format!("the leaflet template cannot be loaded: {why}"), "report this as a bug of localoffer");
                return (None, diagnostics);
            }
        };
        let template = Source::new(template_id, theme.template.text.clone());
        let mut hasher = Sha256::new();
        hasher.update(theme.template.text.as_bytes());
        hasher.update(fonts.fingerprint);
        // A new typst or localoffer may typeset the same input differently; FORMAT covers
        // changes the data does not show (the QR code, which the key leaves out).
        hasher.update(concat!(env!("CARGO_PKG_VERSION"), "/typst-0.15/format-1").as_bytes());
        let fingerprint = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
        let library = LazyHash::new(Library::builder().build());
        log::debug!("leaflet fonts and typst library ready in {:?}", started.elapsed());
        (Some(Kit { library, fonts, template, template_origin: origin, data_id, fingerprint }), diagnostics)
    }

    /// The world for one leaflet, whose data module is `data`.
    pub fn world(&self, data: String) -> LeafletWorld<'_> {
        LeafletWorld { kit: self, data: Source::new(self.data_id, data) }
    }
}

pub struct LeafletWorld<'k> {
    kit: &'k Kit,
    data: Source,
}

impl World for LeafletWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.kit.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.kit.fonts.book
    }

    fn main(&self) -> FileId {
        self.kit.template.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.kit.template.id() {
            Ok(self.kit.template.clone())
        } else if id == self.data.id() {
            Ok(self.data.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.source(id).map(|source| Bytes::from_string(source.text().to_string()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.kit.fonts.fonts.get(index).cloned()
    }

    /// No date: a leaflet must come out the same whatever day it is built.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

impl LeafletWorld<'_> {
    /// typst's errors as diagnostics: one in the template points into the template, one
    /// in the generated data (or anywhere else) at the page being printed.
    pub fn diagnostics(&self, errors: &[SourceDiagnostic], page_file: &Path, what: &str) -> Diagnostics {
        errors
            .iter()
            .map(|error| {
                let place = error.span.id().filter(|id| *id == self.kit.template.id()).and_then(|_| {
                    let range = self.range(error.span)?;
                    let (line, col) = self.kit.template.lines().byte_to_line_column(range.start)?;
                    Some(Pos::new(line + 1, col + 1))
                });
                let (file, pos) = match place {
                    Some(pos) => (self.kit.template_origin.as_path(), pos),
                    None => (page_file, Pos::START),
                };
                let hints: Vec<&str> = error.hints.iter().map(|h| h.v.as_str()).collect();
                let hint = if hints.is_empty() { "check the leaflet template, or remove 'leaflet:' from the page".to_string() } else { hints.join("; ") };
                Diagnostic::error(file, pos, format!("{what} cannot be typeset: {}", error.message), hint)
            })
            .collect()
    }
}
