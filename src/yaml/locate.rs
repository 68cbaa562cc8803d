//! Where a key or a value is written in YAML text, for errors found after parsing (a
//! category that does not exist, an empty organisation), when the parser no longer knows
//! positions. Comments are never searched: a typo must not be "found" in the comment that
//! lists the choices above its line.

use crate::diag::Pos;

/// The part of `line` before its comment, if any: a `#` at the start or after white space,
/// outside quotes.
fn code_part(line: &str) -> &str {
    let mut quote = None;
    let mut previous = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') if previous.is_whitespace() || "[{,:".contains(previous) => quote = Some(c),
            (None, '#') if previous.is_whitespace() => return &line[..i],
            _ => {}
        }
        previous = c;
    }
    line
}

/// The lines of `text`, numbered from 1, each cut at its comment.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, line)| (i + 1, code_part(line)))
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// The byte offsets in `code` where `needle` stands as a whole token, not inside a word.
fn token_at(code: &str, needle: &str, from: usize) -> Option<usize> {
    let mut start = from;
    while let Some(i) = code.get(start..)?.find(needle).map(|i| start + i) {
        let before = code[..i].chars().next_back();
        let after = code[i + needle.len()..].chars().next();
        let starts = before.is_none_or(|c| !is_word(c)) || !needle.starts_with(is_word);
        let ends = after.is_none_or(|c| !is_word(c)) || !needle.ends_with(is_word);
        if starts && ends {
            return Some(i);
        }
        start = i + needle.len().max(1);
    }
    None
}

fn pos(line_no: usize, line: &str, offset: usize) -> Pos {
    Pos::new(line_no, line[..offset].chars().count() + 1)
}

/// Where `key` is written as a key (`key:` on its line, after `- `, or inside `{ }`),
/// outside comments.
pub fn key_pos(text: &str, key: &str) -> Option<Pos> {
    key_positions(text, key).into_iter().next()
}

/// Every place `key` is written as a key, in order.
pub fn key_positions(text: &str, key: &str) -> Vec<Pos> {
    key_places(text, key).into_iter().map(|(line_no, offset, _)| pos(line_no, text.lines().nth(line_no - 1).unwrap_or_default(), offset)).collect()
}

/// The line of `key`, its byte offset there, and the offset just after its colon.
fn key_place(text: &str, key: &str) -> Option<(usize, usize, usize)> {
    key_places(text, key).into_iter().next()
}

fn key_places(text: &str, key: &str) -> Vec<(usize, usize, usize)> {
    let needle = format!("{key}:");
    let mut found = Vec::new();
    for (line_no, code) in code_lines(text) {
        let mut from = 0;
        while let Some(i) = token_at(code, &needle, from) {
            let after = i + needle.len();
            if code[after..].chars().next().is_none_or(|c| c.is_whitespace() || c == '}' || c == ',') {
                found.push((line_no, i, after));
            }
            from = after;
        }
    }
    found
}

/// Where `value` is written as the value of `key`, or as an item of its list or map: on
/// the key's line after the colon, or on the lines below it that belong to it (indented
/// further, or list items at its own indentation). Outside comments; `None` when it is
/// not there.
pub fn value_pos(text: &str, key: &str, value: &str) -> Option<Pos> {
    value_positions(text, key, value).into_iter().next()
}

/// Every place of [`value_pos`], in order: the second is where a repeated entry is.
pub fn value_positions(text: &str, key: &str, value: &str) -> Vec<Pos> {
    let value = value.trim();
    let Some((key_line, key_offset, after)) = key_place(text, key).filter(|_| !value.is_empty()) else { return Vec::new() };
    let mut found = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let key_text = lines[key_line - 1];
    let own = code_part(key_text);
    let mut from = after;
    while let Some(i) = token_at(own, value, from) {
        found.push(pos(key_line, key_text, i));
        from = i + value.len();
    }
    // The key's own indentation, where it starts a line (`key:` or `- key:`).
    let indent = key_text.len() - key_text.trim_start().len();
    let starts_line = own[indent..].trim_start_matches("- ").len() == own.len() - key_offset;
    if !starts_line {
        return found;
    }
    for (n, line) in lines.iter().enumerate().skip(key_line) {
        let code = code_part(line);
        if code.trim().is_empty() {
            continue;
        }
        let line_indent = line.len() - line.trim_start().len();
        let belongs = line_indent > indent || (line_indent == indent && code.trim_start().starts_with("- ") && !key_text.trim_start().starts_with("- "));
        if !belongs {
            break;
        }
        let mut from = 0;
        while let Some(i) = token_at(code, value, from) {
            found.push(pos(n + 1, line, i));
            from = i + value.len();
        }
    }
    found
}

/// Where `needle` is first written outside comments.
pub fn text_pos(text: &str, needle: &str) -> Option<Pos> {
    code_lines(text).find_map(|(line_no, code)| code.find(needle).map(|i| pos(line_no, code, i)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVICE: &str = "---
title: Test club
# Any of: advice, early-years, education, health
categories: [early]
organisation: \"\"
needs:
  - all # or sensory-and-physical
# ages: { from: 0, to: 25 }
contact: { phone: 0123, email: a@b }
locations:
  - { name: Hall, postcode: lu1 }
---
";

    #[test]
    fn a_value_is_found_under_its_key_never_in_a_comment() {
        assert_eq!(value_pos(SERVICE, "categories", "early"), Some(Pos::new(4, 14)));
        assert_eq!(value_pos(SERVICE, "needs", "all"), Some(Pos::new(7, 5)));
        assert_eq!(value_pos(SERVICE, "needs", "sensory-and-physical"), None);
        assert_eq!(value_pos(SERVICE, "phone", "0123"), Some(Pos::new(9, 19)));
        assert_eq!(value_pos(SERVICE, "postcode", "lu1"), Some(Pos::new(11, 29)));
        assert_eq!(value_pos(SERVICE, "categories", "health"), None, "only the comment names it");
    }

    #[test]
    fn a_key_is_found_where_it_is_a_key() {
        assert_eq!(key_pos(SERVICE, "organisation"), Some(Pos::new(5, 1)));
        assert_eq!(key_pos(SERVICE, "ages"), None, "commented out");
        assert_eq!(key_pos(SERVICE, "email"), Some(Pos::new(9, 25)));
        assert_eq!(key_pos(SERVICE, "name"), Some(Pos::new(11, 7)));
        assert_eq!(key_pos("title: a # note: b\n", "note"), None);
    }

    #[test]
    fn a_hash_inside_quotes_or_a_word_is_not_a_comment() {
        assert_eq!(code_part("title: \"No # here\" # but here"), "title: \"No # here\" ");
        assert_eq!(code_part("website: https://example.org/#top"), "website: https://example.org/#top");
        assert_eq!(text_pos("# 2025-02-30\nupdated: 2025-02-30\n", "2025-02-30"), Some(Pos::new(2, 10)));
    }

    #[test]
    fn a_repeated_entry_is_found_in_its_own_list() {
        let site = "topics:\n  - { id: health, name: Health }\n  - { id: health, name: Again }\ndirectory:\n  categories:\n    - { id: health, name: Health }\n    - { id: health, name: Twice }\n";
        assert_eq!(value_positions(site, "topics", "id: health"), [Pos::new(2, 7), Pos::new(3, 7)]);
        assert_eq!(value_positions(site, "categories", "id: health"), [Pos::new(6, 9), Pos::new(7, 9)]);
    }

    #[test]
    fn a_value_stops_at_the_next_key() {
        let text = "topics:\n  - transport\naliases: [/old/]\n";
        assert_eq!(value_pos(text, "topics", "transport"), Some(Pos::new(2, 5)));
        assert_eq!(value_pos(text, "topics", "/old/"), None);
        assert_eq!(value_pos("topics:\n- transport\n", "topics", "transport"), Some(Pos::new(2, 3)));
    }
}
