//! What the build writes cannot be turned against its readers, whatever the content says.
//! Over every page of the example site, and of a site whose every text field is hostile:
//!
//! - every inline `<script>` is data (JSON-LD or JSON), parses as JSON, and cannot close
//!   its element or open a comment (`</script` and `<!--` never appear in it);
//! - every URL attribute is http(s), mailto, tel, sms or relative, and no element has an
//!   event handler;
//! - every leaflet's typst data is content only in string literals: the hostile text,
//!   typst's own syntax included (`#`, `[`, `]`, `$`, `\`, backticks), appears nowhere
//!   typst would read it as code or markup.
//!
//! And over a site made of every page and service the fuzz targets kept (fuzz/seeds/).

mod common;

use std::path::Path;

use common::html::problems;
use common::{corpus, TestSite};
use localoffer::leaflets::{self, data::Job};
use localoffer::pipeline::{self, Setup};
use typst::syntax::{SyntaxKind, SyntaxNode};

/// The marker `Zq`, inside everything that means something to HTML, JSON or typst.
const HOSTILE: &str = r#"Zq #Zq() #[Zq] ]Zq[ $Zq$ \Zq `Zq` "Zq" *Zq* _Zq_ @Zq <Zq> </script><!--Zq--> </SCRIPT ><script>alert(1)</script>"#;

/// `text` as a YAML single-quoted string.
fn yaml(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The problems of every page under `public`, with the page they are on; and how many
/// pages and JSON blocks were read.
fn every_page(public: &Path) -> (Vec<String>, usize, usize) {
    let mut all = Vec::new();
    let (mut pages, mut blocks) = (0, 0);
    for entry in walkdir::WalkDir::new(public).into_iter().map(Result::unwrap).filter(|e| e.path().extension().is_some_and(|x| x == "html")) {
        let html = std::fs::read_to_string(entry.path()).unwrap();
        pages += 1;
        blocks += html.matches("<script type=\"application/ld+json\">").count() + html.matches("<script type=\"application/json\"").count();
        let rel = entry.path().strip_prefix(public).unwrap().display().to_string();
        all.extend(problems(&html).into_iter().map(|p| format!("{rel}: {p}")));
    }
    (all, pages, blocks)
}

#[test]
fn the_checks_find_what_they_look_for() {
    assert!(problems("<p><a href=\"https://example.org/\">a</a> <a href=\"../x/\">b</a> <a href=\"mailto:a@b.c\">c</a> <a href=\"tel:+44\">d</a> <a href=\"sms:+44\">e</a></p>").is_empty());
    assert_eq!(problems("<a href=\" JaVa\tScript:alert(1)\">x</a>").len(), 1);
    assert_eq!(problems("<a href=\"\u{1}javascript:alert(1)\">x</a>").len(), 1, "control characters before a scheme are stripped");
    assert!(problems("<a href=\"x(y|:z\">x</a>").is_empty(), "not a scheme: a relative address");
    assert_eq!(problems("<img srcset=\"a.png 1x, data:image/png;base64,xx 2x\" src=\"a.png\">").len(), 1);
    assert_eq!(problems("<form action=\"vbscript:x\"></form><p onclick=\"x()\">y</p>").len(), 2);
    assert_eq!(problems("<script>alert(1)</script>").len(), 1);
    assert!(problems("<script type=\"application/ld+json\">{\"a\":\"\\u003c/script>\"}</script>").is_empty());
    // Closed early by a `</script` in a string: what is left is not JSON, and a script follows.
    assert_eq!(problems("<script type=\"application/ld+json\">{\"a\":\"</script><script>alert(1)</script>\"}</script>").len(), 2);
    assert_eq!(problems("<script type=\"application/ld+json\">{\"a\":\"<!--\"}</script>").len(), 1);
}

#[test]
fn every_page_of_the_example_site_keeps_its_json_inert_and_its_addresses_safe() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_localoffer")).args(["build", "--quiet", "--root", env!("CARGO_MANIFEST_DIR"), "--output"]).arg(&public).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let (problems, pages, blocks) = every_page(&public);
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    assert!(pages > 500 && blocks >= 70 * 6, "{pages} pages, {blocks} JSON blocks read");
}

/// A site whose every text field an editor writes (the site's title, a page's title,
/// description and text, a service's facts, an interface string) is [`HOSTILE`].
fn hostile_site() -> TestSite {
    let site = TestSite::new();
    let h = yaml(HOSTILE);
    let site_yaml = common::SITE_YAML.replacen("title: Test Local Offer", &format!("title: {h}"), 1);
    site.write("site.yaml", format!("{site_yaml}directory:\n  categories:\n    - {{ id: zq, name: {h} }}\n"));
    site.write("translations/en.ftl", format!("leaflet-contacts = {}\n", HOSTILE.replace(['{', '}'], "")));
    site.write("content/services/_index.md", "---\ntitle: Services\ndescription: The services.\n---\n\nEvery service.\n");
    site.write(
        "content/services/zq.md",
        format!(
            "---\ntitle: {h}\ndescription: {h}\norganisation: {h}\ncategories: [zq]\ncontact:\n  phone: 01582 546000\n  website: 'https://example.org/Zq?q=$Zq#[Zq]'\nlocations:\n  - {{ name: {h}, address: {h}, postcode: LU1 2BQ }}\nhours: {h}\naccessibility: {h}\nlanguages: [{h}]\n---\n\n{HOSTILE}\n"
        ),
    );
    let body = format!(
        "{HOSTILE}\n\n## {HOSTILE}\n\n- {HOSTILE}\n- [{HOSTILE}](https://example.org/Zq?a=[Zq]$)\n\n| {HOSTILE} | b |\n|---|---|\n| {HOSTILE} | c |\n\n```\n{HOSTILE}\n```\n\n> {HOSTILE}[^n]\n\n[^n]: {HOSTILE}\n\n[Contact Zq](../services/zq.md#contact)\n\n<span onclick=\"alert(1)\" style=\"color:red\">Zq</span><iframe src=\"https://evil.example/\"></iframe><style>*{{}}</style><script>alert(1)</script>\n"
    );
    site.write("content/help/zq.md", format!("---\ntitle: {h}\ndescription: {h}\nleaflet: true\n---\n\n{body}"));
    site.write("content/help/zq.ur.md", format!("---\ntitle: {h}\ndescription: {h}\nsource_updated: 2026-01-01\ntranslation: {{ by: person }}\n---\n\n{body}"));
    site
}

#[test]
fn hostile_text_in_every_field_stays_text_on_every_page() {
    let site = hostile_site();
    site.build().expect(0);
    let (problems, pages, blocks) = every_page(&site.path("public"));
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    assert!(pages > 10 && blocks >= 2, "{pages} pages, {blocks} JSON blocks read");
    let service = site.read("en/services/zq/index.html");
    assert!(service.contains("Zq #Zq() #[Zq]"), "the text is shown as written");
    assert!(!service.contains("<script>alert(1)</script>") && !site.read("en/help/zq/index.html").contains("<script>alert(1)</script>"));
}

/// The leaves of `node` that typst reads as code or markup (all but string literals).
fn outside_literals(node: &SyntaxNode, out: &mut Vec<String>) {
    if node.kind() == SyntaxKind::Str {
        return;
    }
    if node.children().len() == 0 {
        out.push(node.leaf_text().to_string());
    }
    node.children().for_each(|child| outside_literals(child, out));
}

#[test]
fn every_text_field_reaches_a_leaflet_only_as_a_string_literal() {
    let site = hostile_site();
    let (setup, config, diagnostics) = Setup::load(site.root(), None).unwrap();
    assert!(!diagnostics.has_errors(), "{diagnostics:?}");
    let setup = setup.unwrap();
    let content = pipeline::load_content(&config);
    let (model, _) = localoffer::model::build(config, content.documents, content.assets, &content.unreadable);
    let (rendered, _) = pipeline::render_all(&model);
    let sources = leaflets::Sources { site: &model, localizer: &setup.localizer, kit: &setup.leaflet_kit, rendered: &rendered };
    let mut checked = 0;
    for page in 0..model.pages.len() {
        let Some(settings) = leaflets::settings(&model, page) else { continue };
        for lang in leaflets::languages(&model, page) {
            let job = Job { sources: &sources, page, lang, settings: &settings, sections: None };
            let data = job.data().unwrap() + &job.qr().unwrap();
            // Every field is there: the marker in each of them, in a literal.
            let heading = (lang == "en").then_some("#let contacts-heading = \"Zq");
            for field in ["#let site-title = \"Zq", "#let page-title = \"Zq", "#let description = \"Zq", "(name: \"Zq", "organisation: \"Zq", "website: \"https://example.org/Zq"].into_iter().chain(heading) {
                assert!(data.contains(field), "{lang}: no {field} in\n{data}");
            }
            let tree = typst::syntax::parse(&data);
            assert!(!tree.diagnosis().errors, "{lang}: {:?}\n{data}", tree.errors_and_warnings().0);
            let mut code = Vec::new();
            outside_literals(&tree, &mut code);
            let reached: Vec<&String> = code.iter().filter(|leaf| leaf.contains("Zq")).collect();
            assert!(reached.is_empty(), "{lang}: content read as typst: {reached:?}\n{data}");
            checked += 1;
        }
    }
    assert_eq!(checked, 2, "the leaflet in English and Urdu");
}

/// Every page body and service record the fuzz targets kept, wrapped as their targets wrap
/// them (each service with a name of its own), in one site built by the binary. The files it refuses are each named by a located
/// error; without them it builds, and every page keeps its JSON inert and its addresses safe.
#[test]
fn the_pages_and_services_the_fuzzers_kept_build_safe_pages() {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}directory:\n  categories:\n    - {{ id: health, name: Health and therapy }}\n", common::SITE_YAML));
    site.write("content/help/_index.md", "---\ntitle: Help\ndescription: Help.\n---\n\nHelp.\n");
    site.write("content/services/_index.md", "---\ntitle: Services\ndescription: Services.\n---\n\nAll.\n");
    let pages = corpus("markdown_page");
    let services = corpus("service_record");
    for (i, (_, body)) in pages.iter().enumerate() {
        site.write(&format!("content/help/f{i}.md"), format!("---\ntitle: A page\ndescription: What it is.\n---\n\n{body}"));
    }
    for (i, (_, facts)) in services.iter().enumerate() {
        site.write(&format!("content/services/f{i}.md"), common::service_text(&format!("Service {i}"), facts));
    }
    let first = site.build();
    let mut refused = std::collections::BTreeSet::new();
    if first.code != 0 {
        assert_eq!(first.code, 1, "{}", first.stderr);
        for line in first.stderr.lines().filter(|l| l.starts_with("content/") && !l.contains(": warning:")) {
            let mut parts = line.splitn(4, ':');
            let (file, row, col) = (parts.next().unwrap(), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            assert!(row.parse::<usize>().is_ok_and(|n| n >= 1) && col.parse::<usize>().is_ok_and(|n| n >= 1), "not located: {line}");
            refused.insert(file.to_string());
        }
        assert!(!refused.is_empty(), "an error with no file:\n{}", first.stderr);
        for file in &refused {
            site.remove(file);
        }
        site.build().expect(0);
    }
    let built = pages.len() + services.len() - refused.len();
    assert!(built * 2 > pages.len() + services.len(), "only {built} of {} inputs built", pages.len() + services.len());
    let (problems, read, blocks) = every_page(&site.path("public"));
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    assert!(read > built && blocks > 0, "{read} pages, {blocks} JSON blocks read");
}
