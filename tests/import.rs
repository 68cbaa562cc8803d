//! `localoffer import openreferral`: the profile's own example, list pages, arrays and
//! folders, the older 1.0 shape, editor HTML, re-import, editors' own parts, pruning, and
//! every kind of bad source (each leaves `content/` byte-identical).

mod common;

use std::path::Path;

use common::import::{content, import, site};
use common::TestSite;
use serde_json::{json, Value};

const OFFICIAL: &str = include_str!("schema/openreferral-uk/examples/service_full.json");

/// Writes `text` as a source file in the temporary folder, outside the site.
fn source(site: &TestSite, name: &str, text: &str) -> String {
    let path = site.temp().join("feed").join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    format!("feed/{name}")
}

/// A service in the ORUK 3.0 shape.
fn service(id: &str, name: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "description": format!("<p>{name} helps children and families.</p>"),
        "url": "https://example.org/service",
        "email": "help@example.org",
        "status": "active",
        "organization": {"id": "o1", "name": "Anytown Council"},
        "phones": [{"id": "p1", "number": "01632 960123"}],
        "minimum_age": 0,
        "maximum_age": 18
    })
}

fn list_page(services: &[Value]) -> String {
    serde_json::to_string_pretty(&json!({"total_items": services.len(), "total_pages": 1, "page_number": 1, "size": services.len(), "first_page": true, "last_page": true, "empty": services.is_empty(), "contents": services})).unwrap()
}

#[test]
fn the_profiles_own_example_becomes_a_service_page_that_builds() {
    let site = site();
    let feed = source(&site, "service_full.json", OFFICIAL);
    let run = import(&site, &[&feed]).expect(0);
    assert!(run.stdout.contains("created   content/services/community-counselling.md"), "{}", run.stdout);
    assert!(run.stdout.contains("1 record(s) read (1 in ORUK 3.0): 1 created"), "{}", run.stdout);
    let page = std::fs::read_to_string(site.path("content/services/community-counselling.md")).unwrap();
    for line in [
        "title: Community Counselling\n",
        "description: Counselling Services provided by trained professionals.\n",
        "openreferral_id: ac148810-d857-441c-9679-408f346de14b\n",
        "organisation: Example Organization Inc.\n",
        "ages: { from: 12, to: 25 }\n",
        "contact:\n  email: email@example.com\n  website: http://example.com/counselling\n",
        "locations:\n  - name: MyCity Civic Center\n    address: 1-30 Main Street, MyCity\n",
        "cost: paid\n",
        "hours: Thursday and Friday, 10am to 6pm\n",
    ] {
        assert!(page.contains(line), "no {line:?} in\n{page}");
    }
    // A record's own metadata is never published, nor taken for a contact.
    assert!(!page.contains("2005-01-01") && !page.contains("2023-03-15"), "{page}");
    // What has no place is reported, with the records that carry it.
    for line in ["  accreditations: 1", "  assurer_email: 1", "  3f7b145d-84af-42d7-8fae-eaca714b02b2 'name': 1 record(s)", "  postal_code that is not a UK postcode left out: 1"] {
        assert!(run.stdout.lines().any(|l| l == line), "no {line:?} in\n{}", run.stdout);
    }
    site.build().expect(0);
    assert!(site.read("en/services/community-counselling/index.html").contains("Counselling Services provided by trained professionals"));
}

#[test]
fn a_list_page_a_plain_array_and_a_folder_are_read_and_a_dry_run_writes_nothing() {
    let site = site();
    source(&site, "all/page.json", &list_page(&[service("a", "Speech therapy"), service("b", "Play scheme")]));
    source(&site, "all/array.json", &serde_json::to_string(&[service("c", "Short breaks")]).unwrap());
    let before = content(&site);
    let run = import(&site, &["feed/all", "--dry-run"]).expect(0);
    assert!(run.stdout.contains("would be created   content/services/speech-therapy.md"), "{}", run.stdout);
    assert_eq!(content(&site), before, "a dry run wrote");
    let run = import(&site, &["feed/all", "--format", "json"]).expect(0);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["created"], json!(["content/services/short-breaks.md", "content/services/speech-therapy.md", "content/services/play-scheme.md"]));
    assert_eq!(report["shapes"], json!({"3.0": 3}));
    let page = std::fs::read_to_string(site.path("content/services/play-scheme.md")).unwrap();
    assert!(page.contains("contact:\n  phone: \"01632 960123\"\n  email: help@example.org\n  website: https://example.org/service\n"), "{page}");
    site.build().expect(0);
}

#[test]
fn the_older_1_0_shape_is_told_from_its_fields_and_terms_are_mapped() {
    let site = site();
    let older = json!({
        "id": 4021,
        "name": "Sensory play group",
        "description": "Play for children with sensory needs.",
        "status": "active",
        "organization": {"id": 7, "name": "Anytown Family Hubs"},
        "contacts": [{"id": 1, "name": "Duty desk", "phones": [{"id": 1, "number": "\"0808 157 0192\""}]}],
        "eligibilitys": [{"id": 1, "minimum_age": 2, "maximum_age": 5}],
        "cost_options": [{"id": 1, "option": "Free of charge", "amount": 0}],
        "languages": [{"id": 1, "language": "English"}, {"id": 2, "language": "Polish"}],
        "regular_schedules": [
            {"id": 1, "weekday": "Monday", "opens_at": "09:30", "closes_at": "11:30"},
            {"id": 2, "weekday": "Tuesday", "opens_at": "09:30", "closes_at": "11:30"}
        ],
        "service_at_locations": [{"id": 1, "location": {"id": 1, "name": "Hub North", "physical_addresses": [{"id": 1, "address_1": "1 Hill Road", "city": "Anytown", "postal_code": "ZZ1 2AB"}]}}],
        "service_taxonomys": [{"id": 1, "taxonomy": {"id": "t-play", "name": "Play and leisure", "vocabulary": "esd"}}, {"id": 2, "taxonomy": {"id": "t-x", "name": "Unknown term"}}],
        "pc_targetAudience": "Families"
    });
    let feed = source(&site, "older.json", &serde_json::to_string(&[older]).unwrap());
    std::fs::write(site.temp().join("map.yaml"), "Play and leisure: [advice, sensory-and-physical]\n").unwrap();
    let run = import(&site, &[&feed, "--map", "map.yaml"]).expect(0);
    assert!(run.stdout.contains("(1 in ORUK 1.0)"), "{}", run.stdout);
    assert!(run.stdout.lines().any(|l| l == "  pc_targetAudience: 1"), "{}", run.stdout);
    assert!(run.stdout.lines().any(|l| l == "  t-x 'Unknown term': 1 record(s)"), "{}", run.stdout);
    let page = std::fs::read_to_string(site.path("content/services/sensory-play-group.md")).unwrap();
    for line in [
        "openreferral_id: \"4021\"\n",
        "categories: [advice]\n",
        "needs: [sensory-and-physical]\n",
        "ages: { from: 2, to: 5 }\n",
        "contact:\n  phone: \"0808 157 0192\"\n",
        "locations:\n  - name: Hub North\n    address: 1 Hill Road, Anytown\n    postcode: ZZ1 2AB\n",
        "cost: free\n",
        "languages: [English, Polish]\n",
        "hours: Monday and Tuesday, 9:30am to 11:30am\n",
    ] {
        assert!(page.contains(line), "no {line:?} in\n{page}");
    }
    site.build().expect(0);
}

#[test]
fn editor_html_becomes_clean_markdown() {
    let site = site();
    let mut record = service("h", "Holiday club");
    record["description"] = json!("<p data-start=\"1\">Fun&nbsp;&nbsp;&nbsp;days out.</p><p>&nbsp;</p><p></p><p><a href=\"https://example.org/book\" target=\"_blank\">Book a place</a></p><p><img src=\"data:image/png;base64,iVBORw0KGgo=\"></p><script>alert(1)</script><p onclick=\"x()\"><a href=\"javascript:alert(1)\">Click</a></p>");
    let feed = source(&site, "html.json", &serde_json::to_string(&record).unwrap());
    import(&site, &[&feed]).expect(0);
    let page = std::fs::read_to_string(site.path("content/services/holiday-club.md")).unwrap();
    let body = page.split_once("-->\n").unwrap().1;
    assert_eq!(body, "Fun days out.\n\n[Book a place](https://example.org/book)\n\nClick\n<!-- openreferral: end -->\n");
    site.build().expect(0);
    let html = site.read("en/services/holiday-club/index.html");
    for gone in ["data:", "target=", "javascript:", "alert(", "&nbsp;", "<p></p>"] {
        assert!(!html.contains(gone), "{gone} in the page");
    }
}

#[test]
fn importing_again_changes_nothing_and_a_changed_record_changes_only_its_page_keeping_the_editors_parts() {
    let site = site();
    let feed = |services: &[Value]| source(&site, "services.json", &list_page(services));
    let path = feed(&[service("a", "Speech therapy"), service("b", "Play scheme")]);
    import(&site, &[&path]).expect(0);
    // An editor adds topics, a section of their own, and a translation.
    let speech = site.path("content/services/speech-therapy.md");
    let text = std::fs::read_to_string(&speech).unwrap();
    let edited = text.replacen("---\n\n", "# added by the Local Offer team\ntopics: [transport]\nreferral: professional\n---\n\nRead this first.\n\n", 1) + "\n## Our own notes\n\nAsk for Sam.\n";
    std::fs::write(&speech, &edited).unwrap();
    site.write("content/services/speech-therapy.ur.md", "---\ntitle: اسپیچ تھراپی\ndescription: بچوں کی مدد۔\ntranslation: { by: person }\n---\n\nمدد۔\n");
    let before = content(&site);
    let run = import(&site, &[&path]).expect(0);
    assert!(run.stdout.contains("0 created, 0 updated, 2 unchanged"), "{}", run.stdout);
    assert_eq!(content(&site), before, "importing the same feed changed a file");

    let mut changed = service("a", "Speech therapy");
    changed["email"] = json!("speech@example.org");
    changed["description"] = json!("<p>Now on Saturdays too.</p>");
    let path = feed(&[changed, service("b", "Play scheme")]);
    let run = import(&site, &[&path]).expect(0);
    assert!(run.stdout.contains("0 created, 1 updated, 1 unchanged"), "{}", run.stdout);
    let after = content(&site);
    let differ: Vec<&str> = before.iter().zip(&after).filter(|(a, b)| a != b).map(|(a, _)| a.0.as_str()).collect();
    assert_eq!(differ, ["services/speech-therapy.md"]);
    let text = std::fs::read_to_string(&speech).unwrap();
    assert!(text.contains("  email: speech@example.org\n"), "{text}");
    assert!(text.contains("# added by the Local Offer team\ntopics: [transport]\nreferral: professional\n---\n\nRead this first.\n\n<!-- openreferral:"), "{text}");
    assert!(text.ends_with("Now on Saturdays too.\n<!-- openreferral: end -->\n\n## Our own notes\n\nAsk for Sam.\n"), "{text}");
    site.build().expect(0);
}

#[test]
fn a_service_that_left_the_feed_is_reported_and_deleted_only_with_prune() {
    let site = site();
    let both = source(&site, "both.json", &list_page(&[service("a", "Speech therapy"), service("b", "Play scheme")]));
    import(&site, &[&both]).expect(0);
    site.write("content/services/play-scheme.ur.md", "---\ntitle: کھیل\ndescription: کھیل۔\ntranslation: { by: person }\n---\n\nکھیل۔\n");
    let one = source(&site, "one.json", &list_page(&[service("a", "Speech therapy")]));
    let run = import(&site, &[&one]).expect(0);
    assert!(run.stdout.contains("not in the feed any more: content/services/play-scheme.md (kept; --prune deletes it)"), "{}", run.stdout);
    assert!(site.path("content/services/play-scheme.md").exists());
    let run = import(&site, &[&one, "--prune"]).expect(0);
    assert!(run.stdout.contains("deleted   content/services/play-scheme.md") && run.stdout.contains("deleted   content/services/play-scheme.ur.md"), "{}", run.stdout);
    assert!(!site.path("content/services/play-scheme.md").exists() && !site.path("content/services/play-scheme.ur.md").exists());
    site.build().expect(0);
}

#[test]
fn skip_invalid_imports_the_valid_records_and_lists_the_others() {
    let site = site();
    let mut bad = service("b", "Play scheme");
    bad["email"] = json!("play at example.org");
    let feed = source(&site, "services.json", &list_page(&[service("a", "Speech therapy"), bad]));
    let before = content(&site);
    let run = import(&site, &[&feed]).expect(1);
    run.has_line("feed/services.json:25:16: /contents/1/email: 'play at example.org' is not an email address - write it like name@example.org");
    assert_eq!(content(&site), before);
    let run = import(&site, &[&feed, "--skip-invalid"]).expect(0);
    assert!(run.stdout.contains("skipped   feed/services.json /contents/1 'Play scheme' (id b):\n    feed/services.json:25:16: /contents/1/email: 'play at example.org' is not an email address"), "{}", run.stdout);
    assert!(site.path("content/services/speech-therapy.md").exists() && !site.path("content/services/play-scheme.md").exists());
}

/// Each kind of bad source: a located error, exit 1, and `content/` byte-identical.
#[test]
fn every_kind_of_bad_source_gives_a_located_error_and_writes_nothing() {
    let with = |change: &dyn Fn(&mut Value)| {
        let mut record = service("b", "Play scheme");
        change(&mut record);
        list_page(&[service("a", "Speech therapy"), record])
    };
    let cases: Vec<(&str, String, &str)> = vec![
        ("malformed JSON", "{\"contents\": [".into(), "feed/bad.json:1:14: this is not JSON: EOF while parsing a list"),
        ("not a record", "[1]".into(), "feed/bad.json:1:2: /0: this is not a service record (a JSON object)"),
        ("no id", with(&|r| drop(r.as_object_mut().unwrap().remove("id"))), "/contents/1: the record has no id"),
        ("no name", with(&|r| r["name"] = json!(" ")), "/contents/1/name: the record has no name"),
        ("id twice", with(&|r| r["id"] = json!("a")), "/contents/1/id: the id 'a' is also the id of feed/bad.json /contents/0"),
        ("a date that is not one", with(&|r| r["assured_date"] = json!("31/02/2025")), "/contents/1/assured_date: '31/02/2025' is not a date"),
        ("a bad email", with(&|r| r["email"] = json!("nobody")), "/contents/1/email: 'nobody' is not an email address"),
        ("a bad web address", with(&|r| r["url"] = json!("javascript:alert(1)")), "/contents/1/url: 'javascript:alert(1)' is not a web address"),
        ("a bad phone", with(&|r| r["phones"][0]["number"] = json!("12345")), "/contents/1/phones/0/number: '12345' is not a UK phone number"),
        ("no organisation", with(&|r| drop(r.as_object_mut().unwrap().remove("organization"))), "/contents/1/organization/name: the service names no organisation"),
        ("name twice", with(&|r| r["name"] = json!("SPEECH THERAPY")), "/contents/1/name: another service is called 'SPEECH THERAPY': feed/bad.json /contents/0"),
        ("ages backwards", with(&|r| r["minimum_age"] = json!(20)), "/contents/1/minimum_age: the ages run backwards: 20 to 18"),
        ("an age that is not one", with(&|r| r["maximum_age"] = json!("old")), "/contents/1/maximum_age: \"old\" is not an age"),
    ];
    let site = site();
    let first = source(&site, "first.json", &list_page(&[service("z", "Existing")]));
    import(&site, &[&first]).expect(0);
    let before = content(&site);
    for (kind, text, expected) in cases {
        let feed = source(&site, "bad.json", &text);
        let run = import(&site, &[&feed]).expect(1);
        assert!(run.stderr.contains(expected), "{kind}: no {expected:?} in\n{}", run.stderr);
        let located = run.stderr.lines().next().unwrap_or_default();
        assert!(located.starts_with("feed/bad.json:") && located.split(':').nth(1).is_some_and(|l| l.parse::<usize>().is_ok()), "{kind}: {located}");
        assert!(run.stderr.contains("nothing was written"), "{kind}");
        assert_eq!(content(&site), before, "{kind}: content/ changed");
    }
    // A wrong id in the mapping file, at its line.
    std::fs::write(site.temp().join("map.yaml"), "Play: [health]\nSpeech: [helth]\n").unwrap();
    let feed = source(&site, "good.json", &list_page(&[service("a", "Speech therapy")]));
    let run = import(&site, &[&feed, "--map", "map.yaml"]).expect(1);
    run.mentions("map.yaml:2:10: 'helth' is neither a category nor a need - did you mean 'health'?");
    // An imported page whose markers an editor removed.
    let page = site.path("content/services/existing.md");
    let text = std::fs::read_to_string(&page).unwrap().replace("<!-- openreferral: end -->\n", "");
    std::fs::write(&page, text).unwrap();
    let before = content(&site);
    let run = import(&site, &[&first]).expect(1);
    run.mentions("content/services/existing.md:1:1: cannot update this page: the line that ends the imported part is gone");
    assert_eq!(content(&site), before);
    assert!(Path::new(&site.temp().join(&first)).exists());
}

/// The pages are made a batch at a time and put in place only when all are ready: a page
/// that cannot be updated, found after others were made, leaves every page as it was, with
/// nothing half-written beside them.
#[test]
fn a_page_that_cannot_be_updated_leaves_the_pages_made_before_it_unwritten() {
    let site = site();
    let many: Vec<Value> = (0..600).map(|i| service(&format!("s{i}"), &format!("Service {i}"))).collect();
    let feed = source(&site, "many.json", &list_page(&many));
    import(&site, &[&feed]).expect(0);
    let last = site.path("content/services/service-599.md");
    let text = std::fs::read_to_string(&last).unwrap().replace("<!-- openreferral: end -->\n", "");
    std::fs::write(&last, text).unwrap();
    let before = content(&site);
    let changed: Vec<Value> = many.iter().cloned().map(|mut s| {
        s["email"] = json!("new@example.org");
        s
    }).chain([service("new", "A new service")]).collect();
    let feed = source(&site, "many.json", &list_page(&changed));
    let run = import(&site, &[&feed]).expect(1);
    run.mentions("content/services/service-599.md:1:1: cannot update this page: the line that ends the imported part is gone");
    assert_eq!(content(&site), before, "a page was written, or a staged file was left");
}

/// The profile's own tables (`examples/csv/`): the same service as its JSON example, with
/// the phone its contact has there.
#[test]
fn the_profiles_own_csv_tables_are_joined_into_the_same_service() {
    let site = site();
    let tables = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schema/openreferral-uk/examples/csv");
    let run = import(&site, &[tables.to_str().unwrap()]).expect(0);
    assert!(run.stdout.contains("created   content/services/community-counselling.md"), "{}", run.stdout);
    let page = std::fs::read_to_string(site.path("content/services/community-counselling.md")).unwrap();
    for line in ["openreferral_id: ac148810-d857-441c-9679-408f346de14b\n", "organisation: Example Organization Inc.\n", "  phone: \"+44 1234 234567\"\n", "    address: 1-30 Main Street, MyVillage, MyCity\n", "hours: Thursday and Friday, 10am to 6pm\n", "cost: paid\n"] {
        assert!(page.contains(line), "no {line:?} in\n{page}");
    }
    site.build().expect(0);
}

#[test]
fn a_csv_row_whose_foreign_key_points_nowhere_is_an_error_at_its_row_and_column() {
    let site = site();
    let tables = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schema/openreferral-uk/examples/csv");
    let copy = site.temp().join("feed/tables");
    std::fs::create_dir_all(&copy).unwrap();
    for entry in std::fs::read_dir(&tables).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
    }
    let phones = std::fs::read_to_string(copy.join("phones.csv")).unwrap().replace("1e7efce3-639b-4880-940c-b95cd30cdb50", "no-such-contact");
    std::fs::write(copy.join("phones.csv"), phones).unwrap();
    let services = std::fs::read_to_string(copy.join("services.csv")).unwrap() + "s2,d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,Second,,,not-an-email,active,,,,,,,,\n";
    std::fs::write(copy.join("services.csv"), services).unwrap();
    let before = content(&site);
    let run = import(&site, &["feed/tables"]).expect(1);
    run.has_line("feed/tables/phones.csv:2:1: column contact_id: 'no-such-contact' is no id in contacts.csv - correct the id, or add the row it points to");
    assert_eq!(content(&site), before);
    // With the keys right, a bad value is found at its row and column.
    let phones = std::fs::read_to_string(copy.join("phones.csv")).unwrap().replace("no-such-contact", "1e7efce3-639b-4880-940c-b95cd30cdb50");
    std::fs::write(copy.join("phones.csv"), phones).unwrap();
    let run = import(&site, &["feed/tables"]).expect(1);
    run.has_line("feed/tables/services.csv:3:1: column email: 'not-an-email' is not an email address - write it like name@example.org");
    assert_eq!(content(&site), before);
}
