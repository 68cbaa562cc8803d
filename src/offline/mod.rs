//! Reading offline: what "Save for offline" stores in each language, and the service
//! worker that stores it.
//!
//! After every other file is written, each language's *pack* is worked out from the
//! output itself: the home page, every section's landing page, the pages `offline:` in
//! site.yaml names and the pages every language has (search, my list, offline), then what
//! those pages load (their styles, scripts, images and leaflets, read from their HTML),
//! and the search index's files for the language with the fragments of those pages only,
//! so that a search offline finds the saved pages. Each pack is listed in
//! `offline/<lang>.json`, with what it costs to download, and the pages that offer to
//! save it say so ([`SIZE_MARKER`]).
//!
//! `sw.js`, at the top of the site so that its scope is the whole site, is the theme's
//! worker ([`WORKER_CODE`]) after four constants: the build's digest, the base path, the
//! languages and the size limit for visited pages. A browser fetches it again when a
//! page is opened; a new build is a new `sw.js`, whose worker saves the packs saved
//! before again, from the new build, and then deletes the old build's caches (their
//! names carry the digest). Nothing is cached until a reader asks: the pages register
//! the worker only when "Save for offline" is pressed.

pub mod settings;

use std::collections::BTreeSet;
use std::sync::LazyLock;

use libdeflater::{CompressionLvl, Compressor};
use rayon::prelude::*;
use regex::Regex;
use serde::Serialize;

use crate::error::Error;
use crate::load::EntryKind;
use crate::localise::Localizer;
use crate::model::Site;
use crate::search::Indexed;
use crate::write::Sink;

pub use crate::layout::{OFFLINE_MANIFESTS as MANIFESTS, OFFLINE_WORKER as WORKER};
/// The offline page, under each language: what a page never saved gives offline.
pub const PAGE: &str = "offline";
/// Where a page shows the size of its language's pack, until it is known: the pages are
/// written before it is, and the number replaces this text in them.
pub const SIZE_MARKER: &str = "%OFFLINE-KB%";
/// The theme's service worker.
const WORKER_CODE: &str = include_str!("../../themes/default/offline/sw.js");

/// A language's pack, as `offline/<lang>.json` lists it for the worker and the pages.
#[derive(Debug, Serialize)]
pub struct Manifest {
    /// The build's digest: the worker saves only a pack of its own build.
    pub build: String,
    pub lang: String,
    /// What saving downloads, in bytes, counting text files as a host sends them (gzip).
    pub bytes: usize,
    /// The pages saved, with their titles, for the offline page's list.
    pub pages: Vec<SavedPage>,
    /// Every address to store: the pages, then what they load.
    pub files: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct SavedPage {
    pub url: String,
    pub title: String,
}

/// Works out and lists every language's pack, puts its size in the pages that offer it,
/// and writes the worker. `extra` are the pages every language has besides its content
/// (`search/`, ...) and other files of its own (`my-list/services.json.gz`), under
/// `<lang>/`. Returns the packs, by language, for the summary and the tests.
pub fn publish(site: &Site, localizer: &Localizer, sink: &Sink, indexed: &Indexed, extra: &[String]) -> Result<Vec<Manifest>, Error> {
    if sink.is_discard() {
        return Ok(Vec::new());
    }
    let mut manifests: Vec<Manifest> = site.languages().par_iter().map(|l| pack(site, localizer, sink, indexed, &l.code, extra)).collect::<Result<_, Error>>()?;
    // The digest covers every file, the sizes written into the pages included.
    let build = sink.digest();
    for manifest in &mut manifests {
        manifest.build.clone_from(&build);
        let json = serde_json::to_vec(manifest).expect("a manifest is plain data");
        sink.write(&format!("{MANIFESTS}/{}.json", manifest.lang), &json)?;
    }
    sink.write(WORKER, worker(site, &build).as_bytes())?;
    Ok(manifests)
}

/// The pages of `lang` a pack holds, as paths under the output folder (`ur/transport/`).
fn pages(site: &Site, lang: &str, extra: &[String]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let content = site.pages.iter().enumerate().filter(|(_, page)| matches!(page.kind, EntryKind::Home | EntryKind::Section)).map(|(p, _)| p);
    let named = site.config.offline.pages.iter().filter_map(|id| site.page(id));
    let own = extra.iter().filter(|rel| rel.ends_with('/')).map(|rel| format!("{lang}/{rel}"));
    content.chain(named).map(|p| site.page_path(p, lang)).chain(own).filter(|path| seen.insert(path.clone())).collect()
}

static LOADED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"(?:src|href)="([^"?#]+)""#).expect("a valid pattern"));
static TITLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<title>([^<]*)</title>").expect("a valid pattern"));

fn pack(site: &Site, localizer: &Localizer, sink: &Sink, indexed: &Indexed, lang: &str, extra: &[String]) -> Result<Manifest, Error> {
    let base = &site.config.base_path;
    let mut files: Vec<String> = Vec::new(); // paths under the output folder
    let mut listed = BTreeSet::new();
    let mut add = |path: String, files: &mut Vec<String>| {
        if listed.insert(path.clone()) {
            files.push(path);
        }
    };
    let mut saved = Vec::new();
    let mut marked = Vec::new(); // the pages that show the pack's size, with their HTML
    for page in pages(site, lang, extra) {
        let file = format!("{page}index.html");
        let Some(bytes) = sink.read(&file) else { continue };
        let html = String::from_utf8_lossy(&bytes);
        let title = TITLE.captures(&html).map_or_else(String::new, |c| html_escape::decode_html_entities(&c[1]).into_owned());
        saved.push(SavedPage { url: format!("{base}{page}"), title });
        // What the page loads or offers to download: files (with an extension) of the site,
        // not other pages.
        for found in LOADED.captures_iter(&html) {
            let Some(path) = found[1].strip_prefix(base.as_str()) else { continue };
            let name = path.rsplit('/').next().unwrap_or_default();
            if name.contains('.') && !name.ends_with(".html") {
                add(html_escape::decode_html_entities(path).into_owned(), &mut files);
            }
        }
        if let Some(fragment) = indexed.fragments.get(&format!("{base}{page}")) {
            add(fragment.clone(), &mut files);
        }
        if html.contains(SIZE_MARKER) {
            marked.push((file, html.into_owned()));
        }
        add(page, &mut files);
    }
    for path in indexed.language_files.get(&lang.to_lowercase()).into_iter().flatten() {
        add(path.clone(), &mut files);
    }
    for rel in extra.iter().filter(|rel| !rel.ends_with('/')) {
        add(format!("{lang}/{rel}"), &mut files);
    }
    // Only what is there: a page's link to a file another build step did not write is the
    // link checker's business, not a reason to fail saving.
    let mut bytes = 0;
    let mut urls = Vec::with_capacity(files.len());
    let mut compressor = Compressor::new(CompressionLvl::default());
    for path in files {
        let on_disk = if path.ends_with('/') || path.is_empty() { format!("{path}index.html") } else { path.clone() };
        let Some(body) = sink.read(&on_disk) else { continue };
        bytes += transfer_size(&mut compressor, &on_disk, &body);
        urls.push(format!("{base}{path}"));
    }
    let size = localizer.with_digits(lang, &about_kilobytes(bytes).to_string());
    for (file, html) in marked {
        sink.write(&file, html.replace(SIZE_MARKER, &size).as_bytes())?;
    }
    Ok(Manifest { build: String::new(), lang: lang.to_string(), bytes, pages: saved, files: urls })
}

/// What downloading a file costs: a text file as hosts send it, gzipped (at level 6, the
/// usual; by libdeflate, within a few per cent of zlib's size in a fraction of its time);
/// anything else (PDFs, images, the search index, already compressed) as it is.
fn transfer_size(compressor: &mut Compressor, path: &str, body: &[u8]) -> usize {
    let text = [".html", ".css", ".js", ".json", ".svg", ".txt", ".xml"].iter().any(|ext| path.ends_with(ext));
    if !text {
        return body.len();
    }
    let mut out = vec![0; compressor.gzip_compress_bound(body.len())];
    compressor.gzip_compress(body, &mut out).unwrap_or(body.len())
}

/// Kilobytes to two significant figures, rounded up: "about 910 KB".
pub fn about_kilobytes(bytes: usize) -> usize {
    let kb = bytes.div_ceil(1024).max(1);
    let mut unit = 1;
    while kb / unit >= 100 {
        unit *= 10;
    }
    kb.div_ceil(unit) * unit
}

/// `sw.js`: the build's constants, then the theme's worker.
fn worker(site: &Site, build: &str) -> String {
    let config = &site.config;
    let languages: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let constants = serde_json::json!({
        "build": build,
        "base": config.base_path,
        "languages": languages,
        "defaultLanguage": config.default_language,
        "visitedBytes": u64::from(config.offline.visited_mb) * 1024 * 1024,
    });
    format!("// Made by localoffer for this build: see the theme's offline/sw.js.\nconst SITE = {constants};\n{WORKER_CODE}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_rounded_up_to_two_figures() {
        assert_eq!(about_kilobytes(0), 1);
        assert_eq!(about_kilobytes(1), 1);
        assert_eq!(about_kilobytes(99 * 1024), 99);
        assert_eq!(about_kilobytes(99 * 1024 + 1), 100);
        assert_eq!(about_kilobytes(901 * 1024), 910);
        assert_eq!(about_kilobytes(1234 * 1024), 1300);
    }

    #[test]
    fn text_is_counted_gzipped_and_the_rest_as_it_is() {
        let page = "<p>the same words again</p>".repeat(200);
        let mut compressor = Compressor::new(CompressionLvl::default());
        assert!(transfer_size(&mut compressor, "en/index.html", page.as_bytes()) < page.len() / 10);
        assert_eq!(transfer_size(&mut compressor, "en/leaflet.pdf", page.as_bytes()), page.len());
    }
}
