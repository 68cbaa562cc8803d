//! A feed's service as the import understands it, whatever shape it came in, and what
//! went wrong with it, each problem at its JSON pointer.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use crate::diag::{Diagnostic, Pos};
use crate::directory::{Cost, Location};

/// Which version of the UK standard a record follows, told from its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum Shape {
    /// ORUK 3.0 (HSDS 3.0): `schedules`, `attributes`, `addresses`.
    #[serde(rename = "3.0")]
    V3,
    /// ORUK 1.0, which many council feeds still serve: `regular_schedules`,
    /// `service_taxonomys`, `eligibilitys`, `physical_addresses`.
    #[serde(rename = "1.0")]
    V1,
}

/// One service of the feed, in the site's terms.
#[derive(Debug, Clone)]
pub struct Record {
    pub origin: Origin,
    pub shape: Shape,
    pub id: String,
    pub name: String,
    /// The description as the feed wrote it (HTML or plain text).
    pub description: String,
    pub organisation: String,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phones: Vec<String>,
    pub ages: Option<(u8, u8)>,
    pub cost: Option<Cost>,
    pub languages: Vec<String>,
    pub hours: Option<String>,
    pub locations: Vec<Location>,
    pub accessibility: Option<String>,
    pub terms: Vec<Term>,
    /// Not `active`: left out of the directory.
    pub inactive: Option<String>,
    /// What the import changed to fit the site's model (an age above 25, a postcode that
    /// is not a UK one), said once per kind in the report.
    pub adjusted: Vec<&'static str>,
}

/// A taxonomy term a service is tagged with.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Term {
    pub id: String,
    pub name: String,
}

/// A record's JSON and where it is.
pub struct Item {
    pub value: serde_json::Value,
    pub origin: Origin,
}

/// Where a record came from, to point at its fields.
#[derive(Debug, Clone)]
pub struct Origin {
    pub source: Arc<Place>,
    /// The record's JSON pointer in its file (`/contents/41`), empty for a whole file.
    pub pointer: String,
}

/// A file a record was read from: JSON text to find pointers in, or CSV tables whose
/// cells were made into the record.
#[derive(Debug)]
pub enum Place {
    /// `file` is the name shown (a path, or a feed page's address); the text is read again
    /// from `path` only if one of its records has a problem to point at, as it is not held
    /// while the feed is read.
    Json { file: PathBuf, path: PathBuf, text: OnceLock<String> },
    Table { cells: std::collections::HashMap<String, Cell> },
}

/// A cell of a CSV table, by the JSON pointer of the value it became.
#[derive(Debug, Clone)]
pub struct Cell {
    pub file: PathBuf,
    pub line: usize,
    pub column: String,
}

/// What is wrong with a record, at a JSON pointer under its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub pointer: String,
    pub message: String,
    pub hint: String,
}

impl Origin {
    /// The file's name and the place of `pointer` (absolute, in the file) in it.
    pub fn diagnostic(&self, problem: &Problem) -> Diagnostic {
        match &*self.source {
            Place::Json { file, path, text } => {
                let text = text.get_or_init(|| {
                    let text = std::fs::read(path).map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default();
                    text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text)
                });
                let pos = super::pointer::find(text, &problem.pointer).map_or(Pos::START, |offset| Pos::of_offset(text, offset));
                Diagnostic::error(file, pos, format!("{}: {}", display_pointer(&problem.pointer), problem.message), problem.hint.clone())
            }
            Place::Table { cells } => {
                // The cell of the pointer, or of the nearest value above it.
                let mut pointer = problem.pointer.as_str();
                loop {
                    if let Some(cell) = cells.get(pointer) {
                        let message = format!("column {}: {}", cell.column, problem.message);
                        return Diagnostic::error(&cell.file, Pos::new(cell.line, 1), message, problem.hint.clone());
                    }
                    match pointer.rsplit_once('/') {
                        Some((up, _)) => pointer = up,
                        None => return Diagnostic::error(PathBuf::from("services.csv"), Pos::START, problem.message.clone(), problem.hint.clone()),
                    }
                }
            }
        }
    }

    /// A short name of the record's place, for the report: `services.json /contents/41`.
    pub fn describe(&self) -> String {
        match &*self.source {
            Place::Json { file, .. } => format!("{} {}", file.display(), display_pointer(&self.pointer)),
            Place::Table { cells } => {
                let cell = cells.get(&format!("{}/id", self.pointer));
                cell.map_or_else(|| "services.csv".into(), |c| format!("{}:{}", c.file.display(), c.line))
            }
        }
    }
}

fn display_pointer(pointer: &str) -> &str {
    if pointer.is_empty() {
        "/"
    } else {
        pointer
    }
}
