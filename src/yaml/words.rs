//! The YAML parser's messages in an editor's words. What an editor reads must not change
//! when a dependency is upgraded, and "while scanning a quoted scalar" or "expected i64"
//! tell an editor nothing: each message the parser gives is matched here and said again
//! plainly, and one never matched is not quoted at all.

/// A type error's detail from serde ("string \"first\", expected i64"), as what the value
/// must be and what it is: ("a whole number", "the text \"first\"").
pub fn type_error(detail: &str) -> (String, String) {
    let detail = detail.trim_start_matches("invalid type: ").trim_start_matches("invalid value: ");
    let (found, expected) = detail.split_once(", expected ").unwrap_or((detail, ""));
    (expected_words(expected), found_words(found))
}

fn expected_words(expected: &str) -> String {
    let expected = expected.trim();
    let plain = match expected {
        "u8" => "a whole number from 0 to 255",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number",
        "f32" | "f64" => "a number",
        "a string" | "a character" | "a borrowed string" => "text",
        "a boolean" => "true or false",
        "a sequence" => "a list, like [a, b]",
        "a map" => "a map, like { key: value }",
        "" => "something else",
        _ if expected.starts_with("struct ") || expected.starts_with("a map") => "a map, like { key: value }",
        _ if expected.starts_with("a sequence") || expected.starts_with("a tuple") => "a list, like [a, b]",
        _ if expected.starts_with("a date") => "a date, like 2026-03-01",
        _ => return expected.replace('`', "'"),
    };
    plain.to_string()
}

fn found_words(found: &str) -> String {
    let found = found.trim();
    let quoted = |prefix: &str| found.strip_prefix(prefix).map(|rest| rest.trim_matches('`').to_string());
    if let Some(text) = found.strip_prefix("string ") {
        return format!("the text {text}");
    }
    if let Some(number) = quoted("integer ").or_else(|| quoted("floating point ")) {
        return format!("the number {number}");
    }
    if let Some(value) = quoted("boolean ") {
        return value;
    }
    match found {
        "sequence" => "a list".into(),
        "map" => "a map".into(),
        "unit value" => "nothing".into(),
        other => other.replace('`', "'"),
    }
}

/// A syntax error of the YAML parser, as what is wrong on the line and what to do.
pub fn syntax(message: &str) -> (&'static str, &'static str) {
    let has = |words: &str| message.contains(words);
    if has("quoted scalar") {
        ("a quote is opened here and never closed", "close it with the same kind of quote, or take it away")
    } else if has("mapping values are not allowed") {
        ("this value has ': ' in it, which YAML reads as another key", "put the whole value in quotes, like title: \"Travel: a guide\"")
    } else if has("expected ',' or ']'") {
        ("a list opened with [ is not closed with ]", "end the list with ] on the same line, and put items containing , or : in quotes")
    } else if has("expected ',' or '}'") {
        ("a map opened with { is not closed with }", "end the map with } on the same line, and put values containing , or : in quotes")
    } else if has("could not find expected ':'") {
        ("this line is not 'key: value'", "write a key, a colon and a space, then the value; put text containing ': ' in quotes")
    } else if has("did not find expected key") || has("block sequence entries are not allowed") || has("did not find expected '-'") {
        ("this line is not indented like the lines it belongs with", "line it up with the keys above it, using spaces")
    } else if has("cannot start any token") {
        ("this value starts with a character YAML keeps for itself, like @, ` or %", "put the whole value in quotes")
    } else if has("anchor") || has("alias") {
        ("a value starting with * or & is read as a YAML reference", "put the whole value in quotes")
    } else if has("tag") {
        ("a value starting with ! is read as a YAML tag", "put the whole value in quotes")
    } else if has("duplicate") {
        ("a key is written twice", "keep one of the two lines")
    } else {
        ("this line cannot be read as front matter", "check its indentation (spaces, not tabs) and its quotes; put text containing ': ' in quotes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_errors_name_what_the_value_must_be() {
        assert_eq!(type_error("invalid type: string \"first\", expected i64"), ("a whole number".into(), "the text \"first\"".into()));
        assert_eq!(type_error("invalid value: integer `300`, expected u8"), ("a whole number from 0 to 255".into(), "the number 300".into()));
        assert_eq!(type_error("invalid type: sequence, expected a string"), ("text".into(), "a list".into()));
        assert_eq!(type_error("invalid type: string \"yes\", expected a boolean"), ("true or false".into(), "the text \"yes\"".into()));
        assert_eq!(type_error("invalid type: map, expected a sequence"), ("a list, like [a, b]".into(), "a map".into()));
    }

    #[test]
    fn no_parser_wording_is_passed_on() {
        for message in [
            "found unexpected end of stream, while scanning a quoted scalar",
            "mapping values are not allowed in this context",
            "did not find expected ',' or ']', while parsing a flow sequence",
            "could not find expected ':', while scanning a simple key",
            "did not find expected key, while parsing a block mapping",
            "found character that cannot start any token, while scanning for the next token",
            "something new in a later version",
        ] {
            let (what, hint) = syntax(message);
            for parser_word in ["scanning", "scalar", "parsing", "token", "mapping values", "expected"] {
                assert!(!what.contains(parser_word) && !hint.contains(parser_word), "{message}: {what} - {hint}");
            }
        }
    }
}
