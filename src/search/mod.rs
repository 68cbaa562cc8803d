//! The search stage: one Pagefind index per language, built in this process from the
//! pages the build has just rendered (nothing is read back from `public/`).
//!
//! Each page in each language it is written in is handed to Pagefind as a small HTML
//! document: its title, description and body; the other forms of the SEND words it uses
//! ([`vocabulary`]), so "EHCP" finds a page that only says "EHC plan"; and its section,
//! topics and audience (for services, needs and ages) as filters. Pagefind writes the
//! chunked index and its JavaScript under `pagefind/`; the theme's `search.js` is our own
//! interface on Pagefind's JavaScript API.

pub mod vocabulary;

use std::collections::BTreeMap;
use std::fmt::Write;

use pagefind::api::{PagefindIndex, SyntheticFile};
use pagefind::options::PagefindServiceConfig;
use rayon::prelude::*;

use crate::error::Error;
use crate::localise::Localizer;
use crate::model::Site;
use crate::output::views::Views;
use crate::render::Rendered;
use crate::write::OutputFile;
use crate::template::escape_html;
pub use vocabulary::Vocabulary;

/// Where the index is published, under the output folder.
pub const BUNDLE: &str = "pagefind";

/// The HTML Pagefind indexes for page `p` in `lang`, with its URL; `None` for a page not
/// written in `lang` (its default-language text is indexed once, in that language).
pub fn document(site: &Site, localizer: &Localizer, vocabulary: &Vocabulary, p: usize, lang: &str, rendered: &Rendered) -> Option<(String, String)> {
    let page = &site.pages[p];
    let doc = page.docs.get(lang)?;
    let views = Views { site, localizer };
    let mut html = format!("<html lang=\"{lang}\"><head><title>{}</title></head><body><main data-pagefind-body>", escape_html(&doc.front.title));
    let body = format!("<h1>{}</h1><p>{}</p>{}", escape_html(&doc.front.title), escape_html(&doc.front.description), rendered.html);
    html.push_str(&vocabulary.annotate(lang, &body));
    html.push_str("<div data-pagefind-ignore=\"index\">");
    let _ = write!(html, "<span data-pagefind-meta=\"title\">{}</span>", escape_html(&doc.front.title));
    let section = page.parent.map(|s| site.pages[s].doc(lang, site.default_lang()).0.front.title.clone());
    if let Some(section) = section.filter(|_| page.parent != site.page("")) {
        let _ = write!(html, "<span data-pagefind-filter=\"section\">{}</span>", escape_html(&section));
    }
    let source = &page.source_doc(site.default_lang()).front;
    for topic in &source.topics {
        let _ = write!(html, "<span data-pagefind-filter=\"topic\">{}</span>", escape_html(&views.topic_name(topic, lang)));
    }
    for audience in &source.audience {
        let _ = write!(html, "<span data-pagefind-filter=\"audience\">{}</span>", escape_html(&localizer.t(lang, audience.key(), None)));
    }
    let services = crate::directory::views::ServiceViews { site, localizer };
    for need in source.needs.iter().flatten() {
        let _ = write!(html, "<span data-pagefind-filter=\"need\">{}</span>", escape_html(&services.need_name(lang, *need)));
    }
    if let Some(ages) = source.ages {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("from", ages.from.to_string());
        args.set("to", ages.to.to_string());
        let _ = write!(html, "<span data-pagefind-filter=\"ages\">{}</span>", escape_html(&localizer.t_numbers(lang, "service-ages", &args)));
    }
    html.push_str("</div></main></body></html>");
    Some((site.url(p, lang), html))
}

/// Builds the index of every language and returns its files, under [`BUNDLE`].
///
/// Pagefind's API indexes one page at a time, on one core. Its index is made of one
/// index per language anyway, so each language is indexed on its own, the languages in
/// parallel, and the bundles are merged: the shared files are the same in each, the
/// chunks are named by their content, and the entry file lists every language.
pub fn index(site: &Site, localizer: &Localizer, vocabulary: &Vocabulary, rendered: &[Rendered]) -> Result<Vec<OutputFile>, Error> {
    let pairs: Vec<(usize, &str)> = site.page_languages().collect();
    let documents: Vec<(&str, String, String)> = pairs
        .par_iter()
        .zip(rendered.par_iter())
        .filter_map(|(&(p, lang), rendered)| document(site, localizer, vocabulary, p, lang, rendered).map(|(url, html)| (lang, url, html)))
        .collect();
    let mut by_language: Vec<(&str, Vec<(String, String)>)> = site.languages().iter().map(|l| (l.code.as_str(), Vec::new())).collect();
    for (lang, url, html) in documents {
        if let Some((_, list)) = by_language.iter_mut().find(|(code, _)| *code == lang) {
            list.push((url, html));
        }
    }
    // The biggest first, so the other core takes the rest meanwhile.
    by_language.retain(|(_, list)| !list.is_empty());
    by_language.sort_by_key(|(_, list)| std::cmp::Reverse(list.len()));
    let bundles: Vec<Vec<SyntheticFile>> = by_language.into_par_iter().map(|(_, list)| index_language(list)).collect::<Result<_, _>>()?;
    merge(bundles)
}

/// One language's pages through Pagefind: its bundle.
fn index_language(documents: Vec<(String, String)>) -> Result<Vec<SyntheticFile>, Error> {
    let failed = |what: &str, err: &dyn std::fmt::Display| Error::Search(format!("{what}: {err}"));
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| Error::Search(format!("cannot start the indexer: {e}")))?;
    runtime.block_on(async {
        let options = PagefindServiceConfig::builder().keep_index_url(false).build();
        let mut index = PagefindIndex::new(Some(options)).map_err(|e| failed("cannot create the index", &e))?;
        for (url, html) in documents {
            index.add_html_file(None, Some(url.clone()), html).await.map_err(|e| failed(&format!("cannot index {url}"), &e))?;
        }
        index.get_files().await.map_err(|e| failed("cannot write the index", &e))
    })
}

/// The languages' bundles as one: each file once, and one entry file listing them all.
fn merge(bundles: Vec<Vec<SyntheticFile>>) -> Result<Vec<OutputFile>, Error> {
    const ENTRY: &str = "pagefind-entry.json";
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut entry: Option<serde_json::Value> = None;
    for file in bundles.into_iter().flatten() {
        // Pagefind names its files relative to its bundle folder.
        let name = file.filename.to_string_lossy().replace('\\', "/").trim_start_matches("./").trim_start_matches('/').to_string();
        // Pagefind's own interfaces and highlighter: the theme has its own.
        if name.contains("-ui.") || name.ends_with("pagefind-highlight.js") {
            continue;
        }
        if name != ENTRY {
            files.insert(name, file.contents);
            continue;
        }
        let part: serde_json::Value = serde_json::from_slice(&file.contents).map_err(|e| Error::Search(format!("cannot read Pagefind's {ENTRY}: {e}")))?;
        match (&mut entry, part) {
            (None, part) => entry = Some(part),
            (Some(all), serde_json::Value::Object(mut part)) => {
                if let (Some(serde_json::Value::Object(into)), Some(serde_json::Value::Object(from))) = (all.get_mut("languages"), part.remove("languages")) {
                    into.extend(from);
                }
            }
            (Some(_), _) => return Err(Error::Search(format!("Pagefind's {ENTRY} is not an object"))),
        }
    }
    if let Some(mut entry) = entry {
        // The languages in one order, whichever finished first.
        if let Some(serde_json::Value::Object(languages)) = entry.get_mut("languages") {
            let sorted: BTreeMap<String, serde_json::Value> = std::mem::take(languages).into_iter().collect();
            languages.extend(sorted);
        }
        files.insert(ENTRY.to_string(), serde_json::to_vec(&entry).map_err(|e| Error::Search(format!("cannot write {ENTRY}: {e}")))?);
    }
    Ok(files.into_iter().map(|(name, bytes)| OutputFile { path: format!("{BUNDLE}/{name}"), bytes }).collect())
}

