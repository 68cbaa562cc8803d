//! The sources on the command line, read into records' JSON: one service, a list page
//! (`{"total_items": ..., "contents": [...]}`), a plain array, a folder of such files, a
//! folder of HSDS tables (CSV), or an `http(s)://` address of a `/services` endpoint.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;

use super::record::{Item, Origin, Place};
use crate::diag::{Diagnostic, Diagnostics, Pos};

/// Every record of every source, or the problems with the sources themselves (a file that
/// cannot be read or is not JSON): those stop the import even with `--skip-invalid`, as
/// the services of a broken file would otherwise seem to have left the feed.
pub fn read(sources: &[String]) -> Result<Vec<Item>, Diagnostics> {
    let mut items = Vec::new();
    let mut errors = Diagnostics::new();
    for source in sources {
        if source.starts_with("http://") || source.starts_with("https://") {
            errors.error(Path::new(source), Pos::START, "reading a feed from an address is not built yet", "save the feed's pages as files and import those");
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
        Ok(text) => match parse(shown, text) {
            Ok(found) => items.extend(found),
            Err(diagnostic) => errors.push(diagnostic),
        },
        Err(diagnostic) => errors.push(diagnostic),
    }
}

/// The records of one JSON text, or where it is not JSON.
pub fn parse(file: &Path, text: String) -> Result<Vec<Item>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
    let value: Value = serde_json::from_str(&text).map_err(|err| {
        let message = err.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        Diagnostic::error(file, Pos::new(err.line().max(1), err.column().max(1)), format!("this is not JSON: {message}"), "export the feed again; a file cut short or edited by hand is often the cause")
    })?;
    let (records, base) = match value {
        Value::Object(mut map) if map.get("contents").is_some_and(Value::is_array) => match map.remove("contents") {
            Some(Value::Array(records)) => (records, "/contents"),
            _ => unreachable!("checked to be an array"),
        },
        Value::Array(records) => (records, ""),
        Value::Object(map) => return Ok(vec![Item { value: Value::Object(map), origin: Origin { source: Arc::new(Place::Json { file: file.to_path_buf(), text }), pointer: String::new() } }]),
        _ => return Err(Diagnostic::error(file, Pos::START, "this JSON is neither a service, a list page nor an array of services", "give a file as the Open Referral API's /services or /services/{id} returns it")),
    };
    let source = Arc::new(Place::Json { file: file.to_path_buf(), text });
    Ok(records.into_iter().enumerate().map(|(i, value)| Item { value, origin: Origin { source: Arc::clone(&source), pointer: format!("{base}/{i}") } }).collect())
}
