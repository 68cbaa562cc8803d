//! The fields of a record the site's model has no place for, so the report can say what
//! an import leaves behind. A field is named by its path with `[]` for a list's items
//! (`service_at_locations[].location.latitude`). A record's own metadata (who assured it,
//! when it was edited, internal notes) is never published: it is listed apart, as
//! withheld.

use serde_json::Value;

/// Fields the import reads, or that only join records to each other (ids).
const READ: &[&str] = &[
    "id", "name", "description", "url", "email", "status", "fees", "minimum_age", "maximum_age",
    "organization", "organization.id", "organization.name",
    "phones", "phones[].id", "phones[].number", "phones[].service_id", "phones[].contact_id",
    "contacts", "contacts[].id", "contacts[].service_id", "contacts[].email", "contacts[].phones", "contacts[].phones[].id", "contacts[].phones[].number", "contacts[].phones[].contact_id",
    "cost_options", "cost_options[].id", "cost_options[].service_id", "cost_options[].option", "cost_options[].amount", "cost_options[].amount_description",
    "languages", "languages[].id", "languages[].service_id", "languages[].name", "languages[].language", "languages[].code",
    "schedules", "schedules[].id", "schedules[].service_id", "schedules[].freq", "schedules[].byday", "schedules[].weekday", "schedules[].opens_at", "schedules[].closes_at", "schedules[].description",
    "regular_schedules", "regular_schedules[].id", "regular_schedules[].service_id", "regular_schedules[].freq", "regular_schedules[].byday", "regular_schedules[].weekday", "regular_schedules[].opens_at", "regular_schedules[].closes_at", "regular_schedules[].description",
    "eligibilitys", "eligibilitys[].id", "eligibilitys[].service_id", "eligibilitys[].minimum_age", "eligibilitys[].maximum_age",
    "attributes", "attributes[].id", "attributes[].link_id", "attributes[].link_type", "attributes[].taxonomy_term_id", "attributes[].taxonomy_term",
    "service_taxonomys", "service_taxonomys[].id", "service_taxonomys[].service_id", "service_taxonomys[].taxonomy_id", "service_taxonomys[].taxonomy",
    "service_at_locations", "service_at_locations[].id", "service_at_locations[].service_id", "service_at_locations[].location_id", "service_at_locations[].location",
    "service_at_locations[].location.id", "service_at_locations[].location.name",
    "service_at_locations[].location.addresses", "service_at_locations[].location.physical_addresses",
    "service_at_locations[].location.accessibility", "service_at_locations[].location.accessibility_for_disabilities",
    "service_at_locations[].schedules", "service_at_locations[].regular_schedules",
];

/// Under these, every field is the term's or the address's own and is read as a whole.
const READ_WHOLE_PREFIXES: &[&str] = &["attributes[].taxonomy_term.", "service_taxonomys[].taxonomy."];

const ADDRESS_FIELDS: &[&str] = &["id", "location_id", "address_1", "address_2", "city", "postal_code", "address_type"];
const ACCESS_FIELDS: &[&str] = &["id", "location_id", "description", "accessibility"];

/// The record's own metadata: never published, not a contact.
const WITHHELD: &[&str] = &["assurer_email", "assured_date", "last_modified", "pc_metadata", "notes", "internal_notes", "created", "updated", "last_updated", "edited_by"];

#[derive(Debug, Default, PartialEq, Eq, Hash)]
pub struct Fields {
    pub unmapped: Vec<String>,
    pub withheld: Vec<String>,
}

/// The fields of `record` the import did not read, each once.
pub fn fields(record: &Value) -> Fields {
    let mut found = Fields::default();
    walk(record, "", &mut found);
    found.unmapped.sort();
    found.unmapped.dedup();
    found.withheld.sort();
    found.withheld.dedup();
    found
}

fn walk(value: &Value, path: &str, found: &mut Fields) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let here = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                // Internal fields are withheld where a record keeps them: at its top, or
                // wherever a vendor's metadata is.
                if (path.is_empty() && WITHHELD.contains(&key.as_str())) || key == "pc_metadata" || key == "assurer_email" {
                    found.withheld.push(here);
                } else if is_read(&here) {
                    walk(v, &here, found);
                } else if !v.is_null() && v != &Value::String(String::new()) && v.as_array().is_none_or(|a| !a.is_empty()) {
                    found.unmapped.push(here);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, &format!("{path}[]"), found);
            }
        }
        _ => {}
    }
}

fn is_read(path: &str) -> bool {
    if READ.contains(&path) || READ_WHOLE_PREFIXES.iter().any(|p| path.starts_with(p)) {
        return true;
    }
    let nested = |list: &str, fields: &[&str]| path.rsplit_once('.').is_some_and(|(up, field)| up.ends_with(list) && fields.contains(&field));
    nested("addresses[]", ADDRESS_FIELDS) || nested("physical_addresses[]", ADDRESS_FIELDS) || nested("location.accessibility[]", ACCESS_FIELDS) || nested("accessibility_for_disabilities[]", ACCESS_FIELDS) || path.starts_with("service_at_locations[].schedules[].") || path.starts_with("service_at_locations[].regular_schedules[].")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_without_a_place_are_named_once_and_metadata_is_withheld() {
        let record = json!({
            "id": "1", "name": "N", "accreditations": "x", "pc_metadata": {"assurer": "a"}, "assurer_email": "a@b.org",
            "service_at_locations": [{"location": {"name": "Hall", "latitude": 51.8, "physical_addresses": [{"address_1": "1 High St", "state_province": "Beds"}]}}, {"location": {"latitude": 52.0}}],
            "pc_targetAudience": "", "contacts": [{"name": "Ann", "phones": [{"number": "01632 960123"}]}]
        });
        let found = fields(&record);
        assert_eq!(found.unmapped, ["accreditations", "contacts[].name", "service_at_locations[].location.latitude", "service_at_locations[].location.physical_addresses[].state_province"]);
        assert_eq!(found.withheld, ["assurer_email", "pc_metadata"]);
    }
}
