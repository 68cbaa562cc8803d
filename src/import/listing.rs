//! One JSON text of a feed, a file's or an API page's: a single service, a list page (3.0's
//! `{"total_items": ..., "contents": [...]}` or 1.0's `{"totalElements": ..., "content":
//! [...]}`) or a plain array, read into records that keep their JSON pointers, with what
//! a list page's header says of the pages after it.

use std::path::Path;
use std::sync::Arc;

use serde_json::Value;

use super::record::{Item, Origin, Place};
use crate::diag::{Diagnostic, Pos};

/// The records of one JSON text, or where it is not JSON.
pub fn parse(file: &Path, text: String) -> Result<Vec<Item>, Diagnostic> {
    parse_page(file, text).map(|(items, _)| items)
}

/// What a list page's header says of the pages after it: ORUK 3.0's `total_pages` and
/// `last_page`, or 1.0's `totalPages` and `last`. Each is `None` when the page does not
/// say, as a plain array or a single service does not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Paging {
    pub total_pages: Option<u64>,
    pub last: Option<bool>,
}

impl Paging {
    fn of(header: &serde_json::Map<String, Value>) -> Self {
        let number = |keys: [&str; 2]| keys.iter().find_map(|k| header.get(*k).and_then(Value::as_u64));
        let flag = |keys: [&str; 2]| keys.iter().find_map(|k| header.get(*k).and_then(Value::as_bool));
        Paging { total_pages: number(["total_pages", "totalPages"]), last: flag(["last_page", "last"]) }
    }
}

/// The records of one JSON text and the paging its header gives, or where it is not JSON.
pub fn parse_page(file: &Path, text: String) -> Result<(Vec<Item>, Paging), Diagnostic> {
    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
    let value: Value = serde_json::from_str(&text).map_err(|err| {
        let message = err.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        Diagnostic::error(file, Pos::new(err.line().max(1), err.column().max(1)), format!("this is not JSON: {message}"), "export the feed again; a file cut short or edited by hand is often the cause")
    })?;
    let (records, base, paging) = match value {
        Value::Object(mut map) => match ["contents", "content"].into_iter().find(|key| map.get(*key).is_some_and(Value::is_array)) {
            Some(key) => {
                let paging = Paging::of(&map);
                let Some(Value::Array(records)) = map.remove(key) else { unreachable!("checked to be an array") };
                (records, format!("/{key}"), paging)
            }
            None => {
                let item = Item { value: Value::Object(map), origin: Origin { source: Arc::new(Place::Json { file: file.to_path_buf(), text }), pointer: String::new() } };
                return Ok((vec![item], Paging::default()));
            }
        },
        Value::Array(records) => (records, String::new(), Paging::default()),
        _ => return Err(Diagnostic::error(file, Pos::START, "this JSON is neither a service, a list page nor an array of services", "give a file as the Open Referral API's /services or /services/{id} returns it")),
    };
    let source = Arc::new(Place::Json { file: file.to_path_buf(), text });
    let items = records.into_iter().enumerate().map(|(i, value)| Item { value, origin: Origin { source: Arc::clone(&source), pointer: format!("{base}/{i}") } }).collect();
    Ok((items, paging))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Vec<String>, Paging) {
        let (items, paging) = parse_page(Path::new("page.json"), text.to_string()).unwrap();
        (items.iter().map(|item| item.origin.pointer.clone()).collect(), paging)
    }

    #[test]
    fn both_headers_give_their_paging_and_records_keep_their_pointers() {
        let v3 = r#"{"total_items": 3, "total_pages": 3, "page_number": 1, "last_page": false, "contents": [{"id": "a"}]}"#;
        assert_eq!(read(v3), (vec!["/contents/0".to_string()], Paging { total_pages: Some(3), last: Some(false) }));
        let v1 = r#"{"totalElements": 2, "totalPages": 2, "number": 2, "first": false, "last": true, "content": [{"id": 1}, {"id": 2}]}"#;
        assert_eq!(read(v1), (vec!["/content/0".to_string(), "/content/1".to_string()], Paging { total_pages: Some(2), last: Some(true) }));
        assert_eq!(read(r#"[{"id": 1}]"#), (vec!["/0".to_string()], Paging::default()));
        assert_eq!(read(r#"{"id": 1, "name": "One"}"#), (vec![String::new()], Paging::default()));
    }

    #[test]
    fn text_that_is_not_json_is_an_error_at_its_line_and_column() {
        let err = parse_page(Path::new("page.json"), "{\n  \"contents\": [,]\n}".to_string()).err().expect("an error");
        assert_eq!(err.to_string(), "page.json:2:16: this is not JSON: expected value - export the feed again; a file cut short or edited by hand is often the cause");
    }
}
