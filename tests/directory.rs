//! The service directory: service pages with contact cards and schema.org data, the
//! directory with filter pages that work without JavaScript, contact cards in any page,
//! the Open Referral UK export, and every kind of bad service record.

mod common;
mod open_referral;

use std::collections::BTreeSet;

use common::{TestSite, DIRECTORY, SPEECH};
use open_referral::{Endpoint, Export, Profile};
use serde_json::json;

const ADVICE: &str = "---
title: Free advice line
description: Advice for any family.
organisation: Example Charity
needs: [all]
categories: [advice]
ages: { from: 0, to: 25 }
referral: self
contact: { phone: 0808 808 3555 }
---

Ring us.
";

fn site() -> TestSite {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}{DIRECTORY}", common::SITE_YAML));
    site.write("content/services/_index.md", "---\ntitle: Service directory\ndescription: Every service.\n---\n\nFind a service.\n");
    site.write("content/services/speech.md", SPEECH);
    site.write("content/services/advice-line.md", ADVICE);
    site.write("content/services/advice-line.ur.md", "---\ntitle: مفت مشورہ لائن\ndescription: ہر خاندان کے لیے مشورہ۔\n---\n\nہمیں فون کریں۔\n");
    site
}

#[test]
fn a_service_page_has_its_facts_a_contact_card_and_schema_org_data() {
    let site = site();
    site.build().expect(0);
    let html = site.read("en/services/speech/index.html");
    assert!(html.contains("<a href=\"tel:+441582546000\">01582 546000</a>"), "{html}");
    assert!(html.contains("<a href=\"mailto:speech@example.org\">speech@example.org</a>"));
    assert!(html.contains("<a href=\"https://example.org/speech\">"));
    assert!(html.contains("Child Development Centre<br>Hart Lane, Luton<br>LU2 0JH"));
    assert!(html.contains("Ages 0 to 18"));
    assert!(html.contains("A professional needs to refer you"));
    assert!(html.contains("Last reviewed: 27 November 2026"));
    assert!(!html.contains("Last updated"), "one date, said once");
    let start = html.find("<script type=\"application/ld+json\">").expect("JSON-LD") + "<script type=\"application/ld+json\">".len();
    let json: serde_json::Value = serde_json::from_str(&html[start..start + html[start..].find("</script>").unwrap()]).unwrap();
    assert_eq!(json["@type"], "Service");
    assert_eq!(json["provider"]["name"], "Example NHS Trust");
    assert_eq!(json["provider"]["telephone"], "01582 546000");
    assert_eq!(json["provider"]["address"]["postalCode"], "LU2 0JH");
    assert_eq!(json["isAccessibleForFree"], true);
}

#[test]
fn a_translated_service_takes_its_facts_from_the_default_language_file() {
    let site = site();
    site.build().expect(0);
    let ur = site.read("ur/services/advice-line/index.html");
    assert!(ur.contains("<h1>مفت مشورہ لائن</h1>"));
    // The number keeps its order in the right-to-left page.
    assert!(ur.contains("<a href=\"tel:+448088083555\"><bdi dir=\"ltr\">0808 808 3555</bdi></a>"), "{ur}");
}

#[test]
fn the_directory_lists_every_service_with_filters_and_filter_pages_without_javascript() {
    let site = site();
    site.build().expect(0);
    let directory = site.read("en/services/index.html");
    assert!(directory.contains("data-needs=\"communication-and-interaction\" data-categories=\"health\" data-from=\"0\" data-to=\"18\" data-cost=\"free\" data-referral=\"professional\""), "{directory}");
    assert!(directory.contains("data-needs=\"communication-and-interaction cognition-and-learning social-emotional-and-mental-health sensory-and-physical\""), "'all' needs match every need");
    assert!(directory.contains("<a href=\"/local-offer/en/services/needs/communication-and-interaction/\">Communication and interaction</a> (2)"), "{directory}");
    assert!(directory.contains("<a href=\"/local-offer/en/services/categories/health/\">Health and therapy</a> (1)"));
    assert!(directory.contains("<form class=\"directory-filter\""));
    assert!(directory.contains(" hidden>"), "the form waits for JavaScript");
    assert!(directory.contains("2 services"));
    assert!(directory.contains("data-page-size=\"50\""), "the default page of the script's list");
    assert!(directory.contains("data-more=\"Show more services (%N% not shown yet)\""), "{directory}");
    let health = site.read("en/services/categories/health/index.html");
    assert!(health.contains(">Speech and language therapy</a>"));
    assert!(!health.contains(">Free advice line</a>"));
    assert!(health.contains("1 service"));
    let sensory = site.read("ur/services/needs/sensory-and-physical/index.html");
    assert!(sensory.contains(">مفت مشورہ لائن</a>"), "{sensory}");
    assert!(!sensory.contains("lang=\"en\" dir=\"ltr\"><a href=\"/local-offer/ur/services/speech/\">"));
    assert!(site.read("sitemap.xml").contains("/local-offer/ur/services/categories/health/"));
}

#[test]
fn page_size_sets_how_many_services_the_script_shows_before_show_more() {
    let site = site();
    site.write("site.yaml", format!("{}{DIRECTORY}  page_size: 0\n", common::SITE_YAML));
    site.build().expect(0);
    assert!(site.read("en/services/index.html").contains("data-page-size=\"0\""));
    site.write("site.yaml", format!("{}{DIRECTORY}  page_size: many\n", common::SITE_YAML));
    let out = site.build().expect(1);
    assert!(out.stderr.contains("site.yaml:") && out.stderr.contains("page_size"), "{}", out.stderr);
}

#[test]
fn a_sites_own_service_card_template_lists_the_services_everywhere() {
    let site = site();
    site.write("themes/default/templates/service-card.html", "<li data-needs=\"{{ card.needs }}\" class=\"own\">{{ card.title }} / {{ card.ages }} / {{ t(key=\"service-phone\") }} / {{ default_lang.code }}</li>\n");
    site.build().expect(0);
    let directory = site.read("en/services/index.html");
    assert!(directory.contains("class=\"own\">Free advice line / Ages 0 to 25 / Phone / en</li>"), "{directory}");
    assert!(directory.contains("class=\"own\">Speech and language therapy / Ages 0 to 18 /"), "{directory}");
    let health = site.read("en/services/categories/health/index.html");
    assert!(health.contains("class=\"own\">Speech and language therapy") && !health.contains("Free advice line /"), "{health}");
    let urdu = site.read("ur/services/needs/sensory-and-physical/index.html");
    assert!(urdu.contains("class=\"own\">مفت مشورہ لائن /"), "{urdu}");
    assert!(!urdu.contains("Speech and language therapy /"), "only the services of that need: {urdu}");
}

#[test]
fn any_page_can_show_a_services_contact_card() {
    let site = site();
    site.write("content/help/advice.md", "---\ntitle: Advice\ndescription: Where to get advice.\n---\n\nRing them:\n\n[Contact the advice line](../services/advice-line.md#contact)\n\nOr read [about speech](../services/speech.md).\n");
    site.build().expect(0);
    let html = site.read("en/help/advice/index.html");
    assert!(html.contains("<section class=\"contact-card\""), "{html}");
    assert!(html.contains("<a href=\"tel:+448088083555\">0808 808 3555</a>"));
    assert!(html.contains("<a href=\"/local-offer/en/services/speech/\">about speech</a>"), "an ordinary link stays a link");
    assert!(!html.contains("localoffer-contact-card"));
    let ur = site.read("ur/help/advice/index.html");
    assert!(ur.contains("<a href=\"/local-offer/ur/services/advice-line/\">مفت مشورہ لائن</a>"), "{ur}");
}

#[test]
fn a_contact_card_naming_a_missing_service_is_an_error_at_its_line() {
    let site = site();
    site.write("content/help/advice.md", "---\ntitle: Advice\ndescription: Where.\n---\n\n[Contact](../services/nobody.md#contact)\n");
    site.build().expect(1).has_line("content/help/advice.md:6:1: there is no file content/services/nobody.md for the link '../services/nobody.md#contact' - check the file name and the ../ steps: links are relative to this file's folder");
}

#[test]
fn the_open_referral_export_answers_each_endpoint_a_static_host_can_and_validates_against_the_official_schemas() {
    let site = site();
    site.build().expect(0);
    let export = Export::read(&site.path("public/openreferral"));
    let (problems, checked) = export.problems(&Profile::new());
    assert!(problems.is_empty(), "{problems:#?}");
    // The root, four lists, two services, one service at its place, two taxonomies, the
    // five needs and the two categories.
    assert_eq!(checked, 17, "{:?}", export.files.keys());
    let endpoints: BTreeSet<Endpoint> = export.files.keys().filter_map(|name| Endpoint::of(name)).collect();
    assert_eq!(endpoints.len(), Endpoint::ALL.len(), "{endpoints:?}");

    let services = &export.files["services.json"];
    assert_eq!(services["page_number"], 1);
    let item = services["contents"].as_array().unwrap().iter().find(|r| r["name"] == "Speech and language therapy").unwrap();
    assert!(item.get("attributes").is_none() && item.get("phones").is_none(), "a list holds one-to-one fields only: {item:#}");
    let speech = &export.files[&format!("services/{}.json", item["id"].as_str().unwrap())];
    assert_eq!(speech["minimum_age"], 0);
    assert_eq!(speech["maximum_age"], 18);
    assert_eq!(speech["phones"][0]["number"], "01582 546000");
    assert_eq!(speech["organization_id"], speech["organization"]["id"]);
    let place = &speech["service_at_locations"][0];
    assert_eq!(place["location"]["addresses"][0]["postal_code"], "LU2 0JH");
    assert_eq!(speech["cost_options"][0]["option"], "Free");
    let need = &speech["attributes"][0];
    assert_eq!(need["taxonomy_term"]["code"], "communication-and-interaction");
    assert_eq!(need["taxonomy_term"]["name"], "Communication and interaction", "issue #29: the profile names a term 'name'");
    assert_eq!(need["taxonomy_term_id"], need["taxonomy_term"]["id"]);
    let at_place = &export.files[&format!("service_at_locations/{}.json", place["id"].as_str().unwrap())];
    assert_eq!(at_place["service"]["name"], "Speech and language therapy");
    assert_eq!(at_place["location"], place["location"]);
    assert!(at_place["service"].get("service_at_locations").is_none());
    let needs = &export.files[&format!("taxonomies/{}.json", need["taxonomy_term"]["taxonomy_id"].as_str().unwrap())];
    assert_eq!(needs["taxonomy_terms"].as_array().unwrap().len(), 5);

    let first = site.snapshot();
    site.build().expect(0);
    assert_eq!(site.snapshot(), first, "the same export, byte for byte");
    site.write("content/services/zzz.md", "---\ntitle: Another\ndescription: More.\norganisation: Someone\n---\n");
    site.build().expect(0);
    let again: serde_json::Value = serde_json::from_str(&site.read("openreferral/services.json")).unwrap();
    let id_of = |v: &serde_json::Value, name: &str| v["contents"].as_array().unwrap().iter().find(|r| r["name"] == name).unwrap()["id"].clone();
    assert_eq!(id_of(services, "Speech and language therapy"), id_of(&again, "Speech and language therapy"), "ids do not change between builds");
    assert_eq!(again["total_items"], 3);
}

#[test]
fn the_official_schemas_refuse_what_the_profile_does_not_allow() {
    let site = site();
    site.build().expect(0);
    let export = Export::read(&site.path("public/openreferral"));
    let profile = Profile::new();
    let speech = export.files.iter().find(|(name, r)| name.starts_with("services/") && r["name"] == "Speech and language therapy").unwrap().1;
    let refused = |change: &dyn Fn(&mut serde_json::Value), expected: &str| {
        let mut broken = speech.clone();
        change(&mut broken);
        let errors = profile.errors(Endpoint::Service, &broken);
        assert!(errors.iter().any(|e| e.contains(expected)), "'{expected}' not among {errors:#?}");
    };
    // Issue #29: a taxonomy term that says `term` but not `name`.
    refused(&|r| {
        r["attributes"][0]["taxonomy_term"].as_object_mut().unwrap().remove("name");
    }, "\"name\" is a required property at /attributes/0/taxonomy_term");
    // The formats are checked: a malformed id, e-mail address or web address is refused.
    refused(&|r| r["id"] = json!("not-a-uuid"), "\"not-a-uuid\" is not a \"uuid\"");
    refused(&|r| r["attributes"][0]["taxonomy_term"]["taxonomy_id"] = json!("1234"), "is not a \"uuid\"");
    refused(&|r| r["email"] = json!("speech.example.org"), "is not a \"email\"");
    refused(&|r| r["url"] = json!("example.org/speech"), "is not a \"uri\"");
    refused(&|r| {
        r["service_at_locations"][0]["location"]["addresses"][0].as_object_mut().unwrap().remove("postal_code");
    }, "\"postal_code\" is a required property");
    refused(&|r| r["status"] = json!("open"), "at /status");
    // Phones, which the compiled service leaves out, are held to the profile's phone.json.
    refused(&|r| {
        r["phones"][0].as_object_mut().unwrap().remove("number");
    }, "\"number\" is a required property at /phones/0");
    // A list must carry the paging fields, as the profile's examples do.
    let mut list = export.files["services.json"].clone();
    list.as_object_mut().unwrap().remove("page_number");
    assert_eq!(open_referral::paging_errors(&list), ["the list lacks 'page_number'"]);
    // And the profile's own examples pass: the check is no stricter than the profile.
    for (endpoint, example) in [
        (Endpoint::Service, include_str!("schema/openreferral-uk/examples/service_full.json")),
        (Endpoint::Services, include_str!("schema/openreferral-uk/examples/service_list.json")),
        (Endpoint::ServiceAtLocation, include_str!("schema/openreferral-uk/examples/service_at_location_full.json")),
        (Endpoint::ServiceAtLocations, include_str!("schema/openreferral-uk/examples/service_at_location_list.json")),
        (Endpoint::Taxonomy, include_str!("schema/openreferral-uk/examples/taxonomy.json")),
        (Endpoint::Taxonomies, include_str!("schema/openreferral-uk/examples/taxonomy_list.json")),
        (Endpoint::TaxonomyTerm, include_str!("schema/openreferral-uk/examples/taxonomy_term.json")),
        (Endpoint::TaxonomyTerms, include_str!("schema/openreferral-uk/examples/taxonomy_term_list.json")),
    ] {
        let errors = profile.errors(endpoint, &serde_json::from_str(example).unwrap());
        assert!(errors.is_empty(), "{endpoint:?}: {errors:#?}");
    }
}

#[test]
fn the_example_sites_open_referral_export_validates_against_the_official_schemas() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let root = env!("CARGO_MANIFEST_DIR");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_localoffer")).args(["build", "--quiet", "--root", root, "--output"]).arg(&public).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let export = Export::read(&public.join("openreferral"));
    let (problems, checked) = export.problems(&Profile::new());
    assert!(problems.is_empty(), "{} problems in {checked} files:\n{}", problems.len(), problems.join("\n"));
    let services = export.files.keys().filter(|name| name.starts_with("services/")).count();
    assert!(services >= 70, "{services} services");
}

#[test]
fn open_referral_ids_are_the_sites_own_and_the_same_from_build_to_build() {
    // Every id of the export: services, their parts, the taxonomies and their terms.
    fn collect(value: &serde_json::Value, ids: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(id) = map.get("id").and_then(|v| v.as_str()) {
                    ids.push(id.to_string());
                }
                map.values().for_each(|v| collect(v, ids));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, ids)),
            _ => {}
        }
    }
    let ids = |site: &TestSite| {
        let mut ids = Vec::new();
        Export::read(&site.path("public/openreferral")).files.values().for_each(|file| collect(file, &mut ids));
        ids.sort();
        ids.dedup();
        ids
    };
    let (one, other) = (site(), site());
    other.write("site.yaml", format!("{}{DIRECTORY}", common::SITE_YAML.replace("https://example.org/local-offer/", "https://example.net/send/")));
    one.build().expect(0);
    other.build().expect(0);
    let (first, theirs) = (ids(&one), ids(&other));
    assert!(first.len() > 10, "{first:?}");
    assert!(first.iter().all(|id| !theirs.contains(id)), "two councils with the same file names share an id");
    one.build().expect(0);
    assert_eq!(ids(&one), first, "the same site exports the same ids");
    // site_id names the site instead of its address, so a move keeps the ids.
    let moved = |base: &str| format!("{}site_id: anytown-local-offer\n{DIRECTORY}", common::SITE_YAML.replace("https://example.org/local-offer/", base));
    one.write("site.yaml", moved("https://example.org/local-offer/"));
    one.build().expect(0);
    let named = ids(&one);
    assert_ne!(named, first);
    one.write("site.yaml", moved("https://send.anytown.example/"));
    one.build().expect(0);
    assert_eq!(ids(&one), named, "a new domain, the same ids");
}

/// Builds a site whose speech service has `from` replaced by `to`; returns the failed run.
fn bad(from: &str, to: &str) -> common::Run {
    let site = site();
    site.write("content/services/speech.md", SPEECH.replace(from, to));
    site.build().expect(1)
}

#[test]
fn invalid_email() {
    bad("speech@example.org", "speech.example.org").has_line("content/services/speech.md:12:10: 'speech.example.org' is not an email address - write it like name@example.org");
}

#[test]
fn impossible_phone_number() {
    bad("01582 546000", "01582 5460").has_line("content/services/speech.md:11:10: '01582 5460' is not a UK phone number - write all its digits, starting with 0, like 01632 960123 or 0808 157 0192");
}

#[test]
fn malformed_postcode() {
    bad("lu2 0jh", "LU2 OJH").has_line("content/services/speech.md:15:78: 'LU2 OJH' is not a UK postcode - write it like ZZ1 2AB");
}

#[test]
fn ages_backwards_and_beyond_25() {
    bad("{ from: 0, to: 18 }", "{ from: 30, to: 5 }").has_line("content/services/speech.md:7:1: ages 30 to 5 go beyond 25 - the Local Offer covers ages 0 to 25: write ages within them");
    bad("{ from: 0, to: 18 }", "{ from: 18, to: 5 }").has_line("content/services/speech.md:7:1: ages 18 to 5 run backwards - write the younger age first, like ages: { from: 5, to: 18 }");
}

#[test]
fn unknown_need() {
    bad("[communication-and-interaction]", "[communication]").mentions("content/services/speech.md:5:").mentions("'communication' is not allowed for 'needs' - did you mean 'communication-and-interaction'?");
}

#[test]
fn unknown_category() {
    bad("categories: [health]", "categories: [helth]").has_line("content/services/speech.md:6:14: unknown category 'helth' - did you mean 'health'? Or add it to directory: categories in site.yaml");
}

#[test]
fn two_services_with_the_same_name() {
    let site = site();
    site.write("content/services/speech-again.md", SPEECH);
    site.build().expect(1).has_line("content/services/speech-again.md:2:1: another service is called 'Speech and language therapy': content/services/speech.md - give each service its own name, so families can tell them apart");
}

#[test]
fn service_facts_belong_to_services_and_to_their_default_language_file() {
    let site = site();
    site.write("content/help/advice.md", "---\ntitle: A\ndescription: B.\norganisation: Someone\n---\n");
    site.write("content/services/advice-line.ur.md", "---\ntitle: مشورہ\ndescription: مشورہ۔\ncontact: { phone: 0808 808 3555 }\n---\n");
    let run = site.build().expect(1);
    run.has_line("content/help/advice.md:4:1: 'organisation' is a key of services - only services (pages under content/services/) have 'organisation'; remove it here");
    run.has_line("content/services/advice-line.ur.md:4:1: 'contact' is a fact of the service, kept in its en file - remove it here: the facts come from content/services/advice-line.md, so they are never out of step");
}

#[test]
fn a_service_needs_its_organisation() {
    let site = site();
    site.write("content/services/speech.md", SPEECH.replace("organisation: Example NHS Trust\n", ""));
    site.build().expect(1).has_line("content/services/speech.md:2:1: a service needs 'organisation' - write who runs it, like organisation: Anytown Council");
}

#[test]
fn new_service_writes_every_service_key_to_fill_in() {
    let site = site();
    let run = site.run(&["new", "service", "penrose"]).expect(0);
    assert_eq!(run.stdout.trim(), "created content/services/penrose.md");
    let text = std::fs::read_to_string(site.path("content/services/penrose.md")).unwrap();
    for key in ["\norganisation:", "\nneeds:", "\ncategories:", "\n# ages:", "\n# referral:", "\n# cost:", "# contact:", "# locations:", "# languages:", "# hours:", "# accessibility:"] {
        assert!(text.contains(key), "{key} missing:\n{text}");
    }
    assert!(text.contains("# Any of: health, advice"), "{text}");
    // Until the editor fills it in, the build says what is missing, at its line.
    site.build().expect(1).has_line("content/services/penrose.md:4:1: 'description' is empty - write one sentence that sums up the page after 'description:': it shows in listings, search results and search engines");
    let described = text.replace("description: \"\"", "description: A club for children.");
    site.write("content/services/penrose.md", &described);
    site.build().expect(1).has_line("content/services/penrose.md:5:1: a service needs 'organisation' - write who runs it, like organisation: Anytown Council");
    // With only what a person must write, the page states no fact the scaffold made up.
    site.write("content/services/penrose.md", described.replace("organisation: \"\"", "organisation: Penrose Trust"));
    site.build().expect(0);
    let page = site.read("en/services/penrose/index.html");
    for invented in ["Ages ", "Free", "There is a charge", "You can contact them yourself", "A professional needs to refer you", "01632 960123", "name@example.org", "ZZ1 2AB", "9am to 5pm", "Step-free"] {
        assert!(!page.contains(invented), "the untouched scaffold published '{invented}':\n{page}");
    }
    site.run(&["check"]).expect(0).mentions("content/services/penrose.md:2:1: warning: this service gives no ages, referral or cost");
}
