//! The state `serve` keeps between rebuilds, and the rebuild of only what a change touches.
//!
//! A change to `site.yaml`, the theme or the translations rebuilds everything. A change
//! under `content/` re-reads only the changed files, rebuilds the model (cheap), renders
//! again only the Markdown whose text or whose site structure changed (pages added or
//! removed can break links anywhere), and re-templates only the pages that show what
//! changed: the page in every language, its section (which lists it), the pages below
//! it (their breadcrumbs), the topic listings and the root pages. A removed page's
//! output is deleted.
//!
//! Leaflets are typeset on every rebuild, from the cache unless their page changed, so an
//! edit re-typesets only the leaflet of the page edited (in each of its languages).

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::error::Error;
use crate::leaflets::{self, Cache, Leaflets};
use crate::load::walk::{self, Listed, Listing};
use crate::load::{front_matter, Asset, Document};
use crate::model::{self, Site};
use crate::output::{self, Inputs};
use crate::pipeline::{self, Setup};
use crate::render::Rendered;
use crate::write::Sink;

/// What changed, by the kind of rebuild it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// site.yaml, themes/ or translations/: everything.
    Setup,
    /// Files under content/, relative to the root.
    Content(BTreeSet<PathBuf>),
}

struct Read {
    hash: u64,
    result: Result<Document, Diagnostic>,
}

struct Cached {
    key: u64,
    rendered: Rendered,
    diagnostics: Diagnostics,
}

/// What is on disk from the last good build.
struct Published {
    /// Page id -> a hash of its versions: what changed since.
    pages: HashMap<String, u64>,
    /// See [`listings_fingerprint`].
    listings: u64,
    assets: BTreeSet<String>,
    /// Output paths of the pages, to delete those of removed pages.
    languages: Vec<String>,
}

pub struct Session {
    root: PathBuf,
    base_url: String,
    output: PathBuf,
    /// Shared with a search index being built beside the rebuilds.
    setup: Option<Arc<Setup>>,
    config: Option<Config>,
    setup_diagnostics: Diagnostics,
    docs: BTreeMap<PathBuf, Read>,
    /// content/ as last listed.
    listing: Option<Listing>,
    cache: HashMap<(String, String), Cached>,
    published: Option<Published>,
    /// The leaflets of the last rebuild.
    leaflets: Leaflets,
    /// The site and its pages as last published, while their search index is out of date.
    unindexed: Option<(Site, Vec<Rendered>)>,
}

/// A search index to build: see [`Session::index_job`].
pub struct IndexJob {
    site: Site,
    rendered: Vec<Rendered>,
    setup: Arc<Setup>,
    output: PathBuf,
}

impl IndexJob {
    /// Builds the index and writes it over the one published.
    pub fn run(self) -> Result<(), Error> {
        let setup = &self.setup;
        let leaflets = Leaflets::default(); // the index does not read them
        let inputs = Inputs { site: &self.site, localizer: &setup.localizer, theme: &setup.theme, templates: &setup.templates, vocabulary: &setup.vocabulary, rendered: &self.rendered, leaflets: &leaflets, cards: Default::default() };
        output::publish_search_index(&inputs, &Sink::direct(&self.output)).map(|_| ())
    }
}

/// How a rebuild went: what to tell the browser.
pub enum Outcome {
    Built { pages: usize },
    Failed(Diagnostics),
}

impl Session {
    pub fn new(root: &Path, base_url: &str, output: &Path) -> Session {
        Session {
            root: root.to_path_buf(),
            base_url: base_url.to_string(),
            output: output.to_path_buf(),
            setup: None,
            config: None,
            setup_diagnostics: Diagnostics::new(),
            docs: BTreeMap::new(),
            listing: None,
            cache: HashMap::new(),
            published: None,
            leaflets: Leaflets::default(),
            unindexed: None,
        }
    }

    /// Whether the search index lags behind the pages (see [`Session::index_job`]).
    pub fn index_pending(&self) -> bool {
        self.unindexed.is_some()
    }

    /// Whether the next rebuild writes the whole site afresh (and its search index with
    /// it): the first, and the one after a settings change.
    pub fn publishes_all(&self) -> bool {
        self.published.is_none()
    }

    /// The search index of the pages last published, to build beside the rebuilds:
    /// Pagefind takes seconds on a big site, and a save must not wait for it. `serve` asks
    /// for it once the editor pauses, not after every save.
    pub fn index_job(&mut self) -> Option<IndexJob> {
        let (site, rendered) = self.unindexed.take()?;
        let setup = Arc::clone(self.setup.as_ref()?);
        Some(IndexJob { site, rendered, setup, output: self.output.clone() })
    }

    /// Applies a change and rebuilds what it touches. `published` is told how it went as
    /// soon as the pages are written; after a content change the search index is left for
    /// [`Session::index_job`], so the preview does not wait for it.
    pub fn apply(&mut self, change: &Change, published: impl FnOnce(&Outcome)) -> Result<(), Error> {
        let changed = match change {
            Change::Setup => {
                self.load_setup();
                self.published = None;
                None
            }
            Change::Content(paths) => Some(paths),
        };
        // Whatever this rebuild publishes, an index still owed for an older site is not. It
        // is dropped once this rebuild is served: freeing a big site takes milliseconds.
        let stale = self.unindexed.take();
        let Some(config) = self.config.clone() else {
            published(&Outcome::Failed(self.setup_diagnostics.clone()));
            return Ok(());
        };
        let mut clock = Clock::start();
        let (assets, mut diagnostics) = self.read_content(&config, changed);
        clock.lap("read");
        diagnostics.extend(self.setup_diagnostics.clone());
        let documents: Vec<Document> = self.docs.values().filter_map(|r| r.result.as_ref().ok().cloned()).collect();
        let unreadable: Vec<PathBuf> = self.docs.values().filter_map(|r| r.result.as_ref().err().map(|d| d.file.clone())).collect();
        let (site, model_diagnostics) = model::build(config, documents, assets, &unreadable);
        diagnostics.extend(model_diagnostics);
        clock.lap("model");
        let rendered = self.render(&site, &mut diagnostics);
        clock.lap("render");
        if let Some(setup) = &self.setup {
            diagnostics.extend(leaflets::check(&site, &setup.localizer, &setup.leaflet_kit, &rendered));
        }
        let Some(setup) = self.setup.as_ref().filter(|_| !diagnostics.has_errors()) else {
            published(&Outcome::Failed(diagnostics));
            return Ok(());
        };
        // Unchanged leaflets come from the cache (a few milliseconds for them all): only
        // the leaflets of the pages just edited are typeset again.
        let leaflets = match pipeline::typeset_leaflets(&site, setup, &rendered, &Cache::new(&self.root, true)) {
            Ok(leaflets) => leaflets,
            Err(Error::Content(diagnostics)) => {
                published(&Outcome::Failed(diagnostics));
                return Ok(());
            }
            Err(err) => return Err(err),
        };
        clock.lap("leaflets");
        let before_leaflets = std::mem::replace(&mut self.leaflets, leaflets);
        let pages = site.pages.len() * site.languages().len();
        let inputs = Inputs { site: &site, localizer: &setup.localizer, theme: &setup.theme, templates: &setup.templates, vocabulary: &setup.vocabulary, rendered: &rendered, leaflets: &self.leaflets, cards: Default::default() };
        let (snapshot, index_later) = match self.published.take() {
            None => (publish_all(&inputs, &self.output, &self.docs)?, false),
            Some(before) => (publish_changes(&inputs, &self.output, &self.docs, changed, before, &before_leaflets)?, true),
        };
        self.published = Some(snapshot);
        clock.lap("write");
        log::debug!("rebuilt: {}", clock.laps.join(", "));
        published(&Outcome::Built { pages });
        if index_later {
            self.unindexed = Some((site, rendered));
        }
        drop(stale);
        Ok(())
    }

    fn load_setup(&mut self) {
        self.cache.clear();
        self.docs.clear();
        self.listing = None;
        match Setup::load(&self.root, Some(&self.base_url)) {
            Ok((setup, config, diagnostics)) => {
                self.setup = setup.map(Arc::new);
                self.config = Some(config);
                self.setup_diagnostics = diagnostics;
            }
            Err(diagnostics) => {
                self.setup = None;
                self.config = None;
                self.setup_diagnostics = diagnostics;
            }
        }
    }

    /// Lists content/ and reads the files that are new or changed (all on the first run).
    /// When only pages already known were saved, content/ is not listed again: the listing
    /// stands (on a big site, listing is a fifth of a rebuild).
    fn read_content(&mut self, config: &Config, changed: Option<&BTreeSet<PathBuf>>) -> (Vec<Asset>, Diagnostics) {
        let known = |path: &PathBuf| self.docs.contains_key(path) && config.root.join(path).is_file();
        let to_read: Vec<Listed> = match (changed, &self.listing) {
            (Some(changed), Some(listing)) if !changed.is_empty() && changed.iter().all(known) => listing.markdown.iter().filter(|l| changed.contains(&l.path)).cloned().collect(),
            _ => {
                let listing = walk::list(config);
                let listed: HashSet<&PathBuf> = listing.markdown.iter().map(|l| &l.path).collect();
                self.docs.retain(|path, _| listed.contains(path));
                let read: HashSet<&PathBuf> = self.docs.keys().collect();
                let stale = |l: &&Listed| changed.is_none_or(|c| c.contains(&l.path)) || !read.contains(&l.path);
                let to_read = listing.markdown.iter().filter(stale).cloned().collect();
                self.listing = Some(listing);
                to_read
            }
        };
        let read: Vec<(PathBuf, Read)> = to_read
            .into_par_iter()
            .map(|listed| {
                let path = listed.path.clone();
                let result = walk::read_source(&config.root, listed).and_then(front_matter::parse);
                let hash = result.as_ref().map_or(0, |doc| hash_of(&(&doc.source.text, &doc.source.lang)));
                (path, Read { hash, result })
            })
            .collect();
        self.docs.extend(read);
        let listing = self.listing.as_ref().expect("listed above or before");
        let mut diagnostics = listing.diagnostics.clone();
        for read in self.docs.values() {
            if let Err(diagnostic) = &read.result {
                diagnostics.push(diagnostic.clone());
            }
        }
        (listing.assets.clone(), diagnostics)
    }

    /// Renders the Markdown whose text or site structure changed; reuses the rest.
    fn render(&mut self, site: &Site, diagnostics: &mut Diagnostics) -> Vec<Rendered> {
        let structure = hash_of(&(site.pages.iter().map(|p| &p.id).collect::<Vec<_>>(), site.assets.keys().collect::<Vec<_>>()));
        let pairs: Vec<(usize, &str)> = site.page_languages().collect();
        let hashes = text_hashes(&self.docs);
        let keys: Vec<u64> = pairs
            .iter()
            .map(|&(p, lang)| {
                let (doc, _) = site.pages[p].doc(lang, site.default_lang());
                let text = hashes.get(doc.source.path.as_path()).copied().unwrap_or(0);
                hash_of(&(text, structure, lang))
            })
            .collect();
        let cache = &self.cache;
        let fresh: Vec<Option<(Rendered, Diagnostics)>> = pairs
            .par_iter()
            .zip(keys.par_iter())
            .map(|(&(p, lang), key)| match cache.get(&(site.pages[p].id.clone(), lang.to_string())) {
                Some(cached) if cached.key == *key => None,
                _ => Some(pipeline::render_one(site, p, lang)),
            })
            .collect();
        let mut rendered = Vec::with_capacity(pairs.len());
        let mut cache = HashMap::with_capacity(pairs.len());
        for ((&(p, lang), key), fresh) in pairs.iter().zip(keys).zip(fresh) {
            let id = (site.pages[p].id.clone(), lang.to_string());
            let entry = match fresh {
                Some((rendered, found)) => Cached { key, rendered, diagnostics: found },
                None => self.cache.remove(&id).expect("a cache hit was found above"),
            };
            diagnostics.extend(entry.diagnostics.clone());
            rendered.push(entry.rendered.clone());
            cache.insert(id, entry);
        }
        self.cache = cache;
        rendered
    }
}

/// The time each step of a rebuild took, for the debug log.
struct Clock {
    at: std::time::Instant,
    laps: Vec<String>,
}

impl Clock {
    fn start() -> Clock {
        Clock { at: std::time::Instant::now(), laps: Vec::new() }
    }

    fn lap(&mut self, what: &str) {
        self.laps.push(format!("{what} {:.1} ms", self.at.elapsed().as_secs_f64() * 1000.0));
        self.at = std::time::Instant::now();
    }
}

fn hash_of(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// The hash of each file's text, by path (looked up by hash: comparing paths is slow).
fn text_hashes(docs: &BTreeMap<PathBuf, Read>) -> HashMap<&Path, u64> {
    docs.iter().map(|(path, read)| (path.as_path(), read.hash)).collect()
}

/// A hash of each page's text in every language and of its place, from the hashes taken
/// when the files were read.
fn fingerprints(site: &Site, docs: &BTreeMap<PathBuf, Read>) -> HashMap<String, u64> {
    let hashes = text_hashes(docs);
    site.pages
        .iter()
        .map(|page| {
            let versions: Vec<(&String, u64)> = page.docs.iter().map(|(lang, doc)| (lang, hashes.get(doc.source.path.as_path()).copied().unwrap_or(0))).collect();
            (page.id.clone(), hash_of(&(versions, page.parent.map(|p| &site.pages[p].id))))
        })
        .collect()
}

/// A hash of what the listings show (the topic pages, the A to Z, the directory): every
/// page's front matter in every language, and which pages there are.
fn listings_fingerprint(site: &Site) -> u64 {
    let fronts: Vec<(&String, Vec<(&String, &str)>)> = site
        .pages
        .iter()
        .map(|page| {
            let fronts = page.docs.iter().map(|(lang, doc)| (lang, doc.front_text())).collect();
            (&page.id, fronts)
        })
        .collect();
    hash_of(&fronts)
}

fn snapshot(site: &Site, docs: &BTreeMap<PathBuf, Read>) -> Published {
    Published {
        pages: fingerprints(site, docs),
        listings: listings_fingerprint(site),
        assets: site.assets.keys().cloned().collect(),
        languages: site.languages().iter().map(|l| l.code.clone()).collect(),
    }
}

/// The first build, or after a settings change: everything, staged and swapped in.
fn publish_all(inputs: &Inputs, output: &Path, docs: &BTreeMap<PathBuf, Read>) -> Result<Published, Error> {
    let sink = Sink::staging(output)?;
    if let Err(err) = output::publish(inputs, &sink) {
        sink.abandon();
        return Err(err);
    }
    sink.finish()?.remove_on_a_thread();
    Ok(snapshot(inputs.site, docs))
}

/// After a content change: the pages that show what changed, written in place.
fn publish_changes(inputs: &Inputs, output: &Path, docs: &BTreeMap<PathBuf, Read>, changed_files: Option<&BTreeSet<PathBuf>>, before: Published, before_leaflets: &Leaflets) -> Result<Published, Error> {
    let site = inputs.site;
    let after = snapshot(site, docs);
    let changed: BTreeSet<&String> = after.pages.iter().filter(|(id, hash)| before.pages.get(*id) != Some(hash)).map(|(id, _)| id).collect();
    let removed: Vec<&String> = before.pages.keys().filter(|id| !after.pages.contains_key(*id)).collect();
    let touched = |id: &str| changed.iter().chain(&removed).any(|c| c.is_empty() || c.as_str() == id || is_below(id, c) || is_below(c, id));
    // A page shows its leaflet's size: one whose leaflet changed is written again too
    // (its leaflet can change without its text: a contact card it shows).
    let old_sizes: BTreeMap<&str, usize> = before_leaflets.files().map(|l| (l.path.as_str(), l.bytes.len())).collect();
    let leaflet_changed = |p: usize| {
        leaflets::languages(site, p).into_iter().any(|lang| inputs.leaflets.get(site, p, lang).map(|l| l.bytes.len()) != old_sizes.get(leaflets::output_path(site, p, lang).as_str()).copied())
    };
    let wanted: HashSet<usize> = (0..site.pages.len()).filter(|&p| touched(&site.pages[p].id) || (site.leaflets.contains(&p) && leaflet_changed(p))).collect();

    let sink = Sink::direct(output);
    // The leaflets typeset again (a page's leaflet, or one showing its contact card).
    let old_leaflets: BTreeMap<&str, &[u8]> = before_leaflets.files().map(|l| (l.path.as_str(), l.bytes.as_slice())).collect();
    let mut leaflets_changed = false;
    for gone in before_leaflets.files().filter(|old| !inputs.leaflets.files().any(|new| new.path == old.path)) {
        sink.remove(&gone.path)?;
        leaflets_changed = true;
    }
    for leaflet in inputs.leaflets.files().filter(|l| old_leaflets.get(l.path.as_str()) != Some(&l.bytes.as_slice())) {
        sink.write(&leaflet.path, &leaflet.bytes)?;
        leaflets_changed = true;
    }
    if inputs.leaflets.is_empty() && !before_leaflets.is_empty() {
        for lang in &before.languages {
            sink.remove(&format!("{lang}/leaflets/index.html"))?;
        }
    } else if !inputs.leaflets.is_empty() && (leaflets_changed || after.listings != before.listings) {
        output::publish_leaflet_lists(inputs, &sink)?;
    }
    for id in &removed {
        for lang in &before.languages {
            let path = if id.is_empty() { format!("{lang}/index.html") } else { format!("{lang}/{id}/index.html") };
            sink.remove(&path)?;
        }
    }
    for rel in before.assets.difference(&after.assets) {
        sink.remove(&output::asset_output_path(site, rel))?;
    }
    output::publish_assets(inputs, &sink, |asset| !before.assets.contains(&asset.rel) || changed_files.is_some_and(|c| c.contains(&asset.path)))?;
    output::publish_pages(inputs, &sink, |p| wanted.contains(&p))?;
    // The listings of the whole site, the sitemap and the redirects show titles,
    // descriptions, dates and addresses: an edit of a page's text alone leaves them as they
    // are (on a big site they are most of a rebuild).
    if after.listings != before.listings {
        output::publish_topics(inputs, &sink)?;
        output::publish_duties(inputs, &sink)?;
        output::publish_directory(inputs, &sink)?;
        output::publish_search_pages(inputs, &sink)?;
        output::publish_root(inputs, &sink)?;
        output::publish_site_files(inputs, &sink)?;
    }
    log::info!("updated {} of {} pages", wanted.len() * site.languages().len(), site.pages.len() * site.languages().len());
    Ok(after)
}

/// `a/b/c` is below `a` (and below the home page, `""`).
fn is_below(id: &str, ancestor: &str) -> bool {
    ancestor.is_empty() && !id.is_empty() || id.strip_prefix(ancestor).is_some_and(|rest| rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_means_in_a_section_or_its_sections() {
        assert!(is_below("a/b", "a"));
        assert!(is_below("a/b/c", "a"));
        assert!(is_below("a", ""));
        assert!(!is_below("ab", "a"));
        assert!(!is_below("a", "a"));
        assert!(!is_below("", ""));
    }
}
