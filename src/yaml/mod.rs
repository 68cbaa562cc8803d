//! YAML into typed, strict structs, with errors an editor can act on.
//!
//! serde_yaml reports positions within the YAML it was given; front matter starts a line or
//! more into its file, so every position is shifted by `first_line - 1`. Its messages are
//! rewritten for editors: an unknown key gets "did you mean", a wrong type names the key
//! and shows a correct example.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diag::{did_you_mean, find_pos, Diagnostic, Pos};

/// What each key of a YAML document takes, written as an example an editor can copy.
pub type KeyHints = &'static [(&'static str, &'static str)];

/// Parses `yaml`, which starts at line `first_line` of `file`.
pub fn parse<T: DeserializeOwned>(file: &Path, yaml: &str, first_line: usize, hints: KeyHints) -> Result<T, Diagnostic> {
    serde_yaml::from_str(yaml).map_err(|err| to_diagnostic(file, yaml, first_line, hints, &err))
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
    let quoted = quoted_value(message).and_then(|value| find_pos(yaml, value));
    let is_type_error = quoted.is_some() || message.contains("invalid type: ") || message.contains("invalid value: ");
    if let Some(found) = quoted {
        pos = found.shifted(first_line - 1);
        key_at_error = key_on_line(yaml, found.line);
    }
    let hint_for = |key: &str| hints.iter().find(|(k, _)| *k == key).map(|(_, h)| *h);

    if let Some(key) = after(message, "unknown field `") {
        let hint = match did_you_mean(key, hints.iter().map(|(k, _)| *k)) {
            Some(near) => format!("did you mean '{near}'? Check the spelling, or remove the line"),
            None => format!("the keys allowed here are: {}", quote_all(&expected(message))),
        };
        return Diagnostic::error(file, pos, format!("unknown key '{key}'"), hint);
    }
    if let Some(key) = after(message, "missing field `") {
        let example = hint_for(key).unwrap_or("add it");
        return Diagnostic::error(file, at_start, format!("'{key}' is missing"), example);
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
        if let Some(example) = hint_for(key) {
            let detail = message.strip_prefix(&format!("{key}: ")).unwrap_or(message);
            let detail = detail.trim_start_matches("invalid type: ").trim_start_matches("invalid value: ");
            return Diagnostic::error(file, pos, format!("'{key}' is not right ({detail})"), example);
        }
    }
    if message.contains("EOF while parsing") || yaml.trim().is_empty() {
        return Diagnostic::error(file, at_start, "there are no keys", "add 'title:' and 'description:' lines");
    }
    Diagnostic::error(file, pos, format!("the YAML cannot be read: {message}"), "check the indentation and quotes on this line; put text containing ': ' in quotes")
}

/// The key written on `line` (1-based) of `yaml`, as in `  weight: first` or `- { code: xx`.
fn key_on_line(yaml: &str, line: usize) -> Option<String> {
    let text = yaml.lines().nth(line.checked_sub(1)?)?;
    let text = text.trim_start().trim_start_matches("- ").trim_start_matches('{').trim_start();
    let (key, _) = text.split_once(':')?;
    let key = key.trim();
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
            Ok(line) => out.push_str(&(line + lines).to_string()),
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

/// `'2025-02-30' is not a real date` gives `2025-02-30`.
fn quoted_value(message: &str) -> Option<&str> {
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
        assert!(e.starts_with("x.md:3:9: 'weight' is not right"), "{e}");
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
        assert!(e.starts_with("x.md:4:1: the YAML cannot be read:"), "{e}");
        assert!(e.contains("quoted scalar at line 2 column 8"), "{e}");
    }

    #[test]
    fn malformed_yaml_is_located() {
        let e = error("title: [a\nweight: 1\n");
        assert!(e.starts_with("x.md:"), "{e}");
        assert!(e.contains("cannot be read") || e.contains("not right"), "{e}");
    }
}
