//! One JSON text of a feed, a file's or an API page's: a single service, a list page (3.0's
//! `{"total_items": ..., "contents": [...]}` or 1.0's `{"totalElements": ..., "content":
//! [...]}`) or a plain array, read a record at a time, each with its JSON pointer, with what
//! a list page's header says of the pages after it.
//!
//! The text is read from a stream and each record is handed on as soon as it is read, so a
//! feed of any size holds one record's JSON at a time, not the file's.

use std::fmt;
use std::io::BufRead;
use std::path::Path;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::diag::{Diagnostic, Pos};

/// What a list page's header says of the pages after it: ORUK 3.0's `total_pages` and
/// `last_page`, or 1.0's `totalPages` and `last`. Each is `None` when the page does not
/// say, as a plain array or a single service does not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Paging {
    pub total_pages: Option<u64>,
    pub last: Option<bool>,
}

impl Paging {
    fn of(header: &Map<String, Value>) -> Self {
        let number = |keys: [&str; 2]| keys.iter().find_map(|k| header.get(*k).and_then(Value::as_u64));
        let flag = |keys: [&str; 2]| keys.iter().find_map(|k| header.get(*k).and_then(Value::as_bool));
        Paging { total_pages: number(["total_pages", "totalPages"]), last: flag(["last_page", "last"]) }
    }
}

/// Hands each record of one JSON text to `each` with its pointer (`/contents/41`, `/3`, or
/// empty for a single service), in order, and returns the paging its header gives; or
/// where the text is not JSON, or not a feed's. A list page's records are those of its
/// first `contents` (3.0) or `content` (1.0) array.
pub fn read(file: &Path, mut reader: impl BufRead, each: &mut dyn FnMut(Value, String)) -> Result<Paging, Diagnostic> {
    let not_json = |err: serde_json::Error| {
        if err.is_io() {
            return Diagnostic::error(file, Pos::START, format!("cannot read the source: {err}"), "give a JSON file, a folder, or an http(s) address");
        }
        let message = err.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        Diagnostic::error(file, Pos::new(err.line().max(1), err.column().max(1)), format!("this is not JSON: {message}"), "export the feed again; a file cut short or edited by hand is often the cause")
    };
    let start = reader.fill_buf().map_err(|err| not_json(serde_json::Error::io(err)))?;
    if start.starts_with("\u{feff}".as_bytes()) {
        reader.consume(3);
    }
    let mut json = serde_json::Deserializer::from_reader(reader);
    let found = (&mut json).deserialize_any(Top { each }).map_err(not_json)?;
    json.end().map_err(not_json)?;
    match found {
        Found::List(header) => Ok(Paging::of(&header)),
        Found::Records => Ok(Paging::default()),
        Found::Other => Err(Diagnostic::error(file, Pos::START, "this JSON is neither a service, a list page nor an array of services", "give a file as the Open Referral API's /services or /services/{id} returns it")),
    }
}

/// What the text was: a list page (with its header), records without a header (an array,
/// a single service), or something else.
enum Found {
    List(Map<String, Value>),
    Records,
    Other,
}

/// The text's top value.
struct Top<'a> {
    each: &'a mut dyn FnMut(Value, String),
}

impl<'de> Visitor<'de> for Top<'_> {
    type Value = Found;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a service, a list page or an array of services")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Found, A::Error> {
        elements(seq, "", self.each)?;
        Ok(Found::Records)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Found, A::Error> {
        let mut fields = Map::new();
        let mut listed = false;
        while let Some(key) = map.next_key::<String>()? {
            if !listed && (key == "contents" || key == "content") {
                match map.next_value_seed(Member { key: &key, each: &mut *self.each })? {
                    Some(value) => {
                        fields.insert(key, value);
                    }
                    None => listed = true,
                }
            } else {
                let value: Value = map.next_value()?;
                fields.insert(key, value);
            }
        }
        if listed {
            return Ok(Found::List(fields));
        }
        (self.each)(Value::Object(fields), String::new());
        Ok(Found::Records)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Found, E> {
        Ok(Found::Other)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Found, E> {
        Ok(Found::Other)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Found, E> {
        Ok(Found::Other)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Found, E> {
        Ok(Found::Other)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Found, E> {
        Ok(Found::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Found, E> {
        Ok(Found::Other)
    }
}

/// The value of a top-level `contents` or `content`: an array's records are handed on
/// (`None`); anything else is kept as a header field.
struct Member<'a> {
    key: &'a str,
    each: &'a mut dyn FnMut(Value, String),
}

impl<'de> DeserializeSeed<'de> for Member<'_> {
    type Value = Option<Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<Value>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Member<'_> {
    type Value = Option<Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Option<Value>, A::Error> {
        elements(seq, &format!("/{}", self.key), self.each)?;
        Ok(None)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<Value>, A::Error> {
        Value::deserialize(de::value::MapAccessDeserializer::new(map)).map(Some)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<Value>, E> {
        Ok(Some(Value::Bool(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<Value>, E> {
        Ok(Some(Value::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<Value>, E> {
        Ok(Some(Value::from(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<Value>, E> {
        Ok(Some(Value::from(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<Value>, E> {
        Ok(Some(Value::from(v)))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Option<Value>, E> {
        Ok(Some(Value::String(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<Value>, E> {
        Ok(Some(Value::Null))
    }
}

fn elements<'de, A: SeqAccess<'de>>(mut seq: A, base: &str, each: &mut dyn FnMut(Value, String)) -> Result<(), A::Error> {
    let mut i = 0usize;
    while let Some(value) = seq.next_element::<Value>()? {
        each(value, format!("{base}/{i}"));
        i += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Result<(Vec<String>, Paging), Diagnostic> {
        let mut pointers = Vec::new();
        let paging = read(Path::new("page.json"), text.as_bytes(), &mut |_, pointer| pointers.push(pointer))?;
        Ok((pointers, paging))
    }

    #[test]
    fn both_headers_give_their_paging_and_records_keep_their_pointers() {
        let v3 = r#"{"total_items": 3, "total_pages": 3, "page_number": 1, "last_page": false, "contents": [{"id": "a"}]}"#;
        assert_eq!(read_text(v3).unwrap(), (vec!["/contents/0".to_string()], Paging { total_pages: Some(3), last: Some(false) }));
        let v1 = r#"{"totalElements": 2, "content": [{"id": 1}, {"id": 2}], "totalPages": 2, "number": 2, "first": false, "last": true}"#;
        assert_eq!(read_text(v1).unwrap(), (vec!["/content/0".to_string(), "/content/1".to_string()], Paging { total_pages: Some(2), last: Some(true) }));
        assert_eq!(read_text("\u{feff}[{\"id\": 1}]").unwrap(), (vec!["/0".to_string()], Paging::default()));
        assert_eq!(read_text(r#"{"id": 1, "name": "One"}"#).unwrap(), (vec![String::new()], Paging::default()));
    }

    #[test]
    fn a_service_is_handed_on_whole_with_a_contents_field_that_is_not_a_list() {
        let mut records = Vec::new();
        read(Path::new("one.json"), r#"{"id": "a", "contents": "text", "n": [1, 2.5, null, true, {"x": "y"}]}"#.as_bytes(), &mut |value, pointer| records.push((value, pointer))).unwrap();
        assert_eq!(records, vec![(serde_json::json!({"id": "a", "contents": "text", "n": [1, 2.5, null, true, {"x": "y"}]}), String::new())]);
    }

    #[test]
    fn text_that_is_not_json_is_an_error_at_its_line_and_column() {
        let err = read_text("{\n  \"contents\": [,]\n}").expect_err("an error");
        assert_eq!(err.to_string(), "page.json:2:16: this is not JSON: expected value - export the feed again; a file cut short or edited by hand is often the cause");
        let err = read_text("[{}] x").expect_err("an error");
        assert!(err.to_string().starts_with("page.json:1:6: this is not JSON: trailing characters"), "{err}");
        let err = read_text("42").expect_err("an error");
        assert!(err.to_string().starts_with("page.json:1:1: this JSON is neither a service"), "{err}");
    }
}
