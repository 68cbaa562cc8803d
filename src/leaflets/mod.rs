//! The leaflets stage: pages with `leaflet:` in their front matter, typeset by typst (as a
//! library, in this process) into tagged PDFs, one per language the page is written in,
//! for staff to print and hand to families who cannot use the website.
//!
//! 1. [`check`] (with the other checks, before anything is written): `leaflet:` only in
//!    the default-language file, no two leaflets with the same file name, every chosen
//!    section exists, and the fonts have the letters of every language a leaflet is in.
//! 2. [`data`] writes each leaflet's data as a typst module: the page's text
//!    ([`typst_markup`], where content can never become code), title, contacts, date,
//!    address and its QR code ([`qr`]).
//! 3. [`typeset`] runs typst on the theme's `leaflet/leaflet.typ` in a [`world`] that holds
//!    only the template, the data and the [`fonts`], and exports PDF/UA-1 (tagged, with its
//!    title and language; typst embeds and subsets every font). A leaflet whose data,
//!    template and fonts are unchanged comes from the [`cache`] instead.
//!
//! The leaflets are typeset before the pages' templates run, as each page links to its
//! leaflet with the file's size. `serve` typesets them on a full rebuild only.

pub mod cache;
pub mod data;
pub mod fonts;
pub mod qr;
pub mod settings;
pub mod typst_markup;
pub mod world;

use std::collections::BTreeMap;
use std::time::Instant;

use rayon::prelude::*;
use typst::diag::Warned;
use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::diag::{find_pos, Diagnostic, Diagnostics, Pos};
use crate::error::Error;
use crate::localise::Localizer;
use crate::model::Site;
use crate::render::Rendered;
pub use cache::Cache;
pub use settings::{LeafletOption, LeafletSettings, Paper};
pub use world::Kit;

/// A typeset leaflet.
#[derive(Debug, Clone)]
pub struct Leaflet {
    /// Under the output folder: `ur/leaflets/new-to-luton.pdf`.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// The leaflets of a build, by page id and language (ids, not indices: `serve` keeps them
/// across rebuilds that add pages).
#[derive(Debug, Default)]
pub struct Leaflets {
    by_page: BTreeMap<(String, String), Leaflet>,
}

impl Leaflets {
    pub fn get(&self, site: &Site, page: usize, lang: &str) -> Option<&Leaflet> {
        self.by_page.get(&(site.pages[page].id.clone(), lang.to_string()))
    }

    pub fn files(&self) -> impl Iterator<Item = &Leaflet> {
        self.by_page.values()
    }

    pub fn len(&self) -> usize {
        self.by_page.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_page.is_empty()
    }
}

/// The page's settings, if it is a leaflet.
pub fn settings(site: &Site, page: usize) -> Option<LeafletSettings> {
    site.pages[page].source_doc(site.default_lang()).front.leaflet.as_ref().and_then(LeafletOption::settings)
}

/// The leaflet's file name: the page's own name (`new-to-luton`), `home` for the home page.
fn slug(site: &Site, page: usize) -> &str {
    let id = &site.pages[page].id;
    if id.is_empty() {
        "home"
    } else {
        id.rsplit('/').next().unwrap_or(id)
    }
}

/// Where page `p`'s leaflet in `lang` is published, under the output folder.
pub fn output_path(site: &Site, page: usize, lang: &str) -> String {
    format!("{lang}/leaflets/{}.pdf", slug(site, page))
}

/// The languages a leaflet is made in: those its page is written in, in the site's order.
pub fn languages(site: &Site, page: usize) -> Vec<&str> {
    site.languages().iter().map(|l| l.code.as_str()).filter(|code| site.pages[page].docs.contains_key(*code)).collect()
}

/// Where (page, lang) is in the rendered pages, which follow `Site::page_languages`.
pub(crate) fn rendered_index(site: &Site, page: usize, lang: &str) -> usize {
    let languages = site.languages();
    page * languages.len() + languages.iter().position(|l| l.code == lang).unwrap_or(0)
}

/// The `##` sections a leaflet prints in `lang`, by number; `None` for all of them (no
/// `sections:`, or a translation whose headings do not match the default language's).
fn chosen_sections(site: &Site, rendered: &[Rendered], page: usize, lang: &str, settings: &LeafletSettings) -> Option<Vec<usize>> {
    let wanted = settings.sections.as_ref()?;
    let source = &rendered[rendered_index(site, page, site.default_lang())].toc;
    let own = &rendered[rendered_index(site, page, lang)].toc;
    if own.len() != source.len() {
        return None;
    }
    let matches = |want: &str, i: usize| source[i].text.trim().eq_ignore_ascii_case(want.trim()) || source[i].id == want.trim();
    Some((0..source.len()).filter(|&i| wanted.iter().any(|w| matches(w, i))).collect())
}

/// Everything about the leaflets that can be wrong in the content, site.yaml or theme.
pub fn check(site: &Site, localizer: &Localizer, kit: &Kit, rendered: &[Rendered]) -> Diagnostics {
    let mut diagnostics = Diagnostics::new();
    let default = site.default_lang();
    for page in &site.pages {
        for (lang, doc) in page.docs.iter().filter(|(lang, doc)| *lang != default && doc.front.leaflet.is_some()) {
            let pos = doc.key_pos("leaflet");
            let source = page.source_doc(default).source.path.display().to_string();
            diagnostics.error(&doc.source.path, pos, format!("'leaflet' is set in the {default} file only (this is {lang})"), format!("remove it here: the leaflet of every language follows {source}"));
        }
    }
    let mut names: BTreeMap<&str, usize> = BTreeMap::new();
    for &p in &site.leaflets {
        let doc = site.pages[p].source_doc(default);
        if let Some(&other) = names.get(slug(site, p)) {
            let other = site.pages[other].source_doc(default).source.path.display().to_string();
            let message = format!("another leaflet is also called {}.pdf: {other}", slug(site, p));
            diagnostics.error(&doc.source.path, doc.key_pos("leaflet"), message, "rename one of the two pages, or remove 'leaflet:' from one");
        }
        names.insert(slug(site, p), p);
        let Some(settings) = settings(site, p) else { continue };
        let toc = &rendered[rendered_index(site, p, default)].toc;
        for wanted in settings.sections.iter().flatten() {
            if !toc.iter().any(|h| h.text.trim().eq_ignore_ascii_case(wanted.trim()) || h.id == wanted.trim()) {
                let listed = toc.iter().map(|h| format!("'{}'", h.text)).collect::<Vec<_>>().join(", ");
                diagnostics.error(&doc.source.path, doc.value_pos("sections", wanted), format!("the page has no ## heading '{wanted}' for the leaflet"), format!("write one of its ## headings: {listed}"));
            }
        }
        for lang in languages(site, p).into_iter().filter(|l| *l != default && settings.sections.is_some()) {
            if rendered[rendered_index(site, p, lang)].toc.len() != toc.len() {
                let file = &site.pages[p].docs[lang].source.path;
                let hint = format!("give it the same ## headings as {}; until then its leaflet prints the whole page", doc.source.path.display());
                diagnostics.warning(file, Pos::START, "this translation's ## headings do not match the page it translates", hint);
            }
        }
    }
    check_fonts(site, localizer, kit, &mut diagnostics);
    diagnostics
}

/// Every language a leaflet is made in needs fonts with its letters: a sample (the
/// language's name in its own script, its name of January, the leaflets' titles) must be
/// covered, else the build stops naming the language. Other letters no font has (a
/// symbol in one page) are a warning at that page.
fn check_fonts(site: &Site, localizer: &Localizer, kit: &Kit, diagnostics: &mut Diagnostics) {
    let site_yaml = std::path::Path::new(crate::layout::SITE_YAML);
    for language in site.languages() {
        let code = language.code.as_str();
        let pages: Vec<usize> = site.leaflets.iter().copied().filter(|&p| site.pages[p].docs.contains_key(code)).collect();
        if pages.is_empty() {
            continue;
        }
        let mut sample = format!("{} {}", language.name, localizer.lookup(code, "month-1", None).unwrap_or_default());
        for &p in &pages {
            sample.push(' ');
            sample.push_str(&site.pages[p].docs[code].front.title);
        }
        let missing = kit.fonts.missing(&sample);
        if !missing.is_empty() {
            let pos = find_pos(&site.config.source, &format!("code: {code}")).unwrap_or(Pos::START);
            let letters: String = missing.iter().take(8).collect();
            let message = format!("the leaflets cannot be printed in {} ({code}): no leaflet font has its letters ({letters})", language.name);
            let hint = format!("add a font for {} to themes/{}/leaflet/fonts/ (a .ttf or .otf file), or remove the {code} translations of the leaflet pages", language.name, site.config.theme);
            diagnostics.error(site_yaml, pos, message, hint);
            continue;
        }
        for &p in &pages {
            let doc = &site.pages[p].docs[code];
            let missing = kit.fonts.missing(&doc.source.text);
            if !missing.is_empty() {
                let letters: String = missing.iter().take(8).collect();
                let hint = "the leaflet leaves them out; use other characters, or add a font that has them to the theme's leaflet/fonts/";
                diagnostics.warning(&doc.source.path, Pos::START, format!("no leaflet font has these characters: {letters}"), hint);
            }
        }
    }
}

/// What typesetting reads, shared by every leaflet of a build.
pub struct Sources<'a> {
    pub site: &'a Site,
    pub localizer: &'a Localizer,
    pub kit: &'a Kit,
    /// Indexed like `Site::page_languages()`.
    pub rendered: &'a [Rendered],
}

/// Typesets every leaflet in every language (from the cache where nothing changed).
pub fn typeset(sources: &Sources, cache: &Cache) -> Result<Leaflets, Error> {
    let started = Instant::now();
    let site = sources.site;
    let jobs: Vec<(usize, &str, LeafletSettings)> =
        site.leaflets.iter().filter_map(|&p| settings(site, p).map(|s| (p, s))).flat_map(|(p, s)| languages(site, p).into_iter().map(move |l| (p, l, s.clone()))).collect();
    let one = |(p, lang, settings): &(usize, &str, LeafletSettings)| typeset_one(sources, cache, *p, lang, settings);
    // On one thread, one after another: in parallel, typst's own parallel steps would let
    // the thread take up other leaflets while one waits, and no leaflet's time be its own.
    let results: Vec<Result<(Leaflet, bool), Diagnostics>> = if rayon::current_num_threads() == 1 { jobs.iter().map(one).collect() } else { jobs.par_iter().map(one).collect() };
    let mut leaflets = Leaflets::default();
    let mut diagnostics = Diagnostics::new();
    let mut from_cache = 0;
    for ((p, lang, _), result) in jobs.iter().zip(results) {
        match result {
            Ok((leaflet, cached)) => {
                from_cache += usize::from(cached);
                leaflets.by_page.insert((site.pages[*p].id.clone(), lang.to_string()), leaflet);
            }
            Err(found) => diagnostics.extend(found),
        }
    }
    // typst memoises across compilations; keep only what the next rebuild may reuse.
    typst::comemo::evict(2);
    if diagnostics.has_errors() {
        return Err(Error::Content(diagnostics));
    }
    cache.prune();
    log::debug!("leaflets: {} typeset, {} from the cache, in {:?}", jobs.len() - from_cache, from_cache, started.elapsed());
    Ok(leaflets)
}

/// One leaflet, and whether it came from the cache.
fn typeset_one(sources: &Sources, cache: &Cache, page: usize, lang: &str, settings: &LeafletSettings) -> Result<(Leaflet, bool), Diagnostics> {
    let started = Instant::now();
    let site = sources.site;
    let path = output_path(site, page, lang);
    let file = &site.pages[page].doc(lang, site.default_lang()).0.source.path;
    let what = format!("the leaflet {path}");
    let failed = |why: String| Diagnostics::from_iter([Diagnostic::error(file, Pos::START, format!("{what} cannot be typeset: {why}"), "check the page's text, or remove 'leaflet:' from it")]);
    let sections = chosen_sections(site, sources.rendered, page, lang, settings);
    let job = data::Job { sources, page, lang, settings, sections };
    let mut data = job.data().map_err(&failed)?;
    let key = Cache::key(&sources.kit.fingerprint, &data);
    if let Some(bytes) = cache.get(&key) {
        return Ok((Leaflet { path, bytes }, true));
    }
    data.push_str(&job.qr().map_err(&failed)?);
    let world = sources.kit.world(data);
    let Warned { output, warnings } = typst::compile::<PagedDocument>(&world);
    for warning in &warnings {
        log::warn!("{}: {what}: {}", file.display(), warning.message);
    }
    let document = output.map_err(|errors| world.diagnostics(&errors, file, &what))?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| failed(e.message().to_string()))?;
    let options = PdfOptions { standards, creator: Smart::Custom(Some("localoffer".into())), ..PdfOptions::default() };
    let bytes = typst_pdf::pdf(&document, &options).map_err(|errors| world.diagnostics(&errors, file, &what))?;
    cache.put(&key, &bytes);
    log::debug!("leaflet {path}: {} page(s), {} KB, typeset in {:?}", document.pages().len(), bytes.len().div_ceil(1024), started.elapsed());
    Ok((Leaflet { path, bytes }, false))
}
