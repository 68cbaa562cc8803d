//! The Local Offer's legal duties: `covers:` in front matter, and what `check` says of
//! Schedule 2 and regulation 56, in its three formats.

mod common;

use common::TestSite;

/// Every paragraph of Schedule 2 covered but `missing`, by the one page that covers them.
fn covers_all_but(missing: &[u8]) -> String {
    (1..=17u8).filter(|n| !missing.contains(n)).map(|n| format!("schedule-2.{n}")).collect::<Vec<_>>().join(", ")
}

/// The test site with content/help/advice.md covering every paragraph but 2 and 17, and
/// a page of comments and responses updated on `updated`.
fn site_missing_2_and_17(updated: &str) -> TestSite {
    let site = TestSite::new();
    let covers = covers_all_but(&[2, 17]);
    site.write("content/help/advice.md", format!("---\ntitle: Free advice\ndescription: Advice.\nupdated: 2026-11-27\ncovers: [{covers}]\n---\n\nWe help.\n"));
    site.write("content/help/you-said-we-did.md", format!("---\ntitle: You said, we did\ndescription: Comments and what we did.\nupdated: {updated}\ncovers: [regulation-56]\n---\n\nWhat you told us.\n"));
    site
}

const MISSING_2: &str = "no page covers Schedule 2, paragraph 2: Help with learning and training the council expects outside its area";
const MISSING_17: &str = "no page covers Schedule 2, paragraph 17: How to make a complaint";

#[test]
fn check_names_each_paragraph_no_page_covers() {
    let site = site_missing_2_and_17("2026-11-27");
    let run = site.run(&["check"]).expect(0);
    run.has_line(&format!("site.yaml:1:1: warning: {MISSING_2} - add covers: [schedule-2.2] to the front matter of the page that gives this information, or write that page; never mark a page that does not"));
    run.mentions(&format!("site.yaml:1:1: warning: {MISSING_17}"));
    run.mentions("site.yaml:1:1: note: Schedule 2: 15 of 17 paragraphs are covered by a page");
    assert_eq!(run.stderr.matches("no page covers Schedule 2").count(), 2, "{}", run.stderr);
    assert!(!run.stderr.contains("regulation 56"), "the comments page is current: {}", run.stderr);
}

#[test]
fn strict_fails_on_a_paragraph_no_page_covers() {
    let site = site_missing_2_and_17("2026-11-27");
    let run = site.run(&["check", "--strict"]).expect(1);
    run.mentions(&format!("site.yaml:1:1: {MISSING_2}"));
    // Every paragraph covered: nothing left to fail on but the test site's own warnings.
    site.write("content/help/you-said-we-did.md", "---\ntitle: You said, we did\ndescription: Comments.\nupdated: 2026-11-27\ncovers: [regulation-56, schedule-2.2, schedule-2.17]\n---\n\nWhat you told us.\n");
    let run = site.run(&["check", "--strict"]);
    assert!(!run.stderr.contains("no page covers"), "{}", run.stderr);
    run.mentions("Schedule 2: 17 of 17 paragraphs are covered by a page");
}

#[test]
fn json_names_each_missing_paragraph() {
    let run = site_missing_2_and_17("2026-11-27").run(&["check", "--format", "json"]).expect(0);
    let all: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mut missing: Vec<&str> = all.as_array().unwrap().iter().map(|d| d["message"].as_str().unwrap()).filter(|m| m.starts_with("no page covers")).collect();
    missing.sort_by_key(|m| m.len());
    assert_eq!(missing, [MISSING_17, MISSING_2]);
    let first = all.as_array().unwrap().iter().find(|d| d["message"] == MISSING_2).unwrap();
    assert_eq!((first["file"].as_str(), first["line"].as_u64(), first["severity"].as_str()), (Some("site.yaml"), Some(1), Some("warning")));
}

#[test]
fn github_annotates_each_missing_paragraph() {
    let run = site_missing_2_and_17("2026-11-27").run(&["check", "--format", "github"]).expect(0);
    for missing in [MISSING_2, MISSING_17] {
        assert!(run.stdout.lines().any(|l| l.starts_with(&format!("::warning file=site.yaml,line=1,col=1::{missing} - "))), "{}", run.stdout);
    }
}

#[test]
fn a_paragraph_that_does_not_exist_is_an_error_at_its_place() {
    let site = TestSite::new();
    site.write("content/help/advice.md", "---\ntitle: Free advice\ndescription: Advice.\ncovers: [schedule-2.15, schedule-2.18]\n---\n\nWe help.\n");
    let run = site.build().expect(1);
    run.mentions("content/help/advice.md:4:25: 'schedule-2.18' is not a paragraph of Schedule 2: it has paragraphs 1 to 17 - write a list of the duties this page meets");
    let run = site.run(&["check"]).expect(1);
    run.mentions("content/help/advice.md:4:25: 'schedule-2.18' is not a paragraph of Schedule 2");
}

#[test]
fn covers_is_written_in_the_default_language_only() {
    let site = TestSite::new();
    site.write("content/help/advice.ur.md", "---\ntitle: مشورہ\ndescription: مفت مشورہ۔\nsource_updated: 2026-11-27\ntranslation: { by: person }\ncovers: [schedule-2.15]\n---\n\nمتن۔\n");
    site.build().expect(1).mentions("content/help/advice.ur.md:6:1: 'covers' is set on a translation - remove it: the English page says which duties the page meets, in every language");
}

#[test]
fn regulation_56_wants_a_comments_page_updated_within_a_year() {
    let site = site_missing_2_and_17("2020-01-31");
    let run = site.run(&["check"]).expect(0);
    run.has_line("content/help/you-said-we-did.md:4:1: warning: the page of comments and responses (regulation 56) was last updated on 2020-01-31, more than 12 months ago - publish the comments received since and the council's response, then set updated: to that day");
    site.write("content/help/you-said-we-did.md", "---\ntitle: You said, we did\ndescription: Comments.\ncovers: [regulation-56]\n---\n\nWhat you told us.\n");
    site.run(&["check"]).expect(0).mentions("content/help/you-said-we-did.md:4:1: warning: the page of comments and responses (regulation 56) does not say when it was updated");
    site.remove("content/help/you-said-we-did.md");
    site.run(&["check"]).expect(0).mentions("site.yaml:1:1: warning: no page publishes the comments received about the Local Offer and the council's response (regulation 56)");
}

#[test]
fn a_site_without_covers_still_builds() {
    TestSite::new().build().expect(0);
}

#[test]
fn the_coverage_page_lists_each_paragraph_with_its_pages_in_every_language() {
    let site = site_missing_2_and_17("2026-11-27");
    site.build().expect(0);
    let en = site.read("en/what-this-local-offer-covers/index.html");
    assert!(en.contains("<h1>What this Local Offer covers</h1>"), "{en}");
    assert!(en.contains("<h2>Paragraph 15: <span>Where to get information, advice and support</span></h2>"), "{en}");
    let fifteen = &en[en.find("Paragraph 15:").unwrap()..en.find("Paragraph 16:").unwrap()];
    assert!(fifteen.contains("<a href=\"/local-offer/en/help/advice/\">Free advice</a>"), "{fifteen}");
    let seventeen = &en[en.find("Paragraph 17:").unwrap()..];
    assert!(seventeen.contains("No page of this site covers this yet.") && !seventeen.contains("help/advice/"), "{seventeen}");
    assert!(en.contains("Open Government Licence v3.0"), "the law's licence is said");
    // Urdu: the interface and the titles in Urdu, a page not translated marked English.
    let ur = site.read("ur/what-this-local-offer-covers/index.html");
    assert!(ur.contains("<html lang=\"ur\" dir=\"rtl\">") && ur.contains("<h1>اس لوکل آفر میں کیا شامل ہے</h1>"), "{ur}");
    assert!(ur.contains("<span>شکایت کیسے کریں</span>"), "{ur}");
    assert!(ur.contains("hreflang=\"en\"><span lang=\"en\" dir=\"ltr\">Free advice</span>"), "{ur}");
    // Every page links to it from its footer, in its language.
    for page in ["en/index.html", "ur/help/index.html", "en/topics/index.html"] {
        let lang = if page.starts_with("ur/") { "ur" } else { "en" };
        assert!(site.read(page).contains(&format!("<a href=\"/local-offer/{lang}/what-this-local-offer-covers/\">")), "{page}");
    }
    assert!(site.read("sitemap.xml").contains("https://example.org/local-offer/ur/what-this-local-offer-covers/"));
}

#[test]
fn coverage_page_in_site_yaml_moves_it_and_a_content_page_may_not_take_its_address() {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}coverage_page: help/what-we-cover\n", common::SITE_YAML));
    site.build().expect(0);
    let page = site.read("en/help/what-we-cover/index.html");
    assert!(page.contains("<a href=\"/local-offer/en/help/\">Help</a>"), "under its section in the breadcrumbs: {page}");
    site.write("content/help/what-we-cover.md", "---\ntitle: Covers\ndescription: A page.\n---\n\nText.\n");
    site.build().expect(1).mentions("content/help/what-we-cover.md:1:1: this page has the address of a page the build writes: help/what-we-cover/");
    site.write("site.yaml", format!("{}coverage_page: Help Pages\n", common::SITE_YAML));
    site.build().expect(1).mentions("site.yaml:10:1: 'Help Pages' cannot be the coverage page's address");
}

#[test]
fn every_footer_says_how_to_get_the_local_offer_in_other_ways() {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}other_formats:\n  phone: 01632 960123\n  email: localoffer@example.org\n  address: Town Hall, High Street, ZZ1 2AB\n", common::SITE_YAML));
    site.write("content/help/advice.md", "---\ntitle: Free advice\ndescription: Advice.\nleaflet: true\n---\n\nWe help.\n");
    site.build().expect(0);
    let page = site.read("en/help/advice/index.html");
    let footer = &page[page.find("<div class=\"other-formats\">").expect("the other-formats part of the footer")..];
    assert!(footer.contains("<strong>Other ways to get this information.</strong>"), "{footer}");
    assert!(footer.contains("<a href=\"/local-offer/en/leaflets/advice.pdf\" type=\"application/pdf\">Print this page as a leaflet</a>"), "{footer}");
    assert!(footer.contains("<a href=\"tel:+441632960123\">Phone 01632 960123</a>"), "{footer}");
    assert!(footer.contains("<a href=\"mailto:localoffer@example.org\">Email localoffer@example.org</a>"), "{footer}");
    assert!(footer.contains("<li>Ask in person at Town Hall, High Street, ZZ1 2AB</li>"), "{footer}");
    // A page without a leaflet links to the list of leaflets; in Urdu, in Urdu, the
    // number kept left to right.
    let home = site.read("ur/index.html");
    let footer = &home[home.find("<div class=\"other-formats\">").unwrap()..];
    assert!(footer.contains("<a href=\"/local-offer/ur/leaflets/\">پرنٹ کرنے کے لیے کتابچے</a>"), "{footer}");
    assert!(footer.contains("01632 960123") && footer.contains("پر فون کریں"), "{footer}");
    assert!(!footer.contains("contact the council"), "{footer}");
}

#[test]
fn without_other_formats_the_footer_says_to_ask_the_council_and_a_wrong_number_is_located() {
    let site = TestSite::new();
    site.build().expect(0);
    let page = site.read("en/help/advice/index.html");
    assert!(page.contains("<p>To ask for it in another form, contact the council.</p>"), "{page}");
    assert!(!page.contains("tel:"), "no number is made up");
    site.write("site.yaml", format!("{}other_formats:\n  phone: 12345\n  email: not-an-email\n", common::SITE_YAML));
    let run = site.build().expect(1);
    run.has_line("site.yaml:11:10: '12345' is not a UK phone number - write it like phone: 01632 960123");
    run.has_line("site.yaml:12:10: 'not-an-email' is not an email address - write it like email: localoffer@example.org");
}

#[test]
fn a_privacy_notice_in_every_language_and_a_favicon_on_every_page() {
    let site = TestSite::new();
    site.build().expect(0);
    let en = site.read("en/privacy/index.html");
    assert!(en.contains("<h1>Privacy</h1>") && en.contains("This site sets no cookies"), "{en}");
    assert!(en.contains("It uses no analytics of any kind."), "{en}");
    let ur = site.read("ur/privacy/index.html");
    assert!(ur.contains("<h1>رازداری</h1>") && ur.contains("کوکیز (cookies)"), "{ur}");
    assert!(site.read("ur/index.html").contains("<a href=\"/local-offer/ur/privacy/\">رازداری</a>"), "linked from the footer");
    // One icon, linked from every page, so that browsers do not ask the host's root for one.
    let icon = site.read("en/index.html").split("<link rel=\"icon\" href=\"").nth(1).and_then(|rest| rest.split('"').next()).map(str::to_string).expect("a favicon link");
    assert!(icon.starts_with("/local-offer/assets/favicon.") && icon.ends_with(".svg"), "{icon}");
    assert!(site.read(icon.trim_start_matches("/local-offer/")).starts_with("<svg"));
    for page in ["index.html", "404.html", "en/help/advice/index.html", "ur/topics/index.html", "en/search/index.html", "ur/privacy/index.html"] {
        assert!(site.read(page).contains(&format!("<link rel=\"icon\" href=\"{icon}\" type=\"image/svg+xml\">")), "{page}");
    }
    site.write("content/privacy/_index.md", "---\ntitle: Privacy\ndescription: Ours.\n---\n\nText.\n");
    site.build().expect(1).mentions("content/privacy/_index.md:1:1: this page has the address of a page the build writes: privacy/");
}

const ACCESSIBILITY: &str = "accessibility:
  organisation: Anytown Council
  compliance: partial
  known_issues:
    - Some maps cannot be read by a screen reader.
  contact: { phone: 01632 960123, email: web@example.org }
  prepared: 2026-01-05
  reviewed: 2026-11-30
";

fn report(date: &str) -> String {
    format!("{{\n  \"date\": \"{date}\",\n  \"pages\": 42,\n  \"languages\": [\"en\", \"ur\"],\n  \"findings\": {{ \"axe\": 0, \"html\": 2, \"reflow\": 0, \"nojs\": 0, \"links\": 0 }}\n}}\n")
}

#[test]
fn the_accessibility_statement_has_the_model_sections_and_the_last_run_of_the_checks() {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}{ACCESSIBILITY}", common::SITE_YAML)).write("accessibility-report.json", report("2026-11-29"));
    site.build().expect(0);
    let en = site.read("en/accessibility/index.html");
    for heading in ["About this website", "How accessible this website is", "What is not accessible, and why", "Asking for information in another format", "Reporting accessibility problems", "Enforcement procedure", "How we tested this website", "Preparation of this statement"] {
        assert!(en.contains(&format!("<h2>{heading}</h2>")), "{heading}: {en}");
    }
    assert!(en.contains("This statement applies to Test Local Offer. This website is run by Anytown Council."), "{en}");
    assert!(en.contains("partially compliant with the Web Content Accessibility Guidelines version 2.2, AA standard"), "{en}");
    assert!(en.contains("<p>Some maps cannot be read by a screen reader.</p>"), "{en}");
    assert!(en.contains("<a href=\"tel:+441632960123\">Phone 01632 960123</a>") && en.contains("<a href=\"mailto:web@example.org\">Email web@example.org</a>"), "{en}");
    assert!(en.contains("On 29 November 2026, the website&#39;s own checks tested 42 pages in 2 languages, in the Chromium browser."), "{en}");
    assert!(en.contains("axe-core, on every page in every language: 0 problems found.") && en.contains("The Nu Html Checker: 2 errors found."), "{en}");
    assert!(en.contains("Reflow at 320 pixels wide") && en.contains("Every page without JavaScript: 0 problems found."), "{en}");
    assert!(en.contains("This statement was prepared on 5 January 2026.") && en.contains("It was last reviewed on 30 November 2026.") && en.contains("The website was last tested on 29 November 2026."), "{en}");
    // In Urdu: the model's text in Urdu, the council's own words marked English.
    let ur = site.read("ur/accessibility/index.html");
    assert!(ur.contains("<h1>رسائی کا بیان (accessibility statement)</h1>"), "{ur}");
    assert!(ur.contains("<p lang=\"en\" dir=\"ltr\">Some maps cannot be read by a screen reader.</p>"), "{ur}");
    assert!(site.read("ur/index.html").contains("<a href=\"/local-offer/ur/accessibility/\">"), "linked from every footer");
    // A current report: check says nothing of the statement.
    let run = site.run(&["check"]).expect(0);
    assert!(!run.stderr.contains("accessibility"), "{}", run.stderr);
}

#[test]
fn check_warns_of_no_statement_no_report_and_a_report_over_a_year_old() {
    let site = TestSite::new();
    site.build().expect(0);
    assert!(site.read("en/accessibility/index.html").contains("This website has not published its accessibility statement yet."));
    site.run(&["check"]).expect(0).has_line("site.yaml:1:1: warning: the site has no accessibility statement - add an accessibility: block to site.yaml (see the README's section for council officers); every public sector website must publish a statement");
    site.write("site.yaml", format!("{}{ACCESSIBILITY}", common::SITE_YAML));
    site.run(&["check"]).expect(0).mentions("accessibility-report.json:1:1: warning: the accessibility statement cannot say how the site was tested: there is no report of the browser checks");
    site.build().expect(0);
    assert!(site.read("en/accessibility/index.html").contains("There is no record of a test of this website yet."));
    site.write("accessibility-report.json", report("2025-01-31"));
    site.run(&["check"]).expect(0).has_line("accessibility-report.json:1:1: warning: the accessibility statement's last test was on 2025-01-31, more than a year ago - run the browser checks again, fix what they find, and keep the new report");
    site.run(&["check", "--strict"]).expect(1);
}

#[test]
fn a_wrong_accessibility_block_or_report_is_an_error_at_its_line() {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}{}", common::SITE_YAML, ACCESSIBILITY.replace("  known_issues:\n    - Some maps cannot be read by a screen reader.\n", "")));
    site.build().expect(1).has_line("site.yaml:12:3: the statement says the site is not fully accessible but names no known issue - list what is not accessible and why under known_issues:, as the model statement asks, or write compliance: full");
    site.write("site.yaml", format!("{}{}", common::SITE_YAML, ACCESSIBILITY.replace("compliance: partial", "compliance: mostly")));
    site.build().expect(1).mentions("site.yaml:12:15: 'mostly' is not allowed for 'compliance'");
    site.write("site.yaml", format!("{}{ACCESSIBILITY}", common::SITE_YAML)).write("accessibility-report.json", report("2026-13-01"));
    site.build().expect(1).mentions("accessibility-report.json:2:12: '2026-13-01' is not a real date");
}
