//! The model stage: [`Document`]s into one [`Site`]: every page with its translations,
//! the section tree, topics and aliases, checked as a whole.
//!
//! After this stage the `Site` is only borrowed: rendering, templates and writing read it.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::config::{Config, Language};
use crate::layout::is_slug;
use crate::directory;
use crate::diag::{did_you_mean, Diagnostics, Pos};
use crate::load::{Asset, Document, EntryKind};

/// A page in every language: the home page, a section's landing page or a plain page.
#[derive(Debug)]
pub struct Page {
    /// Its path under `content/`, without language: `""`, `transport`, `transport/travel`.
    pub id: String,
    pub kind: EntryKind,
    /// The section it belongs to (an index into `Site::pages`); `None` for the home page.
    pub parent: Option<usize>,
    /// For home and sections: the pages and sections in it, in reading order.
    pub children: Vec<usize>,
    /// Written versions by language; always holds the default language.
    pub docs: BTreeMap<String, Document>,
}

impl Page {
    /// The version to show in `lang`, and whether it really is in `lang`.
    pub fn doc<'a>(&'a self, lang: &str, default_lang: &str) -> (&'a Document, bool) {
        match self.docs.get(lang) {
            Some(doc) => (doc, true),
            None => (&self.docs[default_lang], false),
        }
    }

    /// The default-language version: the source of the facts (topics, weight, aliases).
    pub fn source_doc(&self, default_lang: &str) -> &Document {
        &self.docs[default_lang]
    }
}

#[derive(Debug)]
pub struct Site {
    pub config: Config,
    /// Sorted by id, so the home page comes first and output order is stable.
    pub pages: Vec<Page>,
    by_id: HashMap<String, usize>,
    /// Files under content/ that are not Markdown, by path under content/.
    pub assets: BTreeMap<String, Asset>,
    /// Topic id -> the pages listing it, in reading order.
    pub topic_pages: BTreeMap<String, Vec<usize>>,
    /// Old address under the base (`ehcp-guide/`) -> (page, language) it redirects to.
    pub aliases: BTreeMap<String, (usize, String)>,
    /// The services of the directory, in alphabetical order of their default-language title.
    pub services: Vec<usize>,
    /// The pages also published as printable leaflets (`leaflet:`), in page order.
    pub leaflets: Vec<usize>,
    /// The ids of pages with a file under content/ that could not be loaded.
    unreadable: HashSet<String>,
    /// Translations' files that still hold the default language's text
    /// (`translation: { by: none }`), with where that is written: published as untranslated.
    pub untranslated: Vec<(PathBuf, Pos)>,
}

/// Where a relative link in content leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    Page(usize),
    Asset(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// The path climbs above `content/`.
    Outside,
    /// No page or file there; carries the path under `content/` it looked for.
    Missing(String),
    /// The file is there but could not be loaded: its own error says why, so a link to it
    /// is not reported again.
    Unreadable,
}

impl Site {
    /// Lets go of every page's Markdown body, keeping its front matter (and so the places
    /// of its keys, for errors). A build calls it once the bodies are rendered and the
    /// leaflets typeset: from then on only the rendered bodies are read, and the Markdown
    /// of a large site is a fifth of the memory it holds. [`Document::body`] is empty
    /// afterwards.
    pub fn release_bodies(&mut self) {
        for doc in self.pages.iter_mut().flat_map(|page| page.docs.values_mut()) {
            doc.source.text.truncate(doc.body_start);
            doc.source.text.shrink_to_fit();
        }
    }

    pub fn page(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn languages(&self) -> &[Language] {
        &self.config.languages
    }

    pub fn default_lang(&self) -> &str {
        &self.config.default_language
    }

    /// The path of a page under the base: `en/`, `ur/transport/travel/`.
    pub fn page_path(&self, page: usize, lang: &str) -> String {
        self.path_after("", page, lang)
    }

    /// A page's URL as the site links to it: the base path, then its path.
    pub fn url(&self, page: usize, lang: &str) -> String {
        self.path_after(&self.config.base_path, page, lang)
    }

    /// `start` then `<lang>/<id>/`: built by hand, as `format!` costs several times more
    /// for a string made for every link of every page.
    fn path_after(&self, start: &str, page: usize, lang: &str) -> String {
        let id = &self.pages[page].id;
        let mut path = String::with_capacity(start.len() + lang.len() + id.len() + 2);
        path.push_str(start);
        path.push_str(lang);
        path.push('/');
        if !id.is_empty() {
            path.push_str(id);
            path.push('/');
        }
        path
    }

    /// Published once, under the default language, and linked from every language.
    pub fn asset_url(&self, rel: &str) -> String {
        format!("{}{}/{}", self.config.base_path, self.config.default_language, rel)
    }

    /// Resolves `target`, a relative path written in the file `from` (relative to the root).
    pub fn resolve(&self, from: &Path, target: &str) -> Result<LinkTarget, LinkError> {
        let rel = join_under_content(from, target).ok_or(LinkError::Outside)?;
        if let Some(id) = page_id_of(&rel) {
            return match self.page(&id) {
                Some(page) => Ok(LinkTarget::Page(page)),
                None if self.unreadable.contains(&id) => Err(LinkError::Unreadable),
                None => Err(LinkError::Missing(rel)),
            };
        }
        if self.assets.contains_key(&rel) {
            return Ok(LinkTarget::Asset(rel));
        }
        Err(LinkError::Missing(rel))
    }

    /// Every (page, language) the site publishes, in output order.
    pub fn page_languages(&self) -> impl Iterator<Item = (usize, &str)> + '_ {
        (0..self.pages.len()).flat_map(move |p| self.languages().iter().map(move |l| (p, l.code.as_str())))
    }
}

/// `from` is `content/a/b.md`; `target` is `../c/d.md`: gives `c/d.md`, or `None` when the
/// path climbs out of `content/`.
fn join_under_content(from: &Path, target: &str) -> Option<String> {
    let mut parts: Vec<String> = from.parent()?.components().skip(1).map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part.to_string()),
        }
    }
    Some(parts.join("/"))
}

/// The page id a Markdown path under `content/` names, whatever language suffix it has.
fn page_id_of(rel: &str) -> Option<String> {
    let stem = rel.strip_suffix(".md")?;
    let (dir, name) = stem.rsplit_once('/').unwrap_or(("", stem));
    let name = name.split('.').next().unwrap_or(name);
    Some(match name {
        "_index" | "index" => dir.to_string(),
        name if dir.is_empty() => name.to_string(),
        name => format!("{dir}/{name}"),
    })
}

/// Builds the site from parsed documents, reporting every inconsistency. `unreadable` are
/// the content files that could not be loaded (each has its own error already): links to
/// their pages and translations of them are not reported again.
pub fn build(config: Config, documents: Vec<Document>, assets: Vec<Asset>, unreadable: &[PathBuf]) -> (Site, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let default_lang = config.default_language.clone();

    let mut grouped: BTreeMap<String, BTreeMap<String, Document>> = BTreeMap::new();
    let mut kinds: HashMap<String, EntryKind> = HashMap::new();
    let mut untranslated = Vec::new();
    let mut sorted_docs = documents;
    sorted_docs.sort_by(|a, b| a.source.path.cmp(&b.source.path));
    for doc in sorted_docs {
        let id = doc.source.entry.id.clone();
        let lang = doc.source.lang.clone();
        kinds.entry(id.clone()).or_insert(doc.source.entry.kind);
        let versions = grouped.entry(id).or_default();
        if let Some(first) = versions.get(&lang) {
            let message = format!("this is the same page as {}", first.source.path.display());
            diagnostics.error(&doc.source.path, Pos::START, message, "keep one of the two files");
            continue;
        }
        if doc.front.draft {
            continue;
        }
        if doc.front.translation.is_some() && lang == default_lang {
            let hint = format!("remove it: 'translation' says who translated a translation, and this is the {} page", config.default_lang().name);
            diagnostics.error(&doc.source.path, doc.key_pos("translation"), "'translation' is set on a page that is not a translation", hint);
            continue;
        }
        if !doc.front.covers.is_empty() && lang != default_lang {
            let hint = format!("remove it: the {} page says which duties the page meets, in every language", config.default_lang().name);
            diagnostics.error(&doc.source.path, doc.key_pos("covers"), "'covers' is set on a translation", hint);
        }
        if doc.front.is_untranslated_copy() {
            // Published as the untranslated page it still is, until someone translates it.
            untranslated.push((doc.source.path.clone(), doc.key_pos("translation")));
            continue;
        }
        versions.insert(lang, doc);
    }

    let mut pages = Vec::new();
    for (id, docs) in grouped {
        if !docs.contains_key(&default_lang) {
            for doc in docs.values() {
                let expected = default_path(&doc.source.path, &doc.source.lang);
                if unreadable.contains(&expected) {
                    continue;
                }
                let message = format!("this translation has no {} page", config.default_lang().name);
                let hint = format!("add {} (or, if it is a draft, mark the translation draft: true too)", expected.display());
                diagnostics.error(&doc.source.path, Pos::START, message, hint);
            }
            continue;
        }
        let kind = kinds[&id];
        pages.push(Page { id, kind, parent: None, children: Vec::new(), docs });
    }
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    let by_id: HashMap<String, usize> = pages.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();

    // The ids of files that could not be read: their own errors are reported, so pages
    // that need them are not reported again.
    let unreadable: HashSet<String> = unreadable.iter().filter_map(|path| path.strip_prefix(crate::layout::CONTENT_DIR).ok()).filter_map(|rel| page_id_of(&rel.to_string_lossy().replace('\\', "/"))).collect();
    if !by_id.contains_key("") && !unreadable.contains("") {
        let hint = "add content/_index.md with a title, a description and a welcome text";
        diagnostics.error(Path::new("content/_index.md"), Pos::START, "there is no home page", hint);
    }
    for id in crate::duties::generated_page_ids(&config) {
        if let Some(&p) = by_id.get(id) {
            let hint = "move or rename the page: the build writes this address itself (see coverage_page in site.yaml)";
            diagnostics.error(&pages[p].source_doc(&default_lang).source.path, Pos::START, format!("this page has the address of a page the build writes: {id}/"), hint);
        }
    }
    link_sections(&mut pages, &by_id, &unreadable, &default_lang, &mut diagnostics);
    let topic_pages = collect_topics(&config, &pages, &mut diagnostics);
    let aliases = collect_aliases(&config, &pages, &mut diagnostics);
    directory::validate::validate(config.directory.as_ref(), pages.iter().map(|p| (p.id.as_str(), p.kind, &p.docs)), &default_lang, &mut diagnostics);
    let services = collect_services(&config, &pages);
    let leaflets = (0..pages.len()).filter(|&p| pages[p].source_doc(&default_lang).front.leaflet.as_ref().is_some_and(|l| l.settings().is_some())).collect();
    let assets = assets.into_iter().map(|a| (a.rel.clone(), a)).collect();
    (Site { config, pages, by_id, assets, topic_pages, aliases, services, leaflets, unreadable, untranslated }, diagnostics)
}

fn default_path(translation: &Path, lang: &str) -> PathBuf {
    let name = translation.file_name().map(|n| n.to_string_lossy().replace(&format!(".{lang}.md"), ".md")).unwrap_or_default();
    translation.with_file_name(name)
}

fn parent_id(id: &str) -> Option<&str> {
    if id.is_empty() {
        return None;
    }
    Some(id.rsplit_once('/').map_or("", |(dir, _)| dir))
}

/// Sets each page's parent and each section's children; a page in a folder without
/// `_index.md` is an error (once per folder), unless that `_index.md` could not be read.
fn link_sections(pages: &mut [Page], by_id: &HashMap<String, usize>, unreadable: &HashSet<String>, default_lang: &str, diagnostics: &mut Diagnostics) {
    let mut reported = BTreeSet::new();
    for i in 0..pages.len() {
        let Some(parent) = parent_id(&pages[i].id) else { continue };
        match by_id.get(parent) {
            Some(&p) if pages[p].kind != EntryKind::Page => {
                pages[i].parent = Some(p);
                pages[p].children.push(i);
            }
            Some(_) => {
                let path = &pages[i].source_doc(default_lang).source.path;
                let hint = "move the page, or turn the page into a section folder with an _index.md";
                diagnostics.error(path, Pos::START, format!("'{parent}' is a page, not a section"), hint);
            }
            None if parent.is_empty() || unreadable.contains(parent) => {}
            None => {
                if reported.insert(parent.to_string()) {
                    let path = &pages[i].source_doc(default_lang).source.path;
                    let message = format!("the folder content/{parent}/ has no _index.md");
                    let hint = format!("add content/{parent}/_index.md with a title, a description and a short introduction");
                    diagnostics.error(path, Pos::START, message, hint);
                }
            }
        }
    }
    let order: Vec<(i64, String, String)> = pages
        .iter()
        .map(|p| {
            let front = &p.source_doc(default_lang).front;
            (front.weight.unwrap_or(i64::MAX), front.title.to_lowercase(), p.id.clone())
        })
        .collect();
    for page in pages.iter_mut() {
        page.children.sort_by(|&a, &b| order[a].cmp(&order[b]));
    }
}

fn collect_topics(config: &Config, pages: &[Page], diagnostics: &mut Diagnostics) -> BTreeMap<String, Vec<usize>> {
    let mut topic_pages: BTreeMap<String, Vec<usize>> = config.topics.iter().map(|t| (t.id.clone(), Vec::new())).collect();
    for (i, page) in pages.iter().enumerate() {
        for doc in page.docs.values() {
            for topic in &doc.front.topics {
                if config.topic(topic).is_none() {
                    let pos = doc.value_pos("topics", topic);
                    let near = did_you_mean(topic, config.topics.iter().map(|t| t.id.as_str()));
                    let listed = config.topics.iter().map(|t| t.id.as_str()).collect::<Vec<_>>().join(", ");
                    let hint = match near {
                        Some(near) => format!("did you mean '{near}'? Or add it to 'topics' in site.yaml"),
                        None => format!("use one of the topics in site.yaml ({listed}), or add it there"),
                    };
                    diagnostics.error(&doc.source.path, pos, format!("unknown topic '{topic}'"), hint);
                }
            }
        }
        let source = page.source_doc(&config.default_language);
        for topic in &source.front.topics {
            if let Some(list) = topic_pages.get_mut(topic) {
                list.push(i);
            }
        }
    }
    topic_pages
}

fn collect_services(config: &Config, pages: &[Page]) -> Vec<usize> {
    let Some(settings) = &config.directory else { return Vec::new() };
    let mut services: Vec<(&str, usize)> = (0..pages.len())
        .filter(|&p| directory::validate::is_service(&pages[p].id, pages[p].kind, &settings.section))
        .map(|p| (pages[p].source_doc(&config.default_language).front.title.as_str(), p))
        .collect();
    crate::collate::sort_by_text(&config.default_language, &mut services, |&(title, _)| title);
    services.into_iter().map(|(_, p)| p).collect()
}

fn collect_aliases(config: &Config, pages: &[Page], diagnostics: &mut Diagnostics) -> BTreeMap<String, (usize, String)> {
    let mut aliases: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let language_codes: BTreeSet<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    for (i, page) in pages.iter().enumerate() {
        for (lang, doc) in &page.docs {
            for alias in &doc.front.aliases {
                let pos = doc.value_pos("aliases", alias);
                let path = alias.trim_matches('/');
                let first = path.split('/').next().unwrap_or_default();
                let valid = !path.is_empty() && path.split('/').all(is_slug);
                if !valid || !alias.starts_with('/') {
                    let hint = "write the old address's path from the base URL, like /ehcp-guide/ (lower-case letters, digits, hyphens)";
                    diagnostics.error(&doc.source.path, pos, format!("'{alias}' cannot be used as an old address"), hint);
                } else if language_codes.contains(first) || matches!(first, "assets" | "pagefind" | "openreferral") {
                    let hint = "old addresses cannot start with a language code, assets/, pagefind/ or openreferral/, which the site publishes itself";
                    diagnostics.error(&doc.source.path, pos, format!("'{alias}' would replace a page of the site"), hint);
                } else if let Some((other, _)) = aliases.get(&format!("{path}/")) {
                    let other = &pages[*other].docs.values().next().map(|d| d.source.path.display().to_string()).unwrap_or_default();
                    diagnostics.error(&doc.source.path, pos, format!("'{alias}' is already an old address of {other}"), "remove it from one of the two pages");
                } else {
                    aliases.insert(format!("{path}/"), (i, lang.clone()));
                }
            }
        }
    }
    aliases
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_join_under_content() {
        let from = Path::new("content/a/b.md");
        assert_eq!(join_under_content(from, "c.md").unwrap(), "a/c.md");
        assert_eq!(join_under_content(from, "../x/y.md").unwrap(), "x/y.md");
        assert_eq!(join_under_content(from, "./../_index.md").unwrap(), "_index.md");
        assert_eq!(join_under_content(from, "../../etc/passwd"), None);
    }

    #[test]
    fn page_ids_ignore_language_and_index_names() {
        assert_eq!(page_id_of("a/b.md").unwrap(), "a/b");
        assert_eq!(page_id_of("a/b.ur.md").unwrap(), "a/b");
        assert_eq!(page_id_of("a/_index.md").unwrap(), "a");
        assert_eq!(page_id_of("a/b/index.md").unwrap(), "a/b");
        assert_eq!(page_id_of("_index.md").unwrap(), "");
        assert_eq!(page_id_of("x.md").unwrap(), "x");
        assert_eq!(page_id_of("a/b.png"), None);
    }
}
