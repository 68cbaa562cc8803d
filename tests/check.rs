//! `localoffer check`: the build's errors plus editorial warnings, in three formats.

mod common;

use common::TestSite;

/// A site with one of each warning planted in content/help/advice.md and its translation.
fn site_with_warnings() -> TestSite {
    let site = TestSite::new();
    site.write(
        "content/help/advice.md",
        "---
title: Free advice
description: Free advice about special educational needs for every family in the town, from people who do not work for the council or the schools and who will listen to you first.
updated: 2026-03-01
review_by: 2001-01-01
---

Read the guide [here](_index.md).

See [https://example.org/guide](https://example.org/guide) and [the old site](http://example.org/old).

#### Too deep

# A second title

The council will consider the views of the child and the parent and the school and any other person who has been involved in providing support to the child over a long time.
",
    );
    site.write("content/help/advice.ur.md", "---\ntitle: مشورہ\ndescription: مفت مشورہ۔\nsource_updated: 2025-01-01\n---\n\nمتن۔\n");
    site
}

const FILE: &str = "content/help/advice.md";

#[test]
fn human_format_lists_every_warning_at_its_line() {
    let site = site_with_warnings();
    let run = site.run(&["check"]).expect(0);
    run.has_line(&format!("{FILE}:3:1: warning: the description is 166 characters long - keep it under 160 characters: one short sentence"));
    run.has_line(&format!("{FILE}:5:1: warning: the review date 2001-01-01 has passed - check the page is still right, then set review_by to a new date"));
    run.has_line(&format!("{FILE}:8:16: warning: the link text 'here' says nothing out of context - name where the link leads, like 'apply for school transport'"));
    run.mentions(&format!("{FILE}:10:5: warning: the link text is a bare web address"));
    run.has_line(&format!("{FILE}:10:64: warning: 'http://example.org/old' is not a secure address - use https:// if the site has it"));
    run.has_line(&format!("{FILE}:12:1: warning: the heading jumps from # to #### - use ## here, so screen reader users can follow the outline"));
    run.mentions(&format!("{FILE}:14:1: warning: a # heading repeats the page title's level"));
    run.mentions(&format!("{FILE}:16:1: warning: a sentence here has 33 words - split it: aim for 25 words or fewer"));
    run.mentions("content/help/advice.ur.md:4:1: warning: this translation is older than its source: translated from the 2025-01-01 version, the source was updated on 2026-03-01");
    run.mentions("site.yaml:6:7: note: اردو: 2 of 3 pages are translated (66%)");
    assert!(!site.path("public").exists(), "check writes nothing");
}

#[test]
fn strict_turns_warnings_into_errors() {
    let run = site_with_warnings().run(&["check", "--strict"]).expect(1);
    run.mentions(&format!("{FILE}:5:1: the review date 2001-01-01 has passed"));
    run.mentions("error(s): check failed");
}

#[test]
fn json_format_for_ci() {
    let run = site_with_warnings().run(&["check", "--format", "json"]).expect(0);
    let all: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let review = all.as_array().unwrap().iter().find(|d| d["message"].as_str().unwrap().contains("review date")).unwrap();
    assert_eq!(review["file"], FILE);
    assert_eq!(review["line"], 5);
    assert_eq!(review["col"], 1);
    assert_eq!(review["severity"], "warning");
}

#[test]
fn github_format_makes_annotations() {
    let run = site_with_warnings().run(&["check", "--format", "github"]).expect(0);
    assert!(run.stdout.lines().any(|l| l == format!("::warning file={FILE},line=5,col=1::the review date 2001-01-01 has passed - check the page is still right, then set review_by to a new date")), "{}", run.stdout);
    assert!(run.stdout.lines().any(|l| l.starts_with("::notice file=site.yaml,line=6,col=7::")), "{}", run.stdout);
    let errors = TestSite::new();
    errors.write(FILE, "---\ntitle: A\ndescription: B.\nweight: x\n---\n");
    let failed = errors.run(&["check", "--format", "github"]).expect(1);
    assert!(failed.stdout.starts_with(&format!("::error file={FILE},line=4,col=9::'weight' must be a whole number")), "{}", failed.stdout);
}

#[test]
fn reading_age_above_the_site_level_is_flagged() {
    let site = TestSite::new();
    let hard = "Notwithstanding considerable administrative complications, the authority's educational psychologists systematically investigate individual circumstances. ".repeat(8);
    site.write(FILE, format!("---\ntitle: A\ndescription: B.\n---\n\n{hard}\n"));
    let run = site.run(&["check"]).expect(0);
    run.mentions(&format!("{FILE}:5:1: warning: the text needs a reading age of about"));
    site.write("site.yaml", format!("{}check: {{ reading_age: 60 }}\n", common::SITE_YAML));
    let relaxed = site.run(&["check"]).expect(0);
    assert!(!relaxed.stderr.contains("reading age"), "{}", relaxed.stderr);
}

#[test]
fn missing_interface_strings_are_listed() {
    let site = TestSite::new();
    // A language the program has no strings for: the site's file holds one.
    site.write("site.yaml", common::SITE_YAML.replace("  - { code: ur, name: اردو, direction: rtl }\n", "  - { code: ur, name: اردو, direction: rtl }\n  - { code: so, name: Soomaali }\n"));
    site.write("translations/so.ftl", "skip-link = U gudub\n");
    let run = site.run(&["check"]).expect(0);
    run.mentions("translations/so.ftl:1:1: warning:").mentions("are not translated into Soomaali: a-z-heading, a-z-intro, accessibility-about,");
    // Urdu has every built-in string; the site's own topic name is what it lacks.
    assert!(!run.stderr.contains("interface string(s) are not translated into اردو"), "{}", run.stderr);
    run.mentions("translations/ur.ftl:1:1: warning: 1 topic or category name(s) are not translated into اردو: topic-transport");
}

#[test]
fn new_page_and_new_translation() {
    let site = TestSite::new();
    let run = site.run(&["new", "page", "content/help/travel-training.md"]).expect(0);
    assert_eq!(run.stdout.trim(), "created content/help/travel-training.md");
    let today = chrono::Local::now().date_naive().to_string();
    let text = std::fs::read_to_string(site.path("content/help/travel-training.md")).unwrap();
    assert!(text.starts_with("---\ntitle: Travel training\n"), "{text}");
    assert!(text.contains(&format!("updated: {today}\n")), "{text}");
    // The description is the editor's to write: until then the build says so, at its line.
    site.build().expect(1).has_line("content/help/travel-training.md:4:1: 'description' is empty - write one sentence that sums up the page after 'description:': it shows in listings, search results and search engines");
    site.write("content/help/travel-training.md", text.replace("description: \"\"", "description: How to learn to travel alone."));
    site.build().expect(0);

    let run = site.run(&["new", "page", "help/advice", "--lang", "ur"]).expect(0);
    assert_eq!(run.stdout.trim(), "created content/help/advice.ur.md");
    let translation = std::fs::read_to_string(site.path("content/help/advice.ur.md")).unwrap();
    assert!(translation.contains("title: \"Free advice\"\n"), "{translation}");
    assert!(translation.contains(&format!("updated: {today}\nsource_updated: 2026-11-27\n")), "{translation}");
    assert!(translation.contains("## Who we are"), "the text to translate is copied");
    assert!(translation.contains("\ntranslation: { by: none }\n"), "marked as not translated yet: {translation}");
    // Until someone translates it, it is published as the untranslated page it still is,
    // and check says so at the mark.
    site.build().expect(0);
    let page = site.read("ur/help/advice/index.html");
    assert!(page.contains("<p class=\"untranslated-notice\">") && page.contains("<h1 lang=\"en\" dir=\"ltr\">Free advice</h1>"), "{page}");
    site.run(&["check"]).expect(0).mentions("content/help/advice.ur.md:6:1: warning: this translation is not translated yet (translation: { by: none })");
    site.write("content/help/advice.ur.md", translation.replace("title: \"Free advice\"", "title: مفت مشورہ").replace("{ by: none }", "{ by: person }"));
    site.build().expect(0);
    let page = site.read("ur/help/advice/index.html");
    assert!(!page.contains("untranslated-notice") && page.contains("<h1>مفت مشورہ</h1>"), "{page}");
    assert!(!site.run(&["check"]).expect(0).stderr.contains("not translated yet"));

    site.run(&["new", "page", "help/advice", "--lang", "ur"]).expect(1).mentions("content/help/advice.ur.md:1:1: this file already exists");
    site.run(&["new", "page", "help/advice", "--lang", "xx"]).expect(1).mentions("'xx' is not a language to translate into - use one of: ur");
    site.run(&["new", "page", "help/missing", "--lang", "ur"]).expect(1).mentions("there is no page to translate here");
}

#[test]
fn coverage_counts_translations_by_whom_and_min_coverage_fails_below_it() {
    let site = TestSite::new();
    // Three pages: the home page by a person, the advice page by a machine (older than its
    // source, reviewed), the help section not translated.
    site.write("content/help/advice.ur.md", "---\ntitle: مشورہ\ndescription: مفت مشورہ۔\nsource_updated: 2025-01-01\ntranslation: { by: machine, reviewed: 2026-12-01 }\n---\n\nمتن۔\n");
    let run = site.run(&["check"]).expect(0);
    run.has_line("site.yaml:6:7: note: اردو: 2 of 3 pages are translated (66%); 1 by a person, 1 reviewed, 1 out of date - the other pages show the English text with a notice");
    let json = site.run(&["check", "--format", "json", "--min-coverage", "70"]).expect(1);
    let parsed: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let coverage = parsed.as_array().unwrap().iter().find(|d| d["file"] == "site.yaml" && d["message"].as_str().unwrap().contains("pages are translated")).expect("a coverage diagnostic");
    assert_eq!(coverage["severity"], "error");
    assert!(coverage["message"].as_str().unwrap().ends_with("below --min-coverage 70"), "{coverage}");
    site.run(&["check", "--min-coverage", "66"]).expect(0);
    site.run(&["check", "--min-coverage", "101"]).expect(2);
}

#[test]
fn a_translation_that_does_not_say_who_made_it_is_a_warning() {
    let site = TestSite::new();
    site.write("content/help/advice.ur.md", "---\ntitle: مشورہ\ndescription: مفت مشورہ۔\nsource_updated: 2026-11-27\n---\n\nمتن۔\n");
    site.run(&["check"]).expect(0).has_line("content/help/advice.ur.md:2:1: warning: this translation does not say who made it - add translation: { by: person } for a translator's work or { by: machine } for a machine's; readers of a machine's are told no person has checked it");
}
