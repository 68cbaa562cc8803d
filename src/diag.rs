//! Diagnostics: what is wrong with the input, where, and what to do about it.
//!
//! Every problem an editor can cause becomes a [`Diagnostic`] that names the file, the
//! line and the column, says what is wrong and how to fix it. Stages collect them in
//! [`Diagnostics`] and keep going, so one run reports every problem, not only the first.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// Worth knowing, never a failure (how much of the site a language has).
    Note,
}

/// One problem in one place. `line` and `col` count from 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub hint: String,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, pos: Pos, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Self::new(Severity::Error, file.into(), pos, message.into(), hint.into())
    }

    pub fn warning(file: impl Into<PathBuf>, pos: Pos, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Self::new(Severity::Warning, file.into(), pos, message.into(), hint.into())
    }

    fn new(severity: Severity, file: PathBuf, pos: Pos, message: String, hint: String) -> Self {
        Diagnostic { severity, file, line: pos.line, col: pos.col, message, hint }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Reads `content/x.ur.md:4:9: 'updated' is not a date - write 2025-03-01`; warnings say so.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display().to_string().replace('\\', "/");
        write!(f, "{}:{}:{}: ", file, self.line, self.col)?;
        match self.severity {
            Severity::Error => {}
            Severity::Warning => write!(f, "warning: ")?,
            Severity::Note => write!(f, "note: ")?,
        }
        write!(f, "{}", self.message)?;
        if !self.hint.is_empty() {
            write!(f, " - {}", self.hint)?;
        }
        Ok(())
    }
}

/// `bytes` as text, or an error at the first byte that is not UTF-8 (its line, column
/// and value), as every file an editor writes is read.
pub fn utf8_text(path: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&err.as_bytes()[..valid]).into_owned();
        let pos = Pos::of_offset(&prefix, prefix.len());
        let byte = err.as_bytes()[valid];
        Diagnostic::error(path, pos, format!("this is not UTF-8 text (byte 0x{byte:02x})"), "save the file as UTF-8 in your editor")
    })
}

/// A place in a text file, counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl Pos {
    pub const START: Pos = Pos { line: 1, col: 1 };

    pub fn new(line: usize, col: usize) -> Self {
        Pos { line, col }
    }

    /// The line and column (in characters) of byte `offset` in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos { line, col: before[line_start..].chars().count() + 1 }
    }

    /// The same place seen from a text that starts `lines` lines further up.
    pub fn shifted(self, lines: usize) -> Self {
        Pos { line: self.line + lines, col: self.col }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The place of the first line in `text` holding `needle`, for errors found after parsing
/// (a duplicated language, an unknown topic) where the parser no longer knows positions.
pub fn find_pos(text: &str, needle: &str) -> Option<Pos> {
    find_nth_pos(text, needle, 0)
}

/// Like [`find_pos`], for the `n`th (from 0) line holding `needle`: the second entry of a
/// duplicate is the one to point at.
pub fn find_nth_pos(text: &str, needle: &str, n: usize) -> Option<Pos> {
    text.match_indices(needle).nth(n).map(|(offset, _)| Pos::of_offset(text, offset))
}

/// All the diagnostics of a run.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn error(&mut self, file: &Path, pos: Pos, message: impl Into<String>, hint: impl Into<String>) {
        self.push(Diagnostic::error(file, pos, message, hint));
    }

    pub fn warning(&mut self, file: &Path, pos: Pos, message: impl Into<String>, hint: impl Into<String>) {
        self.push(Diagnostic::warning(file, pos, message, hint));
    }

    pub fn note(&mut self, file: &Path, pos: Pos, message: impl Into<String>, hint: impl Into<String>) {
        self.push(Diagnostic::new(Severity::Note, file.to_path_buf(), pos, message.into(), hint.into()));
    }

    /// `--strict`: every warning becomes an error.
    pub fn strict(mut self) -> Self {
        for d in &mut self.0 {
            if d.severity == Severity::Warning {
                d.severity = Severity::Error;
            }
        }
        self
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.0.iter().filter(|d| d.severity == Severity::Warning).count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Sorted by file, then place, so output is the same on every run whatever the
    /// order the parallel stages finished in.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.0.sort_by(|a, b| {
            (&a.file, a.line, a.col, a.severity, &a.message).cmp(&(&b.file, b.line, b.col, b.severity, &b.message))
        });
        self.0.dedup();
        self.0
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Diagnostics(iter.into_iter().collect())
    }
}

/// "did you mean 'title'?" for a near miss among `known`, or nothing.
pub fn did_you_mean<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(word, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_reads_file_line_col_message_hint() {
        let d = Diagnostic::error("content/x.ur.md", Pos::new(4, 9), "'updated' is not a date", "write 2025-03-01");
        assert_eq!(d.to_string(), "content/x.ur.md:4:9: 'updated' is not a date - write 2025-03-01");
        let w = Diagnostic::warning("a.md", Pos::START, "old", "");
        assert_eq!(w.to_string(), "a.md:1:1: warning: old");
    }

    #[test]
    fn pos_of_offset_counts_characters_not_bytes() {
        let text = "ab\nاردو x";
        let offset = text.find('x').unwrap();
        assert_eq!(Pos::of_offset(text, offset), Pos::new(2, 6));
        assert_eq!(Pos::of_offset(text, 0), Pos::START);
    }

    #[test]
    fn did_you_mean_finds_near_misses_only() {
        assert_eq!(did_you_mean("titel", ["title", "description"]), Some("title"));
        assert_eq!(did_you_mean("zzz", ["title", "description"]), None);
    }

    #[test]
    fn sorted_orders_and_dedups() {
        let mut all = Diagnostics::new();
        all.error(Path::new("b.md"), Pos::START, "x", "");
        all.error(Path::new("a.md"), Pos::new(2, 1), "y", "");
        all.error(Path::new("a.md"), Pos::new(2, 1), "y", "");
        let sorted = all.sorted();
        assert_eq!(sorted.len(), 2);
        assert_eq!(sorted[0].file, PathBuf::from("a.md"));
    }
}
