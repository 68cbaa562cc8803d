//! The sources on the command line, read into records' JSON: one service, a list page
//! (`{"total_items": ..., "contents": [...]}`, or 1.0's `{"totalElements": ..., "content":
//! [...]}`), a plain array, a folder of such files, a folder of HSDS tables (CSV), or an
//! `http(s)://` address of a `/services` endpoint, read page by page by [`super::http`].

use std::path::{Path, PathBuf};

use super::record::Item;
use crate::diag::{Diagnostics, Pos};

/// Every record of every source, or the problems with the sources themselves (a file that
/// cannot be read or is not JSON, a feed's page that cannot be fetched): those stop the
/// import even with `--skip-invalid`, as the services of a broken file or a missing page
/// would otherwise seem to have left the feed.
pub fn read(sources: &[String]) -> Result<Vec<Item>, Diagnostics> {
    let mut items = Vec::new();
    let mut errors = Diagnostics::new();
    for source in sources {
        if source.starts_with("http://") || source.starts_with("https://") {
            match super::http::read(source) {
                Ok(found) => items.extend(found),
                Err(diagnostic) => errors.push(diagnostic),
            }
            continue;
        }
        // A relative source is taken from the current folder, as a shell user means it:
        // `--root` names the site, not where the feed is.
        let path = PathBuf::from(source);
        if path.is_dir() {
            if path.join("services.csv").is_file() {
                match super::tables::read(&path, Path::new(source)) {
                    Ok(found) => items.extend(found),
                    Err(diagnostics) => errors.extend(diagnostics),
                }
                continue;
            }
            match json_files(&path) {
                Ok(files) if files.is_empty() => errors.error(Path::new(source), Pos::START, "the folder has no .json files and no services.csv", "give a folder of Open Referral JSON files, or of HSDS tables"),
                Ok(files) => {
                    for file in files {
                        let shown = Path::new(source).join(file.file_name().unwrap_or_default());
                        file_items(&file, &shown, &mut items, &mut errors);
                    }
                }
                Err(err) => errors.error(Path::new(source), Pos::START, format!("cannot read the folder: {err}"), "check the path"),
            }
        } else {
            file_items(&path, Path::new(source), &mut items, &mut errors);
        }
    }
    if errors.has_errors() {
        return Err(errors);
    }
    Ok(items)
}

fn json_files(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)?.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file()).collect();
    files.sort();
    Ok(files)
}

fn file_items(path: &Path, shown: &Path, items: &mut Vec<Item>, errors: &mut Diagnostics) {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            errors.error(shown, Pos::START, format!("cannot read the source: {err}"), "give a JSON file, a folder, or an http(s) address");
            return;
        }
    };
    match crate::diag::utf8_text(shown, bytes) {
        Ok(text) => match super::listing::parse(shown, text) {
            Ok(found) => items.extend(found),
            Err(diagnostic) => errors.push(diagnostic),
        },
        Err(diagnostic) => errors.push(diagnostic),
    }
}
