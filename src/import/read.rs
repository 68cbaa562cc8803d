//! One service of a feed, as JSON, into a [`Record`]: the fields of ORUK 3.0 and of the
//! older 1.0 read side by side, so no flag says which a feed is. Every value is checked
//! (ids, names, dates, emails, web addresses, phones, ages) and each problem is kept with
//! its JSON pointer; nothing stops at the first.

use serde_json::{Map, Value};

use super::hours::{self, Schedule};
use super::record::{Origin, Problem, Record, Shape, Term};
use crate::directory::fields::{is_email, is_uk_phone, is_uk_postcode, is_web_address, MAX_AGE};
use crate::directory::{Cost, Location};

/// The record, or every problem found in it.
pub fn record(value: &Value, origin: Origin) -> Result<Record, Vec<Problem>> {
    let base = origin.pointer.clone();
    let mut read = Reader { base: &base, problems: Vec::new() };
    let Some(object) = value.as_object() else {
        return Err(vec![read.problem("", "this is not a service record (a JSON object)", "each service of a feed is an object with an id and a name")]);
    };
    let id = read.id(object);
    let name = read.required_text(object, "name", "write the service's name in the source system, then export again");
    read.dates(value, "");
    let organisation = object.get("organization").and_then(|o| o.get("name")).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
    if organisation.is_none() {
        read.problems.push(Problem { pointer: format!("{base}/organization/name"), message: "the service names no organisation".into(), hint: "give the service its organisation in the source system: every service in the directory says who runs it".into() });
    }
    let mut adjusted = Vec::new();
    let website = read.checked(object, "url", is_web_address, "is not a web address", "write the whole address, starting with https://");
    let email = read.checked(object, "email", is_email, "is not an email address", "write it like name@example.org").or_else(|| read.contact_email(object));
    let phones = read.phones(object);
    if phones.len() > 1 {
        adjusted.push("phones after the first left out (a service has one phone)");
    }
    let ages = read.ages(object, &mut adjusted);
    let locations = locations(value, &mut adjusted);
    let inactive = object.get("status").and_then(Value::as_str).filter(|s| !s.eq_ignore_ascii_case("active")).map(str::to_string);
    if !read.problems.is_empty() {
        return Err(read.problems);
    }
    Ok(Record {
        shape: shape(value),
        id,
        name,
        description: text(object, "description").unwrap_or_default(),
        organisation: organisation.unwrap_or_default().to_string(),
        website,
        email,
        phones,
        ages,
        cost: cost(value),
        languages: languages(value),
        hours: hours::hours(&schedules(value).iter().map(|s| Schedule::read(s)).collect::<Vec<_>>()),
        locations,
        accessibility: accessibility(value),
        terms: terms(value),
        inactive,
        adjusted,
        origin,
    })
}

struct Reader<'a> {
    base: &'a str,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    fn problem(&self, at: &str, message: impl Into<String>, hint: impl Into<String>) -> Problem {
        Problem { pointer: format!("{}{at}", self.base), message: message.into(), hint: hint.into() }
    }

    fn push(&mut self, at: &str, message: impl Into<String>, hint: impl Into<String>) {
        let problem = self.problem(at, message, hint);
        self.problems.push(problem);
    }

    /// The id as text: a string, or a number as older feeds write them.
    fn id(&mut self, object: &Map<String, Value>) -> String {
        match object.get("id") {
            Some(Value::String(id)) if is_id(id) => id.trim().to_string(),
            Some(Value::Number(n)) => n.to_string(),
            Some(_) => {
                self.push("/id", "the id is not an id", "an id is text without spaces, like a UUID");
                String::new()
            }
            None => {
                self.push("", "the record has no id", "export the feed with each service's id: it finds the service's page again on the next import");
                String::new()
            }
        }
    }

    fn required_text(&mut self, object: &Map<String, Value>, key: &str, hint: &str) -> String {
        match text(object, key) {
            Some(value) => value,
            None => {
                let at = if object.contains_key(key) { format!("/{key}") } else { String::new() };
                self.push(&at, format!("the record has no {key}"), hint);
                String::new()
            }
        }
    }

    fn checked(&mut self, object: &Map<String, Value>, key: &str, good: fn(&str) -> bool, what: &str, hint: &str) -> Option<String> {
        let value = text(object, key)?;
        if good(&value) {
            return Some(value);
        }
        self.push(&format!("/{key}"), format!("'{value}' {what}"), hint);
        None
    }

    fn contact_email(&mut self, object: &Map<String, Value>) -> Option<String> {
        let contacts = object.get("contacts").and_then(Value::as_array)?;
        for (i, contact) in contacts.iter().enumerate() {
            if let Some(email) = contact.as_object().and_then(|c| text(c, "email")) {
                if is_email(&email) {
                    return Some(email);
                }
                self.push(&format!("/contacts/{i}/email"), format!("'{email}' is not an email address"), "write it like name@example.org");
            }
        }
        None
    }

    /// The service's phones (3.0), then its contacts' phones (1.0 and 3.0).
    fn phones(&mut self, object: &Map<String, Value>) -> Vec<String> {
        let mut found: Vec<(String, &Value)> = Vec::new();
        fn items(value: Option<&Value>) -> &[Value] {
            value.and_then(Value::as_array).map_or(&[], Vec::as_slice)
        }
        for (i, phone) in items(object.get("phones")).iter().enumerate() {
            found.push((format!("/phones/{i}/number"), phone));
        }
        for (c, contact) in items(object.get("contacts")).iter().enumerate() {
            for (i, phone) in items(contact.get("phones")).iter().enumerate() {
                found.push((format!("/contacts/{c}/phones/{i}/number"), phone));
            }
        }
        let mut phones: Vec<String> = Vec::new();
        for (at, phone) in found {
            let Some(number) = phone.get("number").and_then(Value::as_str) else { continue };
            // Spreadsheets quote a number to keep its leading 0 or +.
            let number = number.trim().trim_matches(['"', '\'']).trim().to_string();
            if number.is_empty() {
                continue;
            }
            if !is_uk_phone(&number) {
                self.push(&at, format!("'{number}' is not a UK phone number"), "write all its digits, starting with 0 or +44, like 01632 960123");
            } else if !phones.contains(&number) {
                phones.push(number);
            }
        }
        phones
    }

    /// `minimum_age`/`maximum_age` (3.0), or the widest of the `eligibilitys` (1.0).
    fn ages(&mut self, object: &Map<String, Value>, adjusted: &mut Vec<&'static str>) -> Option<(u8, u8)> {
        let mut pairs: Vec<(String, Option<u64>, Option<u64>)> = Vec::new();
        let age = |at: String, value: Option<&Value>, problems: &mut Vec<Problem>| -> Option<u64> {
            let value = value.filter(|v| !v.is_null())?;
            let number = value.as_u64().or_else(|| value.as_f64().filter(|f| f.fract() == 0.0 && *f >= 0.0).map(|f| f as u64)).or_else(|| value.as_str().and_then(|s| s.trim().parse().ok()));
            if number.is_none() {
                problems.push(Problem { pointer: format!("{}{at}", self.base), message: format!("{value} is not an age"), hint: "write a whole number of years".into() });
            }
            number
        };
        let min = age("/minimum_age".into(), object.get("minimum_age"), &mut self.problems);
        let max = age("/maximum_age".into(), object.get("maximum_age"), &mut self.problems);
        pairs.push((String::new(), min, max));
        for (i, e) in object.get("eligibilitys").and_then(Value::as_array).into_iter().flatten().enumerate() {
            let min = age(format!("/eligibilitys/{i}/minimum_age"), e.get("minimum_age"), &mut self.problems);
            let max = age(format!("/eligibilitys/{i}/maximum_age"), e.get("maximum_age"), &mut self.problems);
            pairs.push((format!("/eligibilitys/{i}"), min, max));
        }
        let min = pairs.iter().filter_map(|p| p.1).min();
        let max = pairs.iter().filter_map(|p| p.2).max();
        if min.is_none() && max.is_none() {
            return None;
        }
        let (from, to) = (min.unwrap_or(0), max.unwrap_or(u64::from(MAX_AGE)));
        if from > to {
            self.push("/minimum_age", format!("the ages run backwards: {from} to {to}"), "give the youngest age first in the source system");
            return None;
        }
        if from > u64::from(MAX_AGE) {
            self.push("/minimum_age", format!("the service starts at age {from}, past the Local Offer's 0 to {MAX_AGE}"), "leave it out of the import (--skip-invalid), or correct its ages");
            return None;
        }
        if to > u64::from(MAX_AGE) {
            adjusted.push("maximum_age above 25 written as 25, the oldest age the Local Offer covers");
        }
        Some((from as u8, to.min(u64::from(MAX_AGE)) as u8))
    }

    /// Every date of the record: a date that is not one is an error where it is written.
    fn dates(&mut self, value: &Value, at: &str) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    let here = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                    match (DATE_KEYS.contains(&key.as_str()), DATE_TIME_KEYS.contains(&key.as_str()), v) {
                        (true, _, Value::String(s)) if !s.trim().is_empty() && !is_date(s) => self.push(&here, format!("'{s}' is not a date"), "write it as year-month-day, like 2025-03-01"),
                        (_, true, Value::String(s)) if !s.trim().is_empty() && !is_date_time(s) => self.push(&here, format!("'{s}' is not a date and time"), "write it like 2025-03-01T09:30:00Z"),
                        _ => self.dates(v, &here),
                    }
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    self.dates(v, &format!("{at}/{i}"));
                }
            }
            _ => {}
        }
    }
}

const DATE_KEYS: &[&str] = &["assured_date", "valid_from", "valid_to", "dtstart", "until", "start_date", "end_date", "closes_on", "opens_on"];
const DATE_TIME_KEYS: &[&str] = &["last_modified"];

fn is_date(text: &str) -> bool {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").is_ok() || is_date_time(text)
}

fn is_date_time(text: &str) -> bool {
    let text = text.trim();
    chrono::DateTime::parse_from_rfc3339(text).is_ok() || chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f").is_ok() || chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
}

fn is_id(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && text.len() <= 200 && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A text field, trimmed, if it says anything.
fn text(object: &Map<String, Value>, key: &str) -> Option<String> {
    object.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

fn list<'v>(value: &'v Value, key: &str) -> &'v [Value] {
    value.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn shape(value: &Value) -> Shape {
    let older = ["regular_schedules", "service_taxonomys", "eligibilitys", "holiday_schedules"].iter().any(|k| value.get(k).is_some())
        || list(value, "service_at_locations").iter().any(|s| s.get("location").and_then(|l| l.get("physical_addresses")).is_some());
    if older {
        Shape::V1
    } else {
        Shape::V3
    }
}

fn schedules(value: &Value) -> Vec<&Value> {
    let mut all: Vec<&Value> = list(value, "schedules").iter().chain(list(value, "regular_schedules")).collect();
    for place in list(value, "service_at_locations") {
        all.extend(list(place, "schedules").iter().chain(list(place, "regular_schedules")));
    }
    all
}

fn languages(value: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for language in list(value, "languages") {
        let name = ["name", "language", "code"].iter().find_map(|k| language.get(*k).and_then(Value::as_str)).map(str::trim).filter(|s| !s.is_empty());
        if let Some(name) = name.filter(|n| !names.iter().any(|m| m == n)) {
            names.push(name.to_string());
        }
    }
    names
}

/// Free when the source says so or the amount is 0; paid when it names an amount or a
/// charge; mixed when its options are both. Nothing when it does not say.
fn cost(value: &Value) -> Option<Cost> {
    let mut found: Vec<Cost> = Vec::new();
    for option in list(value, "cost_options") {
        let amount = option.get("amount").and_then(|a| a.as_f64().or_else(|| a.as_str().and_then(|s| s.trim().trim_start_matches('£').parse().ok())));
        let words = ["option", "amount_description"].iter().filter_map(|k| option.get(*k).and_then(Value::as_str)).collect::<Vec<_>>().join(" ");
        let said = match amount {
            Some(0.0) => Some(Cost::Free),
            Some(_) => Some(if cost_in_words(&words) == Some(Cost::Free) { Cost::Mixed } else { Cost::Paid }),
            None => cost_in_words(&words),
        };
        found.extend(said);
    }
    if found.is_empty() {
        return value.get("fees").and_then(Value::as_str).and_then(cost_in_words);
    }
    let all = |c: Cost| found.iter().all(|f| *f == c);
    Some(if all(Cost::Free) {
        Cost::Free
    } else if all(Cost::Paid) {
        Cost::Paid
    } else {
        Cost::Mixed
    })
}

fn cost_in_words(text: &str) -> Option<Cost> {
    let text = text.to_lowercase();
    let mut rest = text.clone();
    let mut free = false;
    for phrase in ["free of charge", "no charge", "no cost", "free"] {
        if rest.contains(phrase) {
            free = true;
            rest = rest.replace(phrase, " ");
        }
    }
    let paid = ["£", "charge", "paid", "pay ", "fee", "per session", "per hour"].iter().any(|w| rest.contains(w));
    match (free, paid) {
        (true, true) => Some(Cost::Mixed),
        (true, false) => Some(Cost::Free),
        (false, true) => Some(Cost::Paid),
        (false, false) => None,
    }
}

fn locations(value: &Value, adjusted: &mut Vec<&'static str>) -> Vec<Location> {
    let mut places: Vec<Location> = Vec::new();
    for place in list(value, "service_at_locations") {
        let Some(held) = place.get("location") else { continue };
        let Some(location) = held.as_object() else { continue };
        let addresses: Vec<&Value> = list(held, "addresses").iter().chain(list(held, "physical_addresses")).collect();
        let address = addresses.iter().find(|a| a.get("address_type").and_then(Value::as_str) == Some("physical")).or(addresses.first()).and_then(|a| a.as_object());
        let line = address.map(|a| ["address_1", "address_2", "city"].iter().filter_map(|k| text(a, k)).collect::<Vec<_>>().join(", ")).filter(|s| !s.is_empty());
        let postcode = address.and_then(|a| text(a, "postal_code"));
        let postcode = match postcode {
            Some(p) if is_uk_postcode(&p) => Some(p),
            Some(_) => {
                adjusted.push("postal_code that is not a UK postcode left out");
                None
            }
            None => None,
        };
        let Some(name) = text(location, "name").or_else(|| address.and_then(|a| text(a, "address_1"))) else { continue };
        let location = Location { name, address: line, postcode };
        if !places.contains(&location) {
            places.push(location);
        }
    }
    places
}

fn accessibility(value: &Value) -> Option<String> {
    let mut said: Vec<String> = Vec::new();
    for place in list(value, "service_at_locations") {
        let Some(location) = place.get("location") else { continue };
        let items = list(location, "accessibility").iter().filter_map(|a| a.get("description").or_else(|| a.get("accessibility")));
        let older = list(location, "accessibility_for_disabilities").iter().filter_map(|a| a.get("accessibility"));
        for text in items.chain(older).filter_map(Value::as_str).map(str::trim).filter(|s| !s.is_empty()) {
            if !said.iter().any(|s| s == text) {
                said.push(text.to_string());
            }
        }
    }
    (!said.is_empty()).then(|| said.join(" "))
}

/// The taxonomy terms of 3.0's `attributes` and 1.0's `service_taxonomys`.
fn terms(value: &Value) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    let nested = list(value, "attributes").iter().map(|a| (a.get("taxonomy_term"), a.get("taxonomy_term_id")));
    let older = list(value, "service_taxonomys").iter().map(|t| (t.get("taxonomy"), t.get("taxonomy_id")));
    for (term, id) in nested.chain(older) {
        let id = term.and_then(|t| t.get("id")).or(id).and_then(|v| v.as_str().map(str::to_string).or_else(|| v.as_number().map(|n| n.to_string())));
        let name = term.and_then(|t| t.get("name").or_else(|| t.get("term"))).and_then(Value::as_str).unwrap_or_default().trim().to_string();
        let Some(id) = id else { continue };
        let term = Term { id, name };
        if !terms.contains(&term) {
            terms.push(term);
        }
    }
    terms
}
