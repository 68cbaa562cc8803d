//! The round trip: the profile's own example (JSON, and its CSV tables) imported, built and
//! exported again validates against the profile's compiled schema, and every field the
//! site's model carries comes back equal. Imported again from the export, the page is the
//! same page.

mod common;
mod open_referral;

use std::path::Path;

use common::TestSite;
use open_referral::{Endpoint, Export, Profile};
use serde_json::Value;

const DIRECTORY: &str = "directory:\n  categories:\n    - { id: health, name: Health and therapy }\n";
const ID: &str = "ac148810-d857-441c-9679-408f346de14b";

fn site() -> TestSite {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}{DIRECTORY}", common::SITE_YAML));
    site.write("content/services/_index.md", "---\ntitle: Service directory\ndescription: Every service.\n---\n\nFind a service.\n");
    site
}

fn example(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schema/openreferral-uk/examples").join(path).display().to_string()
}

/// Imports `source`, builds, and returns the exported service, checked against the
/// profile's compiled `service.json`.
fn round_trip(site: &TestSite, source: &str) -> Value {
    site.run(&["import", "openreferral", source]).expect(0);
    site.build().expect(0);
    let export = Export::read(&site.path("public/openreferral"));
    let (problems, _) = export.problems(&Profile::new());
    assert!(problems.is_empty(), "{problems:#?}");
    let service = export.files[&format!("services/{ID}.json")].clone();
    assert!(Profile::new().errors(Endpoint::Service, &service).is_empty());
    service
}

fn front_matter(site: &TestSite) -> String {
    let text = std::fs::read_to_string(site.path("content/services/community-counselling.md")).unwrap();
    text.split("\n---\n").next().unwrap().to_string()
}

#[test]
fn the_official_example_comes_back_from_the_export_with_every_field_the_model_carries() {
    let original: Value = serde_json::from_str(&std::fs::read_to_string(example("service_full.json")).unwrap()).unwrap();
    let site = site();
    let exported = round_trip(&site, &example("service_full.json"));
    for field in ["id", "name", "url", "email", "minimum_age"] {
        assert_eq!(exported[field], original[field], "{field}");
    }
    assert_eq!(exported["organization"]["name"], original["organization"]["name"]);
    // The Local Offer covers ages 0 to 25: the example's 100 is written as 25 (and reported).
    assert_eq!(exported["maximum_age"], 25);
    assert_eq!(exported["schedules"][0]["description"], "Thursday and Friday, 10am to 6pm");
    assert_eq!(exported["cost_options"][0]["option"], "There is a charge");
    let address = &exported["service_at_locations"][0]["location"]["addresses"][0];
    let source = &original["service_at_locations"][0]["location"]["addresses"][0];
    assert_eq!((&address["address_1"], &address["city"]), (&source["address_1"], &source["city"]));
    assert_eq!(exported["service_at_locations"][0]["location"]["name"], original["service_at_locations"][0]["location"]["name"]);
    // The example's language has an id only, and its postcode is not a UK one: neither has
    // a place in a page, and the import said so.
    assert!(exported.get("languages").is_none());
    assert_eq!(address["postal_code"], "");

    // The export imported into another site gives the same page.
    let export_file = site.path(&format!("public/openreferral/services/{ID}.json"));
    let again = self::site();
    again.run(&["import", "openreferral", export_file.to_str().unwrap()]).expect(0);
    assert_eq!(front_matter(&again), front_matter(&site));
}

#[test]
fn the_official_tables_come_back_with_their_phone() {
    let site = site();
    let exported = round_trip(&site, &example("csv"));
    assert_eq!(exported["id"], ID);
    assert_eq!(exported["phones"][0]["number"], "+44 1234 234567");
    assert_eq!(exported["service_at_locations"][0]["location"]["addresses"][0]["address_1"], "1-30 Main Street, MyVillage");
    let export_file = site.path(&format!("public/openreferral/services/{ID}.json"));
    let again = self::site();
    again.run(&["import", "openreferral", export_file.to_str().unwrap()]).expect(0);
    assert_eq!(front_matter(&again), front_matter(&site));
}

#[test]
fn languages_with_names_come_back_equal() {
    let site = site();
    let mut record: Value = serde_json::from_str(&std::fs::read_to_string(example("service_full.json")).unwrap()).unwrap();
    record["languages"] = serde_json::json!([{"id": "2989d3ed-c547-48f8-8f9d-432d81c7892e", "name": "English"}, {"id": "3989d3ed-c547-48f8-8f9d-432d81c7892e", "name": "Urdu"}]);
    record["phones"] = serde_json::json!([{"id": "1554f2e2-a373-45db-a3fa-9fc48a61c15e", "number": "01632 960123"}]);
    let path = site.temp().join("with-languages.json");
    std::fs::write(&path, record.to_string()).unwrap();
    let exported = round_trip(&site, path.to_str().unwrap());
    let names: Vec<&Value> = exported["languages"].as_array().unwrap().iter().map(|l| &l["name"]).collect();
    assert_eq!(names, ["English", "Urdu"]);
    assert_eq!(exported["phones"][0]["number"], "01632 960123");
}
