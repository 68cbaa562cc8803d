//! Shared by the targets: a site's settings loaded once, and the checks of a result.

use std::path::PathBuf;
use std::sync::OnceLock;

use localoffer::config::Config;
use localoffer::load::front_matter;
use localoffer::load::walk::{Entry, EntryKind, Source};

pub const SITE_YAML: &str = "title: Fuzz Local Offer
base_url: https://example.org/local-offer/
default_language: en
languages:
  - { code: en, name: English }
  - { code: ur, name: اردو, direction: rtl }
feedback: feedback@example.org
directory:
  categories:
    - { id: health, name: Health and therapy }
";

/// A folder with `site_yaml`, `content/` and, if given, `translations/en.ftl`.
pub fn site_with(site_yaml: &str, en_ftl: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("site.yaml"), site_yaml).unwrap();
    std::fs::create_dir_all(dir.path().join("content")).unwrap();
    if let Some(ftl) = en_ftl {
        std::fs::create_dir_all(dir.path().join("translations")).unwrap();
        std::fs::write(dir.path().join("translations/en.ftl"), ftl).unwrap();
    }
    dir
}

pub fn config() -> &'static Config {
    static CONFIG: OnceLock<(tempfile::TempDir, Config)> = OnceLock::new();
    &CONFIG
        .get_or_init(|| {
            let dir = site_with(SITE_YAML, None);
            let config = Config::load(dir.path(), None).unwrap();
            (dir, config)
        })
        .1
}

pub fn source(path: &str, id: &str, text: String) -> Source {
    Source { path: PathBuf::from(path), lang: "en".into(), entry: Entry { kind: EntryKind::Page, id: id.into(), bundle: false }, text }
}

/// A line and column inside `text`.
pub fn assert_located(line: usize, col: usize, text: &str) {
    let lines = text.lines().count().max(1) + 1;
    assert!(line >= 1 && line <= lines && col >= 1, "at {line}:{col}, outside the {lines} lines");
}

/// The stable tests' reading of a page as a browser reads it (lol_html), shared.
#[path = "../../tests/common/html.rs"]
mod html;

/// No script, frame, form or event handler, and no address but http(s), mailto, tel, sms
/// or relative, read as the stable tests read a page. (A plain scan of the text, used
/// before, took `id="a on=b"` for an event handler.)
pub fn assert_clean(html: &str) {
    let lower = html.to_ascii_lowercase();
    for element in ["<script", "<iframe", "<object", "<embed", "<style", "<form", "<base", "<meta"] {
        assert!(!lower.contains(element), "{element} in {html}");
    }
    let problems = html::problems(html);
    assert!(problems.is_empty(), "{problems:?} in {html}");
}

/// The site with a home page, the help and services sections and `extra`, built and
/// rendered: every diagnostic of `extra`'s file located, every page clean.
pub fn build_with(extra: Source) {
    let path = extra.path.clone();
    let text = extra.text.clone();
    let section = |p: &str, id: &str| front_matter::parse(source(p, id, "---\ntitle: T\ndescription: D.\n---\n\nText.\n".into())).unwrap();
    let mut documents = vec![section("content/_index.md", ""), section("content/help/_index.md", "help"), section("content/services/_index.md", "services")];
    match front_matter::parse(extra) {
        Ok(document) => documents.push(document),
        Err(d) => assert_located(d.line, d.col, &text),
    }
    let (site, model) = localoffer::model::build(config().clone(), documents, Vec::new(), &[]);
    let (rendered, render) = localoffer::pipeline::render_all(&site);
    for d in model.sorted().into_iter().chain(render.sorted()).filter(|d| d.file == path) {
        assert_located(d.line, d.col, &text);
    }
    rendered.iter().for_each(|r| assert_clean(&r.html));
}
