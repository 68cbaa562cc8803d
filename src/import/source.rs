//! The sources on the command line: one service, a list page (`{"total_items": ...,
//! "contents": [...]}`, or 1.0's `{"totalElements": ..., "content": [...]}`), a plain
//! array, a folder of such files, a folder of HSDS tables (CSV), or an `http(s)://` address
//! of a `/services` endpoint, fetched page by page by [`super::http`] into a temporary
//! folder.
//!
//! A [`Feed`] is read record by record, and as often as the import needs: JSON is read
//! from its file as a stream ([`super::listing`]), so only the records being worked on are
//! in memory. CSV tables are the exception: a service's rows are spread over several
//! tables, so [`super::tables`] joins them whole.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use super::record::{Item, Origin, Place};
use crate::diag::{Diagnostic, Diagnostics, Pos};

/// The sources, ready to be read.
pub struct Feed {
    parts: Vec<Part>,
    /// The pages fetched from http(s) sources, a folder for each, removed when the feed
    /// is dropped.
    _spools: Vec<tempfile::TempDir>,
}

enum Part {
    /// A JSON file; `shown` is its name as given (or its page's address).
    Json { path: PathBuf, shown: PathBuf },
    Tables { folder: PathBuf, shown: PathBuf },
}

impl Feed {
    /// Finds every source's files and fetches its pages. A file that cannot be read or is
    /// not JSON, or a feed's page that cannot be fetched, stops the import even with
    /// `--skip-invalid` (here or in [`Feed::each`]), as the services of a broken file or a
    /// missing page would otherwise seem to have left the feed.
    pub fn open(sources: &[String]) -> Result<Feed, Diagnostics> {
        let mut parts = Vec::new();
        let mut spools = Vec::new();
        let mut errors = Diagnostics::new();
        for source in sources {
            if source.starts_with("http://") || source.starts_with("https://") {
                let fetched = tempfile::Builder::new()
                    .prefix("localoffer-import-")
                    .tempdir()
                    .map_err(|err| Diagnostic::error(Path::new(source), Pos::START, format!("cannot make a temporary folder for the feed's pages: {err}"), "check TMPDIR names a folder that can be written to"))
                    .and_then(|spool| {
                        let pages = super::http::fetch(source, spool.path())?;
                        spools.push(spool);
                        Ok(pages)
                    });
                match fetched {
                    Ok(pages) => parts.extend(pages.into_iter().map(|page| Part::Json { path: page.path, shown: page.shown })),
                    Err(diagnostic) => errors.push(diagnostic),
                }
                continue;
            }
            // A relative source is taken from the current folder, as a shell user means it:
            // `--root` names the site, not where the feed is.
            let path = PathBuf::from(source);
            if path.is_dir() {
                if path.join("services.csv").is_file() {
                    parts.push(Part::Tables { folder: path, shown: PathBuf::from(source) });
                    continue;
                }
                match json_files(&path) {
                    Ok(files) if files.is_empty() => errors.error(Path::new(source), Pos::START, "the folder has no .json files and no services.csv", "give a folder of Open Referral JSON files, or of HSDS tables"),
                    Ok(files) => parts.extend(files.into_iter().map(|file| Part::Json { shown: Path::new(source).join(file.file_name().unwrap_or_default()), path: file })),
                    Err(err) => errors.error(Path::new(source), Pos::START, format!("cannot read the folder: {err}"), "check the path"),
                }
            } else {
                parts.push(Part::Json { shown: path.clone(), path });
            }
        }
        if errors.has_errors() {
            return Err(errors);
        }
        Ok(Feed { parts, _spools: spools })
    }

    /// Hands every record of every source to `each`, in the same order each time, or
    /// gives the problems with the sources themselves (all of them, not the first).
    pub fn each(&self, each: &mut dyn FnMut(Item)) -> Result<(), Diagnostics> {
        let mut errors = Diagnostics::new();
        for part in &self.parts {
            match part {
                Part::Json { path, shown } => {
                    if let Err(diagnostic) = json_items(path, shown, each) {
                        errors.push(diagnostic);
                    }
                }
                Part::Tables { folder, shown } => match super::tables::read(folder, shown) {
                    Ok(items) => items.into_iter().for_each(&mut *each),
                    Err(diagnostics) => errors.extend(diagnostics),
                },
            }
        }
        if errors.has_errors() {
            return Err(errors);
        }
        Ok(())
    }
}

fn json_files(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)?.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file()).collect();
    files.sort();
    Ok(files)
}

fn json_items(path: &Path, shown: &Path, each: &mut dyn FnMut(Item)) -> Result<(), Diagnostic> {
    let file = File::open(path).map_err(|err| Diagnostic::error(shown, Pos::START, format!("cannot read the source: {err}"), "give a JSON file, a folder, or an http(s) address"))?;
    let place = Arc::new(Place::Json { file: shown.to_path_buf(), path: path.to_path_buf(), text: OnceLock::new() });
    let read = super::listing::read(shown, BufReader::with_capacity(1 << 16, file), &mut |value, pointer| each(Item { value, origin: Origin { source: Arc::clone(&place), pointer } }));
    read.map(|_| ()).map_err(|diagnostic| {
        // Text that is not UTF-8 is said as such, at its first wrong byte, rather than as
        // whatever JSON error it caused. Only read whole on this path.
        match std::fs::read(path).map(|bytes| crate::diag::utf8_text(shown, bytes)) {
            Ok(Err(not_utf8)) => not_utf8,
            _ => diagnostic,
        }
    })
}
