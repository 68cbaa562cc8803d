//! The search stage: one Pagefind index per language, built in this process from the
//! pages the build has just rendered (nothing is read back from `public/`).
//!
//! Each language's index holds every page published in that language, with its title,
//! description and body: a page not yet translated is indexed with the default language's
//! text it shows, as Pagefind indexes every page under its `<html lang>`, so an English
//! query typed on the Polish search page finds an English-only page or service. Such a
//! page carries `lang` in its metadata (the search page says "(in English)" beside it),
//! and its words weigh a little less than a translated page's, so that it ranks after a
//! translated match of the same strength. Each page also has the other forms of the SEND
//! words it uses ([`vocabulary`], in the language of its text), so "EHCP" finds a page
//! that only says "EHC plan"; and its section, topics and audience (for services, needs
//! and first and last age) as filters. Beside the index, each language has a list of its
//! pages' words ([`spelling`]), named after its metadata file, which `search.js` fetches
//! to correct a misspelt query. The index is written in Pagefind's format by [`bundle`],
//! which reads the pages as Pagefind's indexer does ([`digest`],
//! [`words`], which also folds Urdu, Arabic and Bengali variants) at a fraction of its
//! time and memory; Pagefind's JavaScript and WebAssembly search it in the browser, under
//! `pagefind/`, and the theme's `search.js` is our own interface on Pagefind's API.

pub mod bundle;
pub mod digest;
pub mod format;
pub mod read;
pub mod spelling;
pub mod vocabulary;
pub mod words;

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::{Mutex, OnceLock};

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use rayon::prelude::*;

use crate::error::Error;
use crate::localise::Localizer;
use crate::model::Site;
use crate::output::views::Views;
use crate::render::Rendered;
use crate::write::OutputFile;
use crate::escape::escape_html;
pub use read::Page;
pub use vocabulary::{Found, Vocabulary};

/// The version of Pagefind whose format [`bundle`] writes: its WebAssembly reads no other
/// (a test checks it against the Pagefind crate's own entry file).
pub const PAGEFIND_VERSION: &str = "1.6.0";

/// Where the index is published, under the output folder.
pub const BUNDLE: &str = "pagefind";

/// The filters holding the first and the last age a service covers ("0" to "25").
pub const AGE_FROM: &str = "age-from";
pub const AGE_TO: &str = "age-to";

/// How much a word of a page shown untranslated weighs against the same word in a
/// translated page: a little less, so that of two equal matches the translation comes first.
const UNTRANSLATED_WEIGHT: f32 = 0.9;

/// What the index is given for page `p` in `lang`: the page as the reader of `lang` gets
/// it, in the default language's text where it is not translated. `html` is its rendered
/// body; `found`, if given, keeps where its SEND words are ([`Vocabulary::find`]), found
/// the first time and taken again for every language that shows the same text.
pub fn page(site: &Site, localizer: &Localizer, vocabulary: &Vocabulary, p: usize, lang: &str, html: &str, found: Option<&OnceLock<Found>>) -> Option<Page> {
    let page = &site.pages[p];
    let (doc, translated) = page.doc(lang, site.default_lang());
    let text_lang = if translated { lang } else { site.default_lang() };
    let views = Views { site, localizer };
    let title = escape_html(&doc.front.title);
    let text = format!("<h1>{title}</h1><p>{}</p>{html}", escape_html(&doc.front.description));
    let body = match found {
        Some(found) => vocabulary.write(text_lang, &text, found.get_or_init(|| vocabulary.find(text_lang, &text))),
        None => vocabulary.annotate(text_lang, &text),
    };
    let body = if translated { body } else { weighed(&body, UNTRANSLATED_WEIGHT) };
    let mut filters: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut filter = |name: &str, value: &str| filters.entry(name.to_string()).or_default().push(escape_html(value));
    let section = page.parent.map(|s| site.pages[s].doc(lang, site.default_lang()).0.front.title.clone());
    if let Some(section) = section.filter(|_| page.parent != site.page("")) {
        filter("section", &section);
    }
    let source = &page.source_doc(site.default_lang()).front;
    for topic in &source.topics {
        filter("topic", &views.topic_name(topic, lang));
    }
    for audience in &source.audience {
        filter("audience", &localizer.t(lang, audience.key(), None));
    }
    let services = crate::directory::views::ServiceViews { site, localizer };
    for need in source.needs.iter().flatten() {
        filter("need", &services.need_name(lang, *need));
    }
    if let Some(ages) = source.ages {
        // Its first and last age, so that "2 year old" finds it (`search.js` asks for a
        // first age up to 2 and a last from 2): two values, as a page's filters are
        // downloaded with its excerpt.
        filter(AGE_FROM, &ages.from.to_string());
        filter(AGE_TO, &ages.to.to_string());
    }
    // Every page has the same fields, as the index writes them fastest that way.
    let meta = BTreeMap::from([("title".to_string(), title), ("lang".to_string(), text_lang.to_string())]);
    Some(Page { url: site.url(p, lang), body, meta, filters })
}

/// `html` with every word weighing `factor` times what it would: each heading given its
/// own weight (Pagefind's, 7 for `h1` down to 2 for `h6`, times `factor`), the rest
/// wrapped in an element of weight `factor`.
fn weighed(html: &str, factor: f32) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let _ = write!(out, "<div data-pagefind-weight=\"{factor}\">"); // writing to a String cannot fail
    let mut rest = html;
    while let Some(at) = rest.find("<h") {
        let level = rest.as_bytes().get(at + 2).copied().filter(|b| (b'1'..=b'6').contains(b));
        let after = rest.as_bytes().get(at + 3).copied();
        out.push_str(&rest[..at + 3.min(rest.len() - at)]);
        rest = &rest[(at + 3).min(rest.len())..];
        if let (Some(level), Some(b' ' | b'>')) = (level, after) {
            let weight = f32::from(7 - (level - b'1')) * factor;
            let _ = write!(out, " data-pagefind-weight=\"{weight:.2}\"");
        }
    }
    out.push_str(rest);
    out.push_str("</div>");
    out
}

/// The HTML Pagefind's own indexer would read for page `p` in `lang`, with its URL: the
/// same page as [`page`] gives, for tests and for readers of the index.
pub fn document(site: &Site, localizer: &Localizer, vocabulary: &Vocabulary, p: usize, lang: &str, rendered: &Rendered) -> Option<(String, String)> {
    page(site, localizer, vocabulary, p, lang, &rendered.html, None).map(|page| (page.url.clone(), page.html(lang)))
}

impl Page {
    /// The page as an HTML document with Pagefind's attributes.
    pub fn html(&self, lang: &str) -> String {
        let title = self.meta.get("title").map_or("", String::as_str);
        let mut html = format!("<html lang=\"{lang}\"><head><title>{title}</title></head><body><main data-pagefind-body>{}<div data-pagefind-ignore=\"index\">", self.body);
        for (name, value) in &self.meta {
            let _ = write!(html, "<span data-pagefind-meta=\"{name}\">{value}</span>"); // writing to a String cannot fail
        }
        for (name, values) in &self.filters {
            for value in values {
                let _ = write!(html, "<span data-pagefind-filter=\"{name}\">{value}</span>");
            }
        }
        html.push_str("</div></main></body></html>");
        html
    }
}

/// What [`index`] wrote.
#[derive(Debug, Default)]
pub struct Indexed {
    pub files: usize,
    /// Each page's address (with the base path) and its fragment's path under the output
    /// folder: the part of the index an offline copy of that page needs.
    pub fragments: std::collections::HashMap<String, String>,
    /// Each language's files (paths under the output folder) that any search in it loads:
    /// Pagefind's script and entry file, the language's WebAssembly, metadata, word
    /// chunks, filters and spelling list. Its fragments are in `fragments`.
    pub language_files: BTreeMap<String, Vec<String>>,
}

/// Builds the index of every language and hands its files, under [`BUNDLE`], to `write`
/// as they are made; returns how many there were and where each page's fragment went.
///
/// Each language's index is written by [`bundle`] (its pages read on every core); Pagefind
/// gives the files that do not depend on the pages: its JavaScript, and the WebAssembly of
/// each language, which stems a query as [`words`] stemmed the pages.
pub fn index(site: &Site, localizer: &Localizer, vocabulary: &Vocabulary, rendered: &[Rendered], write: &(dyn Fn(&OutputFile) -> Result<(), Error> + Sync)) -> Result<Indexed, Error> {
    // Each language indexes every page it publishes (Pagefind's codes are lower case).
    let pairs: Vec<(usize, &str)> = site.page_languages().collect();
    let mut by_language: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, &(_, lang)) in pairs.iter().enumerate() {
        by_language.entry(lang.to_lowercase()).or_default().push(i);
    }
    let languages: Vec<String> = by_language.keys().cloned().collect();
    let (runtime, mut entry) = runtime(&languages)?;
    // A page shown untranslated is indexed from the default language's body: the same text
    // (only its links differ, which the index does not read), so its SEND words are found
    // once for all the languages that show it. Not where raw HTML was cleaned: such a body
    // is rendered again for each language, not relinked (`Rendered::links`).
    let default = site.default_lang();
    let mut default_body: Vec<Option<usize>> = vec![None; site.pages.len()];
    for (i, &(p, lang)) in pairs.iter().enumerate() {
        if lang == default && rendered[i].links.is_some() {
            default_body[p] = Some(i);
        }
    }
    let found: Vec<OnceLock<Found>> = (0..site.pages.len()).map(|_| OnceLock::new()).collect();
    let body = |i: usize| {
        let (p, lang) = pairs[i];
        match default_body[p] {
            Some(d) if lang == default || !site.pages[p].docs.contains_key(lang) => (&*rendered[d].html, Some(&found[p])),
            _ => (&*rendered[i].html, None),
        }
    };
    let mut listed = serde_json::Map::new();
    let mut written = 0;
    let mut fragments = std::collections::HashMap::new();
    let mut language_files = BTreeMap::new();
    // One language after another, each on every core, each written before the next is
    // made, so that only one language's index is in memory at a time.
    for (lang, indices) in &by_language {
        let fragment = |name: String, bytes: Vec<u8>| write(&OutputFile { path: format!("{BUNDLE}/{name}"), bytes });
        let page = |k: usize| {
            let i = indices[k];
            let (html, found) = body(i);
            page(site, localizer, vocabulary, pairs[i].0, pairs[i].1, html, found)
        };
        let built = bundle::build(lang, PAGEFIND_VERSION, indices.len(), page, &fragment)?;
        let mut language = entry["languages"].get(lang).cloned().unwrap_or_else(|| serde_json::json!({ "wasm": null }));
        language["hash"] = built.hash.into();
        language["page_count"] = built.page_count.into();
        let wasm = format!("{BUNDLE}/wasm.{}.pagefind", language["wasm"].as_str().unwrap_or("unknown"));
        let shared = runtime.iter().map(|f| f.path.clone()).filter(|path| !path.starts_with(&format!("{BUNDLE}/wasm.")) || *path == wasm);
        let own = built.files.iter().map(|(name, _)| format!("{BUNDLE}/{name}"));
        language_files.insert(lang.clone(), shared.chain(own).chain([format!("{BUNDLE}/{ENTRY}")]).collect());
        listed.insert(lang.clone(), language);
        written += built.files.len() + built.fragments.len();
        fragments.extend(built.fragments.into_iter().map(|(url, file)| (url, format!("{BUNDLE}/{file}"))));
        built.files.into_par_iter().try_for_each(|(name, bytes)| write(&OutputFile { path: format!("{BUNDLE}/{name}"), bytes }))?;
    }
    entry["languages"] = serde_json::Value::Object(listed);
    let bytes = serde_json::to_vec(&entry).map_err(|e| Error::Search(format!("cannot write {ENTRY}: {e}")))?;
    write(&OutputFile { path: format!("{BUNDLE}/{ENTRY}"), bytes })?;
    runtime.iter().try_for_each(write)?;
    Ok(Indexed { files: written + 1 + runtime.len(), fragments, language_files })
}

const ENTRY: &str = "pagefind-entry.json";

/// Pagefind's JavaScript and the WebAssembly of `languages`, with its entry file (whose
/// languages are filled in by [`index`]). Made once per set of languages and kept: they
/// do not depend on the pages.
fn runtime(languages: &[String]) -> Result<(Vec<OutputFile>, serde_json::Value), Error> {
    type Runtime = (Vec<String>, Vec<OutputFile>, serde_json::Value);
    static MADE: Mutex<Option<Runtime>> = Mutex::new(None);
    let mut made = MADE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, files, entry)) = made.as_ref().filter(|(langs, _, _)| langs == languages) {
        return Ok((files.clone(), entry.clone()));
    }
    let failed = |what: &str, err: &dyn std::fmt::Display| Error::Search(format!("{what}: {err}"));
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| Error::Search(format!("cannot start the indexer: {e}")))?;
    let bundle = runtime.block_on(async {
        let options = PagefindServiceConfig::builder().keep_index_url(false).build();
        let mut index = PagefindIndex::new(Some(options)).map_err(|e| failed("cannot create the index", &e))?;
        // One word per language, so that Pagefind writes each language's WebAssembly.
        for lang in languages {
            index.add_html_file(None, Some(format!("/{lang}/")), format!("<html lang=\"{lang}\"><body><p>{lang}</p></body></html>")).await.map_err(|e| failed("cannot index", &e))?;
        }
        index.get_files().await.map_err(|e| failed("cannot write the index", &e))
    })?;
    let mut files = Vec::new();
    let mut entry = serde_json::Value::Null;
    for file in bundle {
        // Pagefind names its files relative to its bundle folder.
        let name = file.filename.to_string_lossy().replace('\\', "/").trim_start_matches("./").trim_start_matches('/').to_string();
        if name == ENTRY {
            entry = serde_json::from_slice(&file.contents).map_err(|e| Error::Search(format!("cannot read Pagefind's {ENTRY}: {e}")))?;
        } else if name.ends_with(".js") && !name.contains("-ui.") && !name.ends_with("pagefind-highlight.js") || name.starts_with("wasm.") {
            // Its script, worker and WebAssembly: not its own interfaces and highlighter
            // (the theme has its own), nor the index of its one-word pages.
            files.push(OutputFile { path: format!("{BUNDLE}/{name}"), bytes: file.contents });
        }
    }
    if !entry.is_object() {
        return Err(Error::Search(format!("Pagefind wrote no {ENTRY}")));
    }
    *made = Some((languages.to_vec(), files.clone(), entry.clone()));
    Ok((files, entry))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_untranslated_page_weighs_a_little_less_headings_and_all() {
        assert_eq!(
            weighed("<h1>Help</h1><p>Text</p><h2 id=\"a\">A</h2><hr><h3>B</h3>", 0.9),
            "<div data-pagefind-weight=\"0.9\"><h1 data-pagefind-weight=\"6.30\">Help</h1><p>Text</p><h2 data-pagefind-weight=\"5.40\" id=\"a\">A</h2><hr><h3 data-pagefind-weight=\"4.50\">B</h3></div>"
        );
    }

    #[test]
    fn the_format_written_is_the_pagefind_crates_own() {
        let (files, entry) = runtime(&["en".to_string(), "ur".to_string()]).unwrap();
        assert_eq!(entry["version"], PAGEFIND_VERSION, "the Pagefind crate changed version: check src/search/format.rs against its source, then update PAGEFIND_VERSION");
        let names: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert!(names.contains(&"pagefind/pagefind.js") && names.contains(&"pagefind/wasm.en.pagefind"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains(".pf_") || n.contains("-ui.")), "only the script and WebAssembly: {names:?}");
    }
}
