//! `localoffer translate`: the round trip through XLIFF 1.2, held against an independent
//! reader and writer (translate-toolkit, through tests/translate/toolkit.py), and every
//! kind of bad file an agency can send back.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{snapshot, TestSite};

const PAGE: &str = "---
title: Free advice
description: Advice that does not take sides.
weight: 10
updated: 2026-11-27
topics: [transport]
audience: [parents-carers]
leaflet: true
---

We help. See [the help section](_index.md) and **ask us**.

## Who to ring

- Ring `01582 546000` on a weekday.
- Read <abbr title=\"Special educational needs co-ordinator\">SENCO</abbr> notes.

| Day | Time |
|---|---|
| Monday | Morning |

Go back to [who to ring](#who-to-ring).
";

fn site() -> TestSite {
    let site = TestSite::new();
    site.write("content/help/advice.md", PAGE);
    site
}

/// Runs tests/translate/toolkit.py: translate-toolkit must be installed (scripts/test.sh
/// installs it).
fn toolkit(args: &[&str]) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/translate/toolkit.py");
    let output = Command::new("python3").arg(script).args(args).output().expect("python3 runs");
    assert!(output.status.success(), "translate-toolkit failed (run scripts/test.sh to install it):\n{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn export(site: &TestSite, lang: &str) -> (PathBuf, usize) {
    let file = site.temp().join(format!("{lang}.xlf"));
    let run = site.run(&["translate", "export", "--lang", lang, "-o", file.to_str().unwrap()]).expect(0);
    let units = run.stdout.split(", ").find_map(|part| part.strip_suffix(" units")).and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("no unit count in {}", run.stdout));
    (file, units)
}

/// Exports Urdu and fills every target through translate-toolkit.
fn filled(site: &TestSite) -> PathBuf {
    let (file, _) = export(site, "ur");
    let out = site.temp().join("ur-filled.xlf");
    toolkit(&["fill", file.to_str().unwrap(), out.to_str().unwrap()]);
    out
}

#[test]
fn translate_toolkit_reads_every_unit_and_its_translation_imports_and_builds() {
    let site = site();
    let (file, units) = export(&site, "ur");
    assert_eq!(toolkit(&["count", file.to_str().unwrap()]).trim(), units.to_string());
    let filled = filled(&site);
    let run = site.run(&["translate", "import", filled.to_str().unwrap()]).expect(0);
    assert!(run.stdout.contains("content/help/advice.ur.md: 11 of 11 units translated"), "{}", run.stdout);

    let translation = std::fs::read_to_string(site.path("content/help/advice.ur.md")).unwrap();
    assert!(translation.contains("translation: { by: person }\n") && translation.contains("source_updated: 2026-11-27\n"), "{translation}");
    assert!(translation.contains("title: \"FREE ADVICE\"\n") && translation.contains("topics: [transport]\n"), "{translation}");
    assert!(!translation.contains("leaflet"), "a translation takes no leaflet key: {translation}");
    assert!(translation.contains("WE HELP. SEE [THE HELP SECTION](_index.md) AND **ASK US**."), "{translation}");
    assert!(translation.contains("## WHO TO RING {#who-to-ring}"), "the heading keeps its id: {translation}");
    assert!(translation.contains("- RING `01582 546000` ON A WEEKDAY."), "{translation}");
    assert!(translation.contains("| MONDAY | MORNING |"), "{translation}");

    site.build().expect(0);
    let html = site.read("ur/help/advice/index.html");
    assert!(html.contains("<a href=\"/local-offer/ur/help/\">THE HELP SECTION</a>"), "{html}");
    assert!(html.contains("<a href=\"#who-to-ring\">WHO TO RING</a>"), "{html}");
    assert!(html.contains("id=\"who-to-ring\""), "{html}");
    assert!(html.contains("<abbr title=\"Special educational needs co-ordinator\">SENCO</abbr>"), "{html}");
    assert!(!html.contains("machine-notice"), "a person's translation carries no machine notice");
    let check = site.run(&["check"]).expect(0);
    assert!(!check.stderr.contains("advice.ur.md"), "check has something to say about the import:\n{}", check.stderr);
}

#[test]
fn an_empty_target_keeps_the_source_text_in_that_block_only() {
    let site = site();
    let filled = filled(&site);
    let xml = std::fs::read_to_string(&filled).unwrap();
    // Empty the first body unit's target of the advice page.
    let page = xml.find("original=\"content/help/advice.md\"").unwrap();
    let start = page + xml[page..].find("<trans-unit id=\"b1\"").unwrap();
    let target = start + xml[start..].find("<target>").unwrap();
    let end = target + xml[target..].find("</target>").unwrap();
    std::fs::write(&filled, format!("{}<target>{}", &xml[..target], &xml[end..])).unwrap();
    let run = site.run(&["translate", "import", filled.to_str().unwrap()]).expect(0);
    assert!(run.stdout.contains("content/help/advice.ur.md: 10 of 11 units translated (1 left in the source language)"), "{}", run.stdout);
    let translation = std::fs::read_to_string(site.path("content/help/advice.ur.md")).unwrap();
    assert!(translation.contains("\nWe help. See [the help section](_index.md) and **ask us**.\n"), "{translation}");
    assert!(translation.contains("## WHO TO RING"), "{translation}");
}

#[test]
fn export_picks_the_missing_the_stale_or_the_named_pages() {
    let site = site();
    let out = site.temp().join("x.xlf");
    let out = out.to_str().unwrap();
    // The home page has an Urdu translation (of an older version: it has no updated date,
    // so it is not stale); help/ and help/advice have none.
    let missing = site.run(&["translate", "export", "--lang", "ur", "--missing", "-o", out]).expect(0);
    assert!(missing.stdout.contains(": 2 pages,"), "{}", missing.stdout);
    let xml = std::fs::read_to_string(out).unwrap();
    assert!(xml.contains("original=\"content/help/advice.md\"") && !xml.contains("original=\"content/_index.md\""), "{xml}");
    let named = site.run(&["translate", "export", "--lang", "ur", "content/help/advice.md", "-o", out]).expect(0);
    assert!(named.stdout.contains(": 1 pages,"), "{}", named.stdout);
    site.write("content/help/advice.ur.md", "---\ntitle: مشورہ\ndescription: مفت مشورہ۔\nsource_updated: 2026-01-01\ntranslation: { by: machine }\n---\n\nہم مدد کرتے ہیں۔\n");
    let stale = site.run(&["translate", "export", "--lang", "ur", "--stale", "-o", out]).expect(0);
    assert!(stale.stdout.contains(": 1 pages,"), "the advice page only: {}", stale.stdout);
    assert!(std::fs::read_to_string(out).unwrap().contains("original=\"content/help/advice.md\""));
    site.run(&["translate", "export", "--lang", "en", "-o", out]).expect(1).mentions("'en' is the language the pages are written in");
    site.run(&["translate", "export", "--lang", "pl", "-o", out]).expect(1).mentions("the site has no language 'pl' - use one of: ur");
    site.run(&["translate", "export", "--lang", "ur", "content/help/nothing.md", "-o", out]).expect(1).has_line("content/help/nothing.md:1:1: this is not a page of the site - give a Markdown file under content/, like content/advice/sendias.md");
}

/// Imports `file` after `change` and checks that it fails with a located error and leaves
/// content/ as it was; returns stderr.
fn refused(site: &TestSite, file: &Path, change: impl FnOnce(String) -> String) -> String {
    let xml = std::fs::read_to_string(file).unwrap();
    std::fs::write(file, change(xml)).unwrap();
    let before = snapshot(&site.path("content"));
    let run = site.run(&["translate", "import", file.to_str().unwrap()]).expect(1);
    assert_eq!(snapshot(&site.path("content")), before, "content/ changed");
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    run.stderr
}

/// The first line of stderr about `file`, without the path: `line:col: message - hint`.
fn located(stderr: &str, file: &Path) -> String {
    let prefix = format!("{}:", file.display());
    stderr.lines().find_map(|l| l.strip_prefix(&prefix)).unwrap_or_else(|| panic!("no located error for {}:\n{stderr}", file.display())).to_string()
}

#[test]
fn every_bad_file_gives_a_located_error_and_writes_nothing() {
    let site = site();
    let good = filled(&site);
    let good_xml = std::fs::read_to_string(&good).unwrap();
    let bad = site.temp().join("bad.xlf");
    let case = |change: &dyn Fn(String) -> String| {
        std::fs::write(&bad, &good_xml).unwrap();
        let stderr = refused(&site, &bad, change);
        located(&stderr, &bad)
    };
    let unit_block = |xml: &str, id: &str| {
        let start = xml.find(&format!("<trans-unit id=\"{id}\"")).unwrap();
        let end = start + xml[start..].find("</trans-unit>").unwrap() + "</trans-unit>".len();
        (start, end)
    };

    let missing = case(&|xml| {
        let (s, e) = unit_block(&xml, "b2");
        format!("{}{}", &xml[..s], &xml[e..])
    });
    assert!(missing.contains(": unit 'b2' of content/help/advice.md is missing - "), "{missing}");

    let duplicate = case(&|xml| {
        let (s, e) = unit_block(&xml, "b2");
        format!("{}{}{}", &xml[..e], &xml[s..e], &xml[e..])
    });
    assert!(duplicate.contains(": unit 'b2' of content/help/advice.md is there twice - keep one of the two"), "{duplicate}");

    let lost_code = case(&|xml| xml.replacen("<g id=\"1\" ctype=\"link\">THE HELP SECTION</g>", "THE HELP SECTION", 1));
    assert!(lost_code.contains("unit 'b1': inline code 1 (link: [) is missing - keep every inline code"), "{lost_code}");

    let added_code = case(&|xml| xml.replacen("ON A WEEKDAY.", "ON A <x id=\"9\"/>WEEKDAY.", 1));
    assert!(added_code.contains("inline code 9 is not in the source: it was added"), "{added_code}");

    let language = case(&|xml| xml.replace("target-language=\"ur\"", "target-language=\"fr\""));
    assert!(language.contains(": target-language: the site has no language 'fr' - use one of: ur"), "{language}");

    let unknown = case(&|xml| xml.replace("original=\"content/help/advice.md\"", "original=\"content/help/gone.md\""));
    assert!(unknown.contains(": there is no page content/help/gone.md - "), "{unknown}");

    let malformed = case(&|xml| xml[..xml.len() / 2].to_string());
    assert!(malformed.contains(": the XML is malformed: "), "{malformed}");

    let empty = case(&|_| String::new());
    assert_eq!(empty, "1:1: the file is empty - export the pages again with localoffer translate export, or ask the agency for a valid XLIFF 1.2 file");

    let not_xliff = case(&|_| "<html><body/></html>".into());
    assert!(not_xliff.contains("this is not XLIFF"), "{not_xliff}");

    // Every error is at a line and column of the file.
    for found in [&missing, &duplicate, &lost_code, &language, &unknown, &malformed] {
        let mut place = found.split(':');
        assert!(place.next().unwrap().parse::<usize>().unwrap() >= 1 && place.next().unwrap().parse::<usize>().unwrap() >= 1, "{found}");
    }
}

#[test]
fn a_source_changed_since_the_export_is_refused() {
    let site = site();
    let good = filled(&site);
    site.write("content/help/advice.md", PAGE.replace("We help.", "We help you."));
    let stderr = refused(&site, &good, |xml| xml);
    assert!(located(&stderr, &good).contains(": unit 'b1' was exported from an older version of content/help/advice.md - the source text changed since the export"), "{stderr}");
}

#[test]
fn one_bad_file_stops_the_good_ones_too() {
    let site = site();
    let good = filled(&site);
    let bad = site.temp().join("bad.xlf");
    std::fs::write(&bad, "<xliff version=\"1.2\"").unwrap();
    let before = snapshot(&site.path("content"));
    let run = site.run(&["translate", "import", good.to_str().unwrap(), bad.to_str().unwrap()]).expect(1);
    assert_eq!(snapshot(&site.path("content")), before);
    assert!(!site.path("content/help/advice.ur.md").exists());
    run.mentions("the XML is malformed");
    // The same page twice is refused as well.
    let run = site.run(&["translate", "import", good.to_str().unwrap(), good.to_str().unwrap()]).expect(1);
    run.mentions("into 'ur' is also at");
}

#[test]
fn every_language_of_the_example_site_exports_what_translate_toolkit_reads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let temp = tempfile::tempdir().unwrap();
    for lang in ["ur", "ro", "pl", "bn", "ar"] {
        let file = temp.path().join(format!("{lang}.xlf"));
        let output = Command::new(env!("CARGO_BIN_EXE_localoffer")).args(["translate", "export", "--lang", lang, "-o"]).arg(&file).arg("--root").arg(root).output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let units: usize = stdout.split(", ").find_map(|p| p.strip_suffix(" units")).unwrap().parse().unwrap();
        assert!(units > 1000, "{stdout}");
        assert_eq!(toolkit(&["count", file.to_str().unwrap()]).trim(), units.to_string(), "{lang}");
    }
}
