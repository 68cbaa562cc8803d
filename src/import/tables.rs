//! HSDS tables: a folder with one CSV per object (`services.csv`, `organizations.csv`,
//! `phones.csv`...), joined by ids, as councils exchange them as spreadsheets. Each
//! service is put together into the JSON a 3.0 feed would send, so one reader checks
//! both, and each value remembers its file, row and column for errors.
//!
//! Every foreign key is checked first: a row that names a service, a contact or a location
//! that no table has is an error at its row and column, and nothing is imported.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{Map, Value};

use super::record::{Cell, Item, Origin, Place};
use crate::diag::{Diagnostics, Pos};

/// One table: its rows, each with its line in the file.
struct Table {
    file: PathBuf,
    rows: Vec<Row>,
}

struct Row {
    line: usize,
    fields: Vec<(String, String)>,
}

impl Row {
    fn get(&self, column: &str) -> Option<&str> {
        self.fields.iter().find(|(c, _)| c == column).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
    }
}

/// Columns whose values are numbers in the JSON.
const NUMBERS: &[&str] = &["minimum_age", "maximum_age", "amount", "latitude", "longitude", "interval", "count"];

/// Columns that join rows, left out of the objects they join.
const JOINS: &[&str] = &["service_id", "organization_id", "contact_id", "location_id", "service_at_location_id", "link_id", "phone_id"];

pub fn read(folder: &Path, shown: &Path) -> Result<Vec<Item>, Diagnostics> {
    let mut errors = Diagnostics::new();
    let mut load = |names: &[&str]| -> Table {
        let Some(name) = names.iter().find(|n| folder.join(n).is_file()) else {
            return Table { file: shown.join(names[0]), rows: Vec::new() };
        };
        let file = shown.join(name);
        match table(&folder.join(name), &file) {
            Ok(rows) => Table { file, rows },
            Err((pos, message)) => {
                errors.error(&file, pos, message, "save the table again as CSV (UTF-8, comma-separated, a header row)");
                Table { file, rows: Vec::new() }
            }
        }
    };
    let services = load(&["services.csv"]);
    let organizations = load(&["organizations.csv", "organization.csv"]);
    let contacts = load(&["contacts.csv", "contact.csv"]);
    let phones = load(&["phones.csv", "phone.csv"]);
    let schedules = load(&["schedules.csv", "schedule.csv"]);
    let costs = load(&["cost_options.csv", "cost_option.csv"]);
    let languages = load(&["languages.csv", "language.csv"]);
    let at_locations = load(&["service_at_locations.csv", "service_at_location.csv"]);
    let locations = load(&["locations.csv", "location.csv"]);
    let addresses = load(&["addresses.csv", "address.csv"]);
    let accessibility = load(&["accessibility.csv", "accessibility_for_disabilities.csv"]);
    let attributes = load(&["attributes.csv", "attribute.csv"]);
    let terms = load(&["taxonomy_terms.csv", "taxonomy_term.csv"]);
    if errors.has_errors() {
        return Err(errors);
    }

    // Every foreign key, at its row and column.
    let ids = |table: &Table| -> Vec<String> { table.rows.iter().filter_map(|r| r.get("id").map(str::to_string)).collect() };
    let keys: [(&Table, &str, &Table); 12] = [
        (&services, "organization_id", &organizations),
        (&contacts, "service_id", &services),
        (&phones, "contact_id", &contacts),
        (&phones, "service_id", &services),
        (&schedules, "service_id", &services),
        (&schedules, "service_at_location_id", &at_locations),
        (&costs, "service_id", &services),
        (&languages, "service_id", &services),
        (&at_locations, "service_id", &services),
        (&at_locations, "location_id", &locations),
        (&addresses, "location_id", &locations),
        (&accessibility, "location_id", &locations),
    ];
    for (table, column, target) in keys {
        let known = ids(target);
        for row in &table.rows {
            if let Some(value) = row.get(column).filter(|v| !known.iter().any(|k| k == v)) {
                let message = format!("column {column}: '{value}' is no id in {}", target.file.file_name().unwrap_or_default().to_string_lossy());
                errors.error(&table.file, Pos::new(row.line, 1), message, "correct the id, or add the row it points to");
            }
        }
    }
    let term_ids = ids(&terms);
    for row in &attributes.rows {
        if let Some(value) = row.get("taxonomy_term_id").filter(|v| !term_ids.iter().any(|k| k == v)) {
            errors.error(&attributes.file, Pos::new(row.line, 1), format!("column taxonomy_term_id: '{value}' is no id in {}", terms.file.file_name().unwrap_or_default().to_string_lossy()), "correct the id, or add the term");
        }
    }
    if errors.has_errors() {
        return Err(errors);
    }

    let mut cells: HashMap<String, Cell> = HashMap::new();
    let mut records: Vec<Value> = Vec::new();
    for (i, service) in services.rows.iter().enumerate() {
        let base = format!("/{i}");
        let mut record = object(&services, service, &base, &mut cells);
        let id = service.get("id").unwrap_or_default();
        if let Some(org) = service.get("organization_id").and_then(|o| organizations.rows.iter().find(|r| r.get("id") == Some(o))) {
            record.insert("organization".into(), Value::Object(object(&organizations, org, &format!("{base}/organization"), &mut cells)));
        }
        let list = |key: &str, table: &Table, rows: Vec<&Row>, cells: &mut HashMap<String, Cell>, record: &mut Map<String, Value>| {
            let items: Vec<Value> = rows.iter().enumerate().map(|(k, row)| Value::Object(object(table, row, &format!("{base}/{key}/{k}"), cells))).collect();
            if !items.is_empty() {
                record.insert(key.into(), Value::Array(items));
            }
        };
        list("phones", &phones, children(&phones, "service_id", id), &mut cells, &mut record);
        let service_contacts = children(&contacts, "service_id", id);
        let mut contact_items = Vec::new();
        for (c, contact) in service_contacts.iter().enumerate() {
            let at = format!("{base}/contacts/{c}");
            let mut item = object(&contacts, contact, &at, &mut cells);
            let numbers: Vec<Value> = children(&phones, "contact_id", contact.get("id").unwrap_or_default()).iter().enumerate().map(|(k, p)| Value::Object(object(&phones, p, &format!("{at}/phones/{k}"), &mut cells))).collect();
            if !numbers.is_empty() {
                item.insert("phones".into(), Value::Array(numbers));
            }
            contact_items.push(Value::Object(item));
        }
        if !contact_items.is_empty() {
            record.insert("contacts".into(), Value::Array(contact_items));
        }
        list("schedules", &schedules, children(&schedules, "service_id", id), &mut cells, &mut record);
        list("cost_options", &costs, children(&costs, "service_id", id), &mut cells, &mut record);
        list("languages", &languages, children(&languages, "service_id", id), &mut cells, &mut record);
        let attached: Vec<&Row> = attributes.rows.iter().filter(|a| a.get("link_id") == Some(id) && a.get("link_type").is_none_or(|t| t == "service")).collect();
        let mut attribute_items = Vec::new();
        for (k, attribute) in attached.iter().enumerate() {
            let at = format!("{base}/attributes/{k}");
            let mut item = object(&attributes, attribute, &at, &mut cells);
            if let Some(term) = attribute.get("taxonomy_term_id").and_then(|t| terms.rows.iter().find(|r| r.get("id") == Some(t))) {
                item.insert("taxonomy_term".into(), Value::Object(object(&terms, term, &format!("{at}/taxonomy_term"), &mut cells)));
            }
            attribute_items.push(Value::Object(item));
        }
        if !attribute_items.is_empty() {
            record.insert("attributes".into(), Value::Array(attribute_items));
        }
        let mut places = Vec::new();
        for (k, link) in children(&at_locations, "service_id", id).iter().enumerate() {
            let at = format!("{base}/service_at_locations/{k}");
            let mut place = object(&at_locations, link, &at, &mut cells);
            if let Some(location) = link.get("location_id").and_then(|l| locations.rows.iter().find(|r| r.get("id") == Some(l))) {
                let loc_at = format!("{at}/location");
                let mut held = object(&locations, location, &loc_at, &mut cells);
                let location_id = location.get("id").unwrap_or_default();
                for (key, table) in [("addresses", &addresses), ("accessibility", &accessibility)] {
                    let items: Vec<Value> = children(table, "location_id", location_id).iter().enumerate().map(|(n, r)| Value::Object(object(table, r, &format!("{loc_at}/{key}/{n}"), &mut cells))).collect();
                    if !items.is_empty() {
                        held.insert(key.into(), Value::Array(items));
                    }
                }
                place.insert("location".into(), Value::Object(held));
            }
            places.push(Value::Object(place));
        }
        if !places.is_empty() {
            record.insert("service_at_locations".into(), Value::Array(places));
        }
        records.push(Value::Object(record));
    }
    let source = Arc::new(Place::Table { cells });
    Ok(records.into_iter().enumerate().map(|(i, value)| Item { value, origin: Origin { source: Arc::clone(&source), pointer: format!("/{i}") } }).collect())
}

/// The rows of `table` whose `column` is `value`.
fn children<'t>(table: &'t Table, column: &str, value: &str) -> Vec<&'t Row> {
    table.rows.iter().filter(|r| r.get(column) == Some(value)).collect()
}

/// A row as a JSON object (join columns left out), each value's cell remembered.
fn object(table: &Table, row: &Row, at: &str, cells: &mut HashMap<String, Cell>) -> Map<String, Value> {
    let mut map = Map::new();
    cells.insert(at.to_string(), Cell { file: table.file.clone(), line: row.line, column: "id".into() });
    for (column, value) in &row.fields {
        let value = value.trim();
        if value.is_empty() || JOINS.contains(&column.as_str()) {
            continue;
        }
        let number = NUMBERS.contains(&column.as_str()).then(|| value.parse::<u64>().map(Value::from).ok().or_else(|| value.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map(Value::Number))).flatten();
        let json = number.unwrap_or_else(|| Value::String(value.to_string()));
        cells.insert(format!("{at}/{column}"), Cell { file: table.file.clone(), line: row.line, column: column.clone() });
        map.insert(column.clone(), json);
    }
    map
}

/// The rows of one CSV file, or where it cannot be read.
fn table(path: &Path, shown: &Path) -> Result<Vec<Row>, (Pos, String)> {
    let bytes = std::fs::read(path).map_err(|err| (Pos::START, format!("cannot read the table: {err}")))?;
    let text = crate::diag::utf8_text(shown, bytes).map_err(|d| (Pos::new(d.line, d.col), d.message))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().map_err(|err| (Pos::START, format!("the header row cannot be read: {err}")))?.iter().map(|h| h.trim().to_string()).collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|err| {
            let line = err.position().map_or(1, |p| p.line() as usize);
            (Pos::new(line, 1), format!("this row cannot be read: {err}"))
        })?;
        // csv counts the lines before the record's own.
        let line = record.position().map_or(0, |p| p.line() as usize) + 1;
        rows.push(Row { line, fields: headers.iter().cloned().zip(record.iter().map(str::to_string)).collect() });
    }
    Ok(rows)
}
