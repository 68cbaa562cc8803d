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
    site.write("content/help/you-said-we-did.md", format!("---\ntitle: You said, we did\ndescription: Comments.\nupdated: 2026-11-27\ncovers: [regulation-56, schedule-2.2, schedule-2.17]\n---\n\nWhat you told us.\n"));
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
