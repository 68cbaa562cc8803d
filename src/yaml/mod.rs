//! YAML into typed, strict structs, with errors an editor can act on.
//!
//! serde_yaml reports positions within the YAML it was given; front matter starts a line or
//! more into its file, so every position is shifted by `first_line - 1`. Its messages are
//! rewritten for editors: an unknown key gets "did you mean", a wrong type names the key
//! and shows a correct example.

pub mod date;
pub mod locate;
mod words;

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diag::{did_you_mean, Diagnostic, Pos};

/// What each key of a YAML document takes, written as an example an editor can copy.
pub type KeyHints = &'static [(&'static str, &'static str)];

/// Parses `yaml`, which starts at line `first_line` of `file`.
pub fn parse<T: DeserializeOwned>(file: &Path, yaml: &str, first_line: usize, hints: KeyHints) -> Result<T, Diagnostic> {
    serde_yaml::from_str(yaml).map_err(|err| inside(to_diagnostic(file, yaml, first_line, hints, &err), yaml, first_line))
}

/// The diagnostic at a place of the file, whatever the parser said: serde_yaml counts a lone
/// carriage return as a line break, which nothing else does, and its messages repeat the
/// text they quote, which may itself read "at line 2 column 0" (both found by fuzzing).
fn inside(mut diagnostic: Diagnostic, yaml: &str, first_line: usize) -> Diagnostic {
    let last = first_line + yaml.lines().count().max(1) - 1;
    diagnostic.line = diagnostic.line.clamp(first_line, last);
    diagnostic.col = diagnostic.col.max(1);
    diagnostic
}

fn to_diagnostic(file: &Path, yaml: &str, first_line: usize, hints: KeyHints, err: &serde_yaml::Error) -> Diagnostic {
    let full = shift_positions(&err.to_string(), first_line - 1);
    let own_place = err.location().map(|l| format!(" at line {} column {}", l.line() + first_line - 1, l.column()));
    let message = own_place.as_deref().and_then(|place| full.strip_suffix(place)).unwrap_or(&full);
    let at_start = Pos::new(first_line, 1);
    let mut pos = err.location().map_or(at_start, |l| Pos::new(l.line(), l.column()).shifted(first_line - 1));
    let mut key_at_error = err.location().and_then(|l| key_on_line(yaml, l.line()));
    // Our own types (dates) quote the value they refuse; serde_yaml places such errors at
    // the start of the mapping, so find the value itself.
    let quoted = quoted_value(message).and_then(|value| locate::text_pos(yaml, value));
    let is_type_error = quoted.is_some() || message.contains("invalid type: ") || message.contains("invalid value: ");
    if let Some(found) = quoted {
        pos = found.shifted(first_line - 1);
        key_at_error = key_on_line(yaml, found.line);
    }
    let hint_for = |key: &str| hints.iter().find(|(k, _)| *k == key).map(|(_, h)| *h);

    if let Some(tab) = first_tab(yaml) {
        let hint = "YAML is indented with spaces only: replace the tab with spaces";
        return Diagnostic::error(file, tab.shifted(first_line - 1), format!("line {} starts with a tab", tab.line + first_line - 1), hint);
    }
    if let Some(key) = after(message, "duplicate field `") {
        let second = locate::key_positions(yaml, key).get(1).copied().map_or(pos, |p| p.shifted(first_line - 1));
        return Diagnostic::error(file, second, format!("'{key}' is written twice"), "keep one of the two lines");
    }
    if let Some(key) = after(message, "unknown field `") {
        let hint = match did_you_mean(key, hints.iter().map(|(k, _)| *k)) {
            Some(near) => format!("did you mean '{near}'? Check the spelling, or remove the line"),
            None => format!("the keys allowed here are: {}", quote_all(&expected(message))),
        };
        return Diagnostic::error(file, pos, format!("unknown key '{key}'"), hint);
    }
    if let Some(key) = after(message, "missing field `") {
        let example = hint_for(key).unwrap_or("add it");
        // In an entry of a list ("languages[2]: missing field"), the entry is where the
        // parser was; at the top, the whole front matter lacks it.
        let nested = message.split_once(": missing field").is_some_and(|(path, _)| !path.contains(' '));
        return Diagnostic::error(file, if nested { pos } else { at_start }, format!("'{key}' is missing"), example);
    }
    if let Some(value) = after(message, "unknown variant `") {
        let choices = expected(message);
        let hint = match did_you_mean(value, choices.iter().copied()) {
            Some(near) => format!("did you mean '{near}'? The choices are: {}", quote_all(&choices)),
            None => format!("the choices are: {}", quote_all(&choices)),
        };
        let what = key_at_error.map_or(String::new(), |k| format!(" for '{k}'"));
        return Diagnostic::error(file, pos, format!("'{value}' is not allowed{what}"), hint);
    }
    if let Some(key) = key_at_error.as_deref().filter(|_| is_type_error) {
        let example = hint_for(key).unwrap_or("check the value");
        let detail = message.split_once(": ").filter(|(path, _)| !path.contains(' ')).map_or(message, |(_, rest)| rest);
        if quoted.is_some() {
            // Our own types (dates) say what is wrong in our words already.
            return Diagnostic::error(file, pos, detail, example);
        }
        let (must_be, is) = words::type_error(detail);
        return Diagnostic::error(file, pos, format!("'{key}' must be {must_be}, not {is}"), example);
    }
    if message.contains("EOF while parsing") || yaml.trim().is_empty() {
        return Diagnostic::error(file, at_start, "there are no keys", "add 'title:' and 'description:' lines");
    }
    if let Some(text_line) = page_text_line(yaml) {
        let hint = "if the page's text starts here, add a line '---' before it, to end the front matter";
        return Diagnostic::error(file, text_line.shifted(first_line - 1), "this line reads like page text, not front matter", hint);
    }
    if message.contains("did not match any variant") {
        if let Some(key) = key_at_error.as_deref() {
            return Diagnostic::error(file, pos, format!("'{key}' is not right"), hint_for(key).unwrap_or("check the value"));
        }
    }
    let (what, hint) = words::syntax(message);
    // An unclosed quote is reported where it opens, not at the end of the text.
    let pos = opened_at(&err.to_string()).map_or(pos, |p| p.shifted(first_line - 1));
    Diagnostic::error(file, pos, what, hint)
}

/// The first line of `yaml` indented with a tab, and the tab's place.
fn first_tab(yaml: &str) -> Option<Pos> {
    yaml.lines().enumerate().find_map(|(i, line)| {
        let indent = &line[..line.len() - line.trim_start().len()];
        indent.find('\t').map(|at| Pos::new(i + 1, indent[..at].chars().count() + 1))
    })
}

/// The first line of `yaml` that is neither a key, a list item, a comment nor part of an
/// indented value: page text, when the front matter's closing `---` is missing.
fn page_text_line(yaml: &str) -> Option<Pos> {
    yaml.lines().enumerate().find_map(|(i, line)| {
        let starts_like_yaml = line.is_empty() || line.starts_with([' ', '-', '#', '{', '[', '"', '\'']);
        let key = line.split_once(':').filter(|(_, rest)| rest.is_empty() || rest.starts_with([' ', '\t'])).map(|(key, _)| key);
        let is_key = key.is_some_and(|k| !k.trim().is_empty() && !k.trim().contains(' '));
        (!starts_like_yaml && !is_key).then(|| Pos::new(i + 1, 1))
    })
}

/// Where an unclosed quote opens, from the parser's "while scanning a quoted scalar at
/// line 2 column 8" (a place within the YAML).
fn opened_at(raw: &str) -> Option<Pos> {
    let rest = raw.split_once("quoted scalar at line ")?.1;
    let (line, rest) = rest.split_once(" column ")?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let (line, column) = (line.parse().ok()?, column.parse().ok()?);
    // A quote's text can read like a place ("quoted scalar at line 2 column 0"): only a
    // real place of the parser's counts.
    (line >= 1 && column >= 1).then(|| Pos::new(line, column))
}

/// The key written on `line` (1-based) of `yaml`, as in `  weight: first` or `- { code: xx`.
fn key_on_line(yaml: &str, line: usize) -> Option<String> {
    let text = yaml.lines().nth(line.checked_sub(1)?)?;
    let text = text.trim_start().trim_start_matches("- ").trim_start_matches('{').trim_start();
    let (key, _) = text.split_once(':')?;
    // JSON quotes its keys: `"date": "2026-13-01"`.
    let key = key.trim().trim_matches('"');
    let is_key = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    is_key.then(|| key.to_string())
}

/// serde_yaml's messages name places inside the YAML ("while scanning a quoted scalar at
/// line 1 column 8"): make them places in the file.
fn shift_positions(message: &str, lines: usize) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find("at line ") {
        let (before, after) = rest.split_at(i + "at line ".len());
        out.push_str(before);
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        match after[..digits].parse::<usize>() {
            // Saturating: the number may be the page's own text, as long as it likes.
            Ok(line) => out.push_str(&line.saturating_add(lines).to_string()),
            Err(_) => out.push_str(&after[..digits]),
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// The first backticked word after `marker`, wherever serde put it in the message
/// (nested errors start with the path: "languages[1]: unknown field `nme`").
fn after<'a>(message: &'a str, marker: &str) -> Option<&'a str> {
    let start = message.find(marker)? + marker.len();
    message[start..].split('`').next()
}

/// The backticked choices after "expected": "expected `a` or `b`" gives [a, b].
fn expected(message: &str) -> Vec<&str> {
    let list = message.split_once("expected").map_or("", |(_, list)| list);
    list.split('`').skip(1).step_by(2).collect()
}

fn quote_all(words: &[&str]) -> String {
    words.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>().join(", ")
}

/// `'2025-02-30' is not a real date` gives `2025-02-30`, as does a nested value's
/// `covers[1]: 'schedule-2.18' is not ...` (after the path serde puts first).
fn quoted_value(message: &str) -> Option<&str> {
    let message = message.split_once(": ").filter(|(path, _)| !path.contains(' ')).map_or(message, |(_, rest)| rest);
    let rest = message.strip_prefix('\'')?;
    let value = &rest[..rest.find('\'')?];
    (!value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        weight: Option<i64>,
        kind: Option<Kind>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Red,
        Green,
    }

    const HINTS: KeyHints = &[("title", "write title: Your page title"), ("weight", "write a whole number, like weight: 10"), ("kind", "red or green")];

    fn error(yaml: &str) -> String {
        parse::<Doc>(Path::new("x.md"), yaml, 2, HINTS).unwrap_err().to_string()
    }

    #[test]
    fn unknown_key_suggests_the_near_one_at_its_line_in_the_file() {
        assert_eq!(error("title: a\ntitel: b\n"), "x.md:3:1: unknown key 'titel' - did you mean 'title'? Check the spelling, or remove the line");
    }

    #[test]
    fn wrong_type_names_the_key_and_shows_an_example() {
        let e = error("title: a\nweight: first\n");
        assert!(e.starts_with("x.md:3:9: 'weight' must be a whole number, not the text \"first\""), "{e}");
        assert!(e.ends_with("write a whole number, like weight: 10"), "{e}");
    }

    #[test]
    fn missing_key_points_at_the_first_line() {
        assert_eq!(error("weight: 1\n"), "x.md:2:1: 'title' is missing - write title: Your page title");
    }

    #[test]
    fn unknown_choice_lists_the_choices() {
        let e = error("title: a\nkind: gren\n");
        assert!(e.contains("'gren' is not allowed for 'kind' - did you mean 'green'?"), "{e}");
    }

    #[test]
    fn positions_inside_messages_are_shifted_to_the_file() {
        let e = error("title: \"a\nweight: 1\n");
        // The quote opens on the file's line 2, column 8 (the YAML's line 1).
        assert_eq!(e, "x.md:2:8: a quote is opened here and never closed - close it with the same kind of quote, or take it away");
    }

    #[test]
    fn malformed_yaml_is_located() {
        let e = error("title: [a\nweight: 1\n");
        assert!(e.starts_with("x.md:2:8: 'title' must be text, not a list"), "{e}");
        let e = error("title: a: b\n");
        assert_eq!(e, "x.md:2:9: this value has ': ' in it, which YAML reads as another key - put the whole value in quotes, like title: \"Travel: a guide\"");
    }

    #[test]
    fn a_tab_a_twice_written_key_and_page_text_have_their_own_messages() {
        assert_eq!(error("title: a\n\tweight: 1\n"), "x.md:3:1: line 3 starts with a tab - YAML is indented with spaces only: replace the tab with spaces");
        assert_eq!(error("title: a\nweight: 1\ntitle: b\n"), "x.md:4:1: 'title' is written twice - keep one of the two lines");
        let e = error("title: a\n\nWelcome to the page, families.\n\n");
        assert_eq!(e, "x.md:4:1: this line reads like page text, not front matter - if the page's text starts here, add a line '---' before it, to end the front matter");
    }
}
