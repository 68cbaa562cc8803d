//! What a build gives a family on a phone with little data (issue #26): each language's
//! pack for "Save for offline" and the worker that saves it, My list's cards of the
//! services, the share links of a service's page, and `offline:` in site.yaml. The
//! browser suite (tests/browser/test/offline.test.js) uses them in Chromium.

mod common;

use std::io::Read;

use common::{TestSite, DIRECTORY, SPEECH};

fn site() -> TestSite {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}{DIRECTORY}offline:\n  pages: [help/advice]\n  visited_mb: 3\n", common::SITE_YAML));
    site.write("content/services/_index.md", "---\ntitle: Service directory\ndescription: Every service.\n---\n\nFind a service.\n");
    site.write("content/services/speech.md", SPEECH);
    site
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn each_language_has_a_pack_of_its_key_pages_what_they_load_and_their_search() {
    let site = site();
    site.build().expect(0);
    for lang in ["en", "ur"] {
        let pack = json(&site.read(&format!("offline/{lang}.json")));
        let files: Vec<&str> = pack["files"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
        let pages: Vec<&str> = pack["pages"].as_array().unwrap().iter().map(|p| p["url"].as_str().unwrap()).collect();
        // The home page, each section, the page site.yaml names, and every language's own pages.
        for page in ["", "help/", "services/", "help/advice/", "search/", "my-list/", "offline/"] {
            let url = format!("/local-offer/{lang}/{page}");
            assert!(pages.contains(&url.as_str()) && files.contains(&url.as_str()), "{url} is not saved: {pages:?}");
        }
        assert!(!files.iter().any(|f| f.contains("/services/speech/")), "a service's own page is not a key page: {files:?}");
        // What the pages load, and the language's search with the saved pages' fragments.
        assert!(files.iter().any(|f| f.starts_with("/local-offer/assets/style.") && f.ends_with(".css")));
        assert!(files.iter().any(|f| f.starts_with("/local-offer/assets/offline.")));
        assert!(files.contains(&"/local-offer/pagefind/pagefind.js") && files.contains(&"/local-offer/pagefind/pagefind-entry.json"));
        assert!(files.iter().any(|f| f.starts_with(&format!("/local-offer/pagefind/pagefind.{lang}_")) && f.ends_with(".pf_meta")));
        let fragments = files.iter().filter(|f| f.ends_with(".pf_fragment")).count();
        assert!(fragments >= 3, "{fragments} fragments");
        assert!(files.iter().all(|f| !f.contains(&format!("/{}_", if lang == "en" { "ur" } else { "en" }))), "another language's index is in the {lang} pack");
        assert!(files.contains(&format!("/local-offer/{lang}/my-list/services.json.gz").as_str()));
        // Every file listed is in the output, and the size counts them.
        for file in &files {
            let rel = file.strip_prefix("/local-offer/").unwrap();
            let on_disk = if rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_string() };
            assert!(site.exists(&on_disk), "{file} is listed but not written");
        }
        let bytes = pack["bytes"].as_u64().unwrap();
        assert!(bytes > 10_000 && bytes < 2_000_000, "{bytes}");
        // The pages that offer the pack say what it costs, in the language's digits.
        let home = site.read(&format!("{lang}/index.html"));
        assert!(!home.contains("%OFFLINE-KB%"), "the size was not filled in");
        let kb = bytes.div_ceil(1024);
        let digits: String = home.split("data-offline-save>").nth(1).unwrap().split("</button>").next().unwrap().chars().filter(|c| c.is_numeric()).collect();
        let value: u64 = digits.chars().map(|c| c.to_digit(10).or_else(|| "۰۱۲۳۴۵۶۷۸۹".chars().position(|d| d == c).map(|d| d as u32)).unwrap().to_string()).collect::<String>().parse().unwrap();
        assert!(value >= kb && value <= kb + kb / 10 + 10, "the button says {value} KB, the pack is {kb} KB");
    }
}

#[test]
fn the_worker_carries_the_builds_digest_which_changes_with_any_page() {
    let site = site();
    site.build().expect(0);
    let worker = site.read("sw.js");
    let build = json(&site.read("offline/en.json"))["build"].as_str().unwrap().to_string();
    assert!(worker.starts_with("// Made by localoffer"), "{worker}");
    assert!(worker.contains(&format!("\"build\":\"{build}\"")) && worker.contains("\"base\":\"/local-offer/\""), "{worker}");
    assert!(worker.contains("\"visitedBytes\":3145728"), "visited_mb: 3");
    assert!(worker.contains("self.addEventListener(\"fetch\""));
    // The same sources give the same digest; a changed page that no pack holds, another.
    site.build().expect(0);
    assert_eq!(json(&site.read("offline/ur.json"))["build"], build.as_str());
    site.write("content/services/speech.md", SPEECH.replace("Therapists help", "Therapists and assistants help"));
    site.build().expect(0);
    assert_ne!(json(&site.read("offline/en.json"))["build"], build.as_str());
    // Hosts must not cache the worker or the lists.
    let headers = site.read("_headers");
    assert!(headers.contains("/local-offer/sw.js\n  Cache-Control: no-cache"), "{headers}");
    assert!(headers.contains("/local-offer/offline/*\n  Cache-Control: no-cache"), "{headers}");
}

#[test]
fn my_list_has_every_service_card_gzipped_and_a_service_page_has_share_links() {
    let site = site();
    site.build().expect(0);
    for lang in ["en", "ur"] {
        let mut text = String::new();
        flate2::read::GzDecoder::new(&site.read_bytes(&format!("{lang}/my-list/services.json.gz"))[..]).read_to_string(&mut text).unwrap();
        let cards = json(&text);
        let card = &cards[0];
        assert_eq!(card["id"], "speech");
        assert_eq!(card["url"], format!("/local-offer/{lang}/services/speech/").as_str());
        assert_eq!(card["phone"], "01582 546000");
        assert_eq!(card["tel"], "tel:+441582546000");
        assert_eq!(card["address"], "Child Development Centre, Hart Lane, Luton, LU2 0JH");
        assert_eq!(card["hours"], "Monday to Friday, 9am to 5pm");
        // Untranslated text and the facts say what language they are in.
        if lang == "ur" {
            assert_eq!(card["lang"], "en");
            assert_eq!(card["facts_lang"], "en");
        } else {
            assert!(card.get("lang").is_none() && card.get("facts_lang").is_none(), "{card}");
        }
        let list = site.read(&format!("{lang}/my-list/index.html"));
        assert!(list.contains("data-my-list-page") && list.contains("services.json.gz"), "{list}");
        assert!(list.contains("<noscript>"), "without JavaScript the page says why it is empty");
        let service = site.read(&format!("{lang}/services/speech/index.html"));
        assert!(service.contains("data-list-service=\"speech\""), "{service}");
        assert!(service.contains(&format!("href=\"sms:?&amp;body=Speech%20and%20language%20therapy%0A01582%20546000%0Ahttps%3A%2F%2Fexample.org%2Flocal-offer%2F{lang}%2Fservices%2Fspeech%2F\"")), "{service}");
        assert!(service.contains("href=\"mailto:?subject=Speech%20and%20language%20therapy&amp;body="), "{service}");
        let directory = site.read(&format!("{lang}/services/index.html"));
        assert!(directory.contains("data-service=\"speech\""), "{directory}");
        assert!(directory.contains("data-my-list"), "the header links My list");
    }
}

#[test]
fn a_site_without_a_directory_has_no_list_and_still_saves_offline() {
    let site = TestSite::new();
    site.build().expect(0);
    assert!(!site.exists("en/my-list/index.html"));
    assert!(!site.read("en/index.html").contains("data-my-list"));
    assert!(site.exists("en/offline/index.html") && site.exists("sw.js"));
    let pack = json(&site.read("offline/en.json"));
    assert!(pack["files"].as_array().unwrap().iter().all(|f| !f.as_str().unwrap().contains("my-list")));
}

#[test]
fn offline_settings_are_checked_with_their_place_in_site_yaml() {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}offline:\n  pages: [help/advise, help]\n  visited_mb: 500\n  cache: all\n", common::SITE_YAML));
    site.build().expect(1).has_line("site.yaml:13:3: unknown key 'cache' - the keys allowed here are: 'pages', 'visited_mb'");
    site.write("site.yaml", format!("{}offline:\n  pages: [help/advise, help]\n  visited_mb: 500\n", common::SITE_YAML));
    let run = site.build().expect(1);
    run.has_line("site.yaml:11:11: 'offline: pages' names 'help/advise', which is not a page of content/ - write a page's path under content/ without .md, like family-support/new-to-luton");
    run.mentions("site.yaml:12:3: 'visited_mb: 500' would fill a phone");
    assert!(!site.exists("index.html"), "nothing is published");
}
