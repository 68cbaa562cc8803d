//! Finds the value a JSON pointer (RFC 6901) names in JSON text, to give an error its line
//! and column: serde_json's values do not keep where they were written. Only run for
//! errors, so a plain scan of the text is enough.

/// The byte offset of the value at `pointer` in `text`, or of the nearest value above it
/// that exists (a missing `name` is pointed at its record).
pub fn find(text: &str, pointer: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = skip_space(bytes, 0);
    if pointer.is_empty() {
        return Some(at);
    }
    for token in pointer.strip_prefix('/')?.split('/') {
        let token = token.replace("~1", "/").replace("~0", "~");
        match bytes.get(at) {
            Some(b'{') => match member(bytes, at, &token) {
                Some(found) => at = found,
                None => return Some(at),
            },
            Some(b'[') => match token.parse::<usize>().ok().and_then(|n| element(bytes, at, n)) {
                Some(found) => at = found,
                None => return Some(at),
            },
            _ => return Some(at),
        }
    }
    Some(at)
}

fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(|b| b.is_ascii_whitespace()) {
        at += 1;
    }
    at
}

/// The offset just past the JSON value starting at `at`.
fn skip_value(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at) {
        Some(b'"') => skip_string(bytes, at),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut i = at;
            while i < bytes.len() {
                match bytes[i] {
                    b'"' => {
                        i = skip_string(bytes, i);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return i + 1;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            i
        }
        _ => {
            let mut i = at;
            while bytes.get(i).is_some_and(|b| !b",}] \t\r\n".contains(b)) {
                i += 1;
            }
            i
        }
    }
}

fn skip_string(bytes: &[u8], at: usize) -> usize {
    let mut i = at + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// The offset of the value of `key` in the object at `at`.
fn member(bytes: &[u8], at: usize, key: &str) -> Option<usize> {
    let mut i = skip_space(bytes, at + 1);
    while bytes.get(i) == Some(&b'"') {
        let end = skip_string(bytes, i);
        let name: Option<String> = serde_json::from_slice(&bytes[i..end]).ok();
        let value = skip_space(bytes, skip_space(bytes, end) + 1);
        if name.as_deref() == Some(key) {
            return Some(value);
        }
        i = skip_space(bytes, skip_value(bytes, value));
        if bytes.get(i) != Some(&b',') {
            return None;
        }
        i = skip_space(bytes, i + 1);
    }
    None
}

/// The offset of element `n` of the array at `at`.
fn element(bytes: &[u8], at: usize, n: usize) -> Option<usize> {
    let mut i = skip_space(bytes, at + 1);
    if bytes.get(i) == Some(&b']') {
        return None;
    }
    for _ in 0..n {
        i = skip_space(bytes, skip_value(bytes, i));
        if bytes.get(i) != Some(&b',') {
            return None;
        }
        i = skip_space(bytes, i + 1);
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_find_their_values() {
        let text = "{\"a\": [1, {\"b\": \"x,]}\"}, {\"c~/\": null, \"name\": \"N\"}], \"z\": 2}";
        let at = |p: &str| find(text, p).map(|i| &text[i..(i + 3).min(text.len())]);
        assert_eq!(at("/a/1/b"), Some("\"x,"));
        assert_eq!(at("/a/2/name"), Some("\"N\""));
        assert_eq!(at("/a/2/c~0~1"), Some("nul"));
        assert_eq!(at("/z"), Some("2}"));
        // A missing member points at the object that lacks it.
        assert_eq!(at("/a/2/id"), Some("{\"c"));
        assert_eq!(at("/a/9"), Some("[1,"));
    }
}
