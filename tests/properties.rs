//! Random and hostile input, in the ordinary test run: front matter, a Markdown page
//! through rendering and the sanitiser, a service record, raw HTML through the sanitiser,
//! the search digest of HTML, site.yaml and a Fluent file. Each from a fixed
//! seed, with a bounded number of cases, so a failure is the same on every run and
//! proptest shrinks it to the smallest input that fails.
//!
//! The property each time: no panic, each input done within a bounded time, and either
//! a located error (a line and column inside the file) or output that holds nothing the
//! sanitiser's allow-list would not let through.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use localoffer::load::front_matter;
use localoffer::load::walk::{Entry, EntryKind, Source};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};

/// Longer than any input here takes in a debug build on a busy machine, by far.
const BOUNDED: Duration = Duration::from_secs(3);

fn runner(cases: u32) -> TestRunner {
    let config = Config { cases, failure_persistence: None, ..Config::default() };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &[27; 32]))
}

/// Text made of `pieces`, some of it random, up to `most` of them.
fn text_of(pieces: &'static [&'static str], most: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![4 => proptest::sample::select(pieces).prop_map(String::from), 1 => "\\PC{0,12}", 1 => "[ \\t\\n:#\\-\\[\\]{}\"'|>&*!%@`]{0,6}"];
    proptest::collection::vec(piece, 0..most).prop_map(|parts| parts.concat())
}

/// Checks that `diagnostic`-like positions are inside `text`.
fn located(what: &str, line: usize, col: usize, message: &str, text: &str) -> Result<(), TestCaseError> {
    let lines = text.lines().count().max(1) + 1;
    prop_assert!(line >= 1 && line <= lines && col >= 1, "{what}: at {line}:{col}, outside the {lines} lines of\n{text}");
    prop_assert!(!message.is_empty(), "{what}: an error that says nothing");
    Ok(())
}

fn timed<T>(work: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    let started = Instant::now();
    let out = work();
    prop_assert!(started.elapsed() < BOUNDED, "took {:?}", started.elapsed());
    Ok(out)
}

const FRONT: &[&str] = &[
    "---\n", "title: A page\n", "description: What it is.\n", "weight: 10\n", "weight: first\n", "updated: 2026-11-27\n", "updated: 2025-02-30\n",
    "topics: [transport]\n", "audience: [parents-carers, ufo]\n", "draft: true\n", "draft: maybe\n", "translation: { by: machine, reviewed: 2026-12-01 }\n",
    "leaflet: { paper: a9 }\n", "leaflet: true\n", "covers: [schedule-2.5.j]\n", "organisation: Example NHS Trust\n", "needs: [all]\n",
    "ages: { from: 5, to: 2 }\n", "contact:\n  phone: 01582 546000\n  email: a@\n", "locations:\n  - { name: A, postcode: LU1 }\n",
    "\ttitle: tab\n", "title: \"never closed\n", "title: 'a''b'\n", "title: &a x\nother: *a\n", "title: x\ntitle: y\n", "- a list\n", ": :\n",
    "unknown_key: 1\n", "title: !!binary aGVsbG8=\n", "? complex\n: key\n", "{a: [b, {c: d}]}\n", "\u{feff}", "\r\n", "# a comment\n", "Text of the page.\n",
];

#[test]
fn front_matter_gives_a_document_or_a_located_error() {
    let strategy = (any::<bool>(), text_of(FRONT, 16));
    runner(512)
        .run(&strategy, |(fenced, body)| front_matter_holds(&if fenced { format!("---\n{body}") } else { body }))
        .unwrap();
}

/// A content file's front matter parses, or its error is located (the `front_matter` target).
fn front_matter_holds(text: &str) -> Result<(), TestCaseError> {
    if let Err(d) = timed(|| front_matter::parse(source("content/help/page.md", "help/page", text.to_string())))? {
        located("front matter", d.line, d.col, &d.message, text)?;
    }
    Ok(())
}

/// Inputs the fuzz targets (fuzz/) found, kept as they were found.
#[test]
fn inputs_the_fuzzers_found_give_located_errors() {
    // A quote's text that reads like the parser's place of an unclosed quote.
    let text = "---\n-+-\n-quoted scalar at line 2 column 0MMMMMMMMMMMM--\n---\n\u{e}*".to_string();
    let d = front_matter::parse(source("content/help/page.md", "help/page", text.clone())).expect_err("not front matter");
    located("front matter", d.line, d.col, &d.message, &text).unwrap();
    // A quoted number as large as a line number can be, which the message repeats.
    let bytes: &[u8] = b"---\n--owe\td ta pota ]it--owe\td ta po]---\n-+-\n-quoted scalar at line 00000000000000018446744073709551615i00000000000--- -- -00000000002 column 1MM--\n---\n--o 44-\n---\n\n\x0e*\x0f\x00\x1a\xae";
    let text = String::from_utf8_lossy(bytes).into_owned();
    if let Err(d) = front_matter::parse(source("content/help/page.md", "help/page", text.clone())) {
        located("front matter", d.line, d.col, &d.message, &text).unwrap();
    }
    // Lone carriage returns, which the YAML parser counts as line breaks.
    let yaml = "\r\ri\rl:";
    let dir = site_with(yaml, None);
    let diagnostics = localoffer::config::Config::load(dir.path(), None).expect_err("not settings");
    for d in diagnostics.sorted() {
        located("site.yaml", d.line, d.col, &d.message, yaml).unwrap();
    }
}

const HTML: &[&str] = &[
    "<script>alert(1)</script>", "<script", "</script>", "<SCRIPT SRC=//evil.example/x.js>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">a</a>",
    "<a href=' JaVa&#x09;ScRiPt:alert(1)'>b</a>", "<a href=\"java\nscript:x\">c</a>", "<a href=\"data:text/html,<script>x</script>\">d</a>", "<a href=\"vbscript:x\">",
    "<svg><script>alert(1)</script></svg>", "<svg onload=alert(1)>", "<math><mi xlink:href=\"javascript:1\">m</mi></math>", "<iframe src=\"https://evil.example\"></iframe>",
    "<object data=x></object>", "<embed src=x>", "<style>*{}</style>", "<form action=\"https://evil.example\"><input></form>", "<base href=\"https://evil.example/\">",
    "<meta http-equiv=refresh content=\"0;url=javascript:1\">", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", "<template><script>x</script></template>",
    "<!--", "-->", "<!-- <script> -->", "<![CDATA[<script>x</script>]]>", "<p>", "</p>", "<div style=\"background:url(javascript:x)\">", "<a href=\"../other/page.md\">e</a>",
    "<a href='x\"onmouseover=\"alert(1)'>f</a>", "<img src=\"bus.png\" alt=\"a bus\">", "<table><tr><td>t</td></tr></table>", "<details open ontoggle=alert(1)>",
    "<a href=\"https://example.org/\" target=_blank>g</a>", "<a href=\"mailto:a@b.c\">h</a>", "<a href=\"tel:+44\">i</a>", "&lt;script&gt;", "<", ">", "\"", "'", "&",
];

#[test]
fn the_sanitiser_lets_no_script_event_handler_or_unsafe_address_through() {
    runner(1024)
        .run(&text_of(HTML, 12), |html| sanitised_clean(&html))
        .unwrap();
}

/// Raw HTML comes out of the sanitiser with nothing its allow-list refuses (the `sanitize` target).
fn sanitised_clean(html: &str) -> Result<(), TestCaseError> {
    // The resolver echoes what the content wrote: the worst a page could make of it.
    let clean = timed(|| localoffer::render::sanitize::sanitize(html, |url| Some(url.to_string())))?;
    let problems = common::html::problems(&clean);
    prop_assert!(problems.is_empty(), "{problems:?} in\n{clean}\nfrom\n{html}");
    let lower = clean.to_ascii_lowercase();
    for element in ["<script", "<iframe", "<object", "<embed", "<style", "<form", "<base", "<meta", "<svg", "<math", "<template", "<noscript"] {
        prop_assert!(!lower.contains(element), "{element} kept in\n{clean}\nfrom\n{html}");
    }
    Ok(())
}

#[test]
fn the_search_digest_reads_any_html() {
    runner(1024)
        .run(&text_of(HTML, 16), |html| digest_reads(&html))
        .unwrap();
}

/// The search digest reads any HTML, leaving scripts out of the text (the `search_digest` target).
fn digest_reads(html: &str) -> Result<(), TestCaseError> {
    let digest = timed(|| localoffer::search::digest::digest(html))?;
    prop_assert!(!digest.text.contains("alert(1)</script>"), "{}", digest.text);
    Ok(())
}

const SITE: &[&str] = &[
    "title: Test\n", "base_url: https://example.org/lo/\n", "base_url: ftp://x\n", "default_language: en\n", "default_language: xx\n",
    "languages:\n  - { code: en, name: English }\n", "languages:\n  - { code: ur, name: اردو, direction: rtl }\n", "languages: []\n", "  - { code: en }\n",
    "feedback: feedback@example.org\n", "feedback: nobody\n", "topics:\n  - { id: transport, name: Transport }\n", "topics:\n  - { id: Bad Id, name: x }\n",
    "directory:\n  categories:\n    - { id: health, name: Health }\n", "directory:\n  page_size: -1\n", "check:\n  reading_age: old\n", "leaflets: 3\n", "interpreting:\n  phone: 1\n",
    "unknown: 1\n", "\ttitle: tab\n", "title: \"open\n", "title: x\ntitle: y\n", ": :\n", "- a\n", "&a x\n", "brand:\n  colour: \"#zzzzzz\"\n",
];

const FLUENT: &[&str] = &[
    "skip-link = Skip to main content\n", "last-updated = Last updated { $date }\n", "x = { $a ->\n  [one] one\n *[other] many\n}\n", "x = { $a ->\n  [one] one\n}\n", "= no id\n",
    "bad id = x\n", "-term = T\n", "y = { -term }\n", "z = { missing }\n", "w = { NUMBER($n) }\n", "v = {\n", "u = }\n", "    indented\n", "# comment\n", "## group\n",
    "t =\n    .attr = A\n", "s = a { \"literal\" } b\n", "r = \\u{0}\n", "leaflet-contacts = Key contacts\n", "q = { $a } { $a ->\n *[x] y\n}\n", "\u{feff}", "\r\n",
];

/// A temporary site with `site_yaml` and `en_ftl`, and the site.yaml the other cases use.
fn site_with(site_yaml: &str, en_ftl: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("site.yaml"), site_yaml).unwrap();
    std::fs::create_dir_all(dir.path().join("content")).unwrap();
    if let Some(ftl) = en_ftl {
        std::fs::create_dir_all(dir.path().join("translations")).unwrap();
        std::fs::write(dir.path().join("translations/en.ftl"), ftl).unwrap();
    }
    dir
}

#[test]
fn site_yaml_gives_settings_or_located_errors() {
    runner(128)
        .run(&text_of(SITE, 10), |yaml| site_yaml_holds(&yaml))
        .unwrap();
}

/// site.yaml loads, or every error is located (the `site_yaml` target).
fn site_yaml_holds(yaml: &str) -> Result<(), TestCaseError> {
    let dir = site_with(yaml, None);
    if let Err(diagnostics) = timed(|| localoffer::config::Config::load(dir.path(), None))? {
        prop_assert!(diagnostics.has_errors());
        for d in diagnostics.clone().sorted() {
            located("site.yaml", d.line, d.col, &d.message, yaml)?;
        }
    }
    Ok(())
}

#[test]
fn a_fluent_file_gives_strings_or_located_errors() {
    runner(128)
        .run(&text_of(FLUENT, 10), |ftl| fluent_holds(&ftl))
        .unwrap();
}

/// Every error of a Fluent file is located (the `fluent_file` target).
fn fluent_holds(ftl: &str) -> Result<(), TestCaseError> {
    let dir = site_with(common::SITE_YAML, Some(ftl));
    let config = localoffer::config::Config::load(dir.path(), None).unwrap();
    let (_localizer, diagnostics) = timed(|| localoffer::localise::Localizer::load(&config))?;
    for d in diagnostics.sorted().into_iter().filter(|d| d.file.ends_with("translations/en.ftl")) {
        located("en.ftl", d.line, d.col, &d.message, ftl)?;
    }
    Ok(())
}

const MARKDOWN: &[&str] = &[
    "## A heading\n", "## Who can apply {#apply}\n", "# A second title\n", "Some text. ", "**bold** ", "*em* ", "`code` ", "~~gone~~ ", "\n\n", "- item\n", "1. first\n",
    "> quoted\n", "| a | b |\n|---|---|\n| c | d |\n", "```rust\nfn main() {}\n```\n", "```\n<script>x</script>\n", "text[^1]\n\n[^1]: the note\n", "[^missing] ",
    "[a link](https://example.org/) ", "[mail](mailto:a@b.c) ", "[phone](tel:+441582546000) ", "[bad](javascript:alert(1)) ", "[data](data:text/html,x) ",
    "[page](../help/_index.md) ", "[gone](nowhere.md) ", "[out](../../../etc/passwd) ", "![alt text](https://example.org/x.png) ", "![](bus.png) ", "<https://example.org> ",
    "[ref]\n\n[ref]: https://example.org\n", "<script>alert(1)</script>\n", "<img src=x onerror=alert(1)>\n", "<a href=\"javascript:alert(1)\">x</a>\n", "<div>\n\n*md in html*\n\n</div>\n",
    "<!-- a comment -->\n", "<a href=\"../help/_index.md\">raw link</a>\n", "\\", "&amp; &#0; &#x110000; ", "<", "]", "[", "\u{202e}", "    indented code\n", "***\n", "Setext\n===\n",
];

/// A site's settings, loaded once: the pages and services of the cases below are built
/// against them.
fn settings() -> (tempfile::TempDir, localoffer::config::Config) {
    let directory = "directory:\n  categories:\n    - { id: health, name: Health and therapy }\n";
    let dir = site_with(&format!("{}{directory}", common::SITE_YAML), None);
    let config = localoffer::config::Config::load(dir.path(), None).unwrap();
    (dir, config)
}

fn source(path: &str, id: &str, text: String) -> Source {
    Source { path: PathBuf::from(path), lang: "en".into(), entry: Entry { kind: EntryKind::Page, id: id.into(), bundle: false }, text }
}

/// The model and every page rendered, of a site with a home page, a help section and
/// `extra`; the diagnostics of both, and each page's HTML.
fn build(config: &localoffer::config::Config, extra: Source) -> (Vec<localoffer::diag::Diagnostic>, Vec<String>) {
    let mut documents = vec![
        front_matter::parse(source("content/_index.md", "", "---\ntitle: Home\ndescription: Home.\n---\n\nHello.\n".into())).unwrap(),
        front_matter::parse(source("content/help/_index.md", "help", "---\ntitle: Help\ndescription: Help.\n---\n\nHelp.\n".into())).unwrap(),
        front_matter::parse(source("content/services/_index.md", "services", "---\ntitle: Services\ndescription: Services.\n---\n\nAll.\n".into())).unwrap(),
    ];
    let mut diagnostics = Vec::new();
    match front_matter::parse(extra) {
        Ok(document) => documents.push(document),
        Err(d) => diagnostics.push(d),
    }
    let (site, model_diagnostics) = localoffer::model::build(config.clone(), documents, Vec::new(), &[]);
    let (rendered, render_diagnostics) = localoffer::pipeline::render_all(&site);
    diagnostics.extend(model_diagnostics.sorted());
    diagnostics.extend(render_diagnostics.sorted());
    (diagnostics, rendered.iter().map(|r| r.html.to_string()).collect())
}

#[test]
fn a_markdown_page_renders_clean_or_gives_located_errors() {
    let (_dir, config) = settings();
    runner(256)
        .run(&text_of(MARKDOWN, 14), |body| page_holds(&config, &body))
        .unwrap();
}

/// A page's Markdown renders clean, its errors located (the `markdown_page` target).
fn page_holds(config: &localoffer::config::Config, body: &str) -> Result<(), TestCaseError> {
    let text = format!("---\ntitle: A page\ndescription: What it is.\n---\n\n{body}");
    let (diagnostics, pages) = timed(|| build(config, source("content/help/page.md", "help/page", text.clone())))?;
    for d in diagnostics.iter().filter(|d| d.file.ends_with("content/help/page.md")) {
        located("page", d.line, d.col, &d.message, &text)?;
    }
    // The home page, two sections and the page, in English and Urdu.
    prop_assert_eq!(pages.len(), 8);
    for html in &pages {
        let problems = common::html::problems(html);
        prop_assert!(problems.is_empty(), "{problems:?} in\n{html}\nfrom\n{text}");
        prop_assert!(!html.to_ascii_lowercase().contains("<script"), "a script in\n{html}\nfrom\n{text}");
    }
    Ok(())
}

const SERVICE: &[&str] = &[
    "organisation: Example NHS Trust\n", "organisation: ''\n", "needs: [communication-and-interaction]\n", "needs: [all, ufo]\n", "categories: [health]\n", "categories: [helth]\n",
    "ages: { from: 0, to: 18 }\n", "ages: { from: 18, to: 0 }\n", "ages: { from: -1, to: 99 }\n", "referral: self\n", "referral: maybe\n", "cost: free\n", "cost: 5\n",
    "contact:\n  phone: 01582 546000\n", "contact:\n  phone: '12'\n", "contact:\n  email: a@b\n", "contact:\n  website: javascript:alert(1)\n", "contact: { website: 'https://example.org/' }\n",
    "locations:\n  - { name: Centre, address: 'Hart Lane, Luton', postcode: LU2 0JH }\n", "locations:\n  - { name: X, postcode: NOPE }\n", "locations: 3\n",
    "languages: [English, Urdu]\n", "hours: Monday to Friday\n", "accessibility: Step-free.\n", "updated: 2026-11-27\n", "review_by: tomorrow\n", "unknown: 1\n",
];

#[test]
fn a_service_record_builds_or_gives_located_errors() {
    let (_dir, config) = settings();
    runner(256)
        .run(&text_of(SERVICE, 10), |facts| service_holds(&config, &facts))
        .unwrap();
}

/// A service's facts build clean, their errors located (the `service_record` target).
fn service_holds(config: &localoffer::config::Config, facts: &str) -> Result<(), TestCaseError> {
    let text = common::service_text("A service", facts);
    let (diagnostics, pages) = timed(|| build(config, source("content/services/a.md", "services/a", text.clone())))?;
    for d in diagnostics.iter().filter(|d| d.file.ends_with("content/services/a.md")) {
        located("service", d.line, d.col, &d.message, &text)?;
    }
    for html in &pages {
        let problems = common::html::problems(html);
        prop_assert!(problems.is_empty(), "{problems:?} in\n{html}\nfrom\n{text}");
    }
    Ok(())
}

/// Every input the fuzz targets kept (fuzz/seeds/<target>.jsonl), through the same
/// property as its target.
#[test]
fn every_input_the_fuzzers_kept_holds_its_property() {
    let (_dir, config) = settings();
    type Check<'a> = &'a dyn Fn(&str) -> Result<(), TestCaseError>;
    let checks: [(&str, Check); 7] = [
        ("front_matter", &front_matter_holds),
        ("markdown_page", &|body| page_holds(&config, body)),
        ("service_record", &|facts| service_holds(&config, facts)),
        ("site_yaml", &site_yaml_holds),
        ("fluent_file", &fluent_holds),
        ("search_digest", &digest_reads),
        ("sanitize", &sanitised_clean),
    ];
    for (target, check) in checks {
        let inputs = common::corpus(target);
        assert!(inputs.len() >= 20, "{target}: {} inputs in fuzz/seeds/{target}.jsonl", inputs.len());
        for (line, text) in inputs {
            if let Err(failed) = check(&text) {
                panic!("fuzz/seeds/{target}.jsonl:{line}: {failed}");
            }
        }
    }
}
