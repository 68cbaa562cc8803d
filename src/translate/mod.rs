//! `localoffer translate`: the round trip with a translation agency.
//!
//! - `export` writes the pages of one language as XLIFF 1.2 ([`xliff`]), cut into units
//!   ([`segment`]): the front matter's text (title, description), then each block.
//! - `import` reads XLIFF files back, checks every unit of every file against the source
//!   pages as they are now, and only then writes `<page>.<lang>.md`: the source page with
//!   each block replaced by its translation. A unit left empty keeps the source's text.
//!
//! The translation's front matter keeps the source's keys that carry no text (weight,
//! topics, audience, dates), says which version it translates (`source_updated`, so
//! `check` knows it is current) and that a person made it (`translation: { by: person }`).

pub mod segment;
pub mod xliff;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::load::{front_matter, Document, Source};
use crate::model::Site;
use segment::{Part, Unit};

/// Front matter keys a translation takes from its source as written.
const KEPT_KEYS: &[&str] = &["weight", "updated", "review_by", "topics", "audience"];

/// Which pages to export.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Only pages with no translation into the language.
    pub missing: bool,
    /// Only pages whose translation is older than the source.
    pub stale: bool,
    /// Only these source files (`content/advice/sendias.md`), if any.
    pub paths: Vec<PathBuf>,
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exported {
    pub pages: usize,
    pub units: usize,
    pub words: usize,
}

/// Loads the site as `check` does; any error in the content stops the command.
fn load_site(root: &Path) -> Result<Site, Diagnostics> {
    let config = Config::load(root, None)?;
    let content = crate::pipeline::load_content(&config);
    let mut diagnostics = content.diagnostics;
    let (site, model_diagnostics) = crate::model::build(config, content.documents, content.assets, &content.unreadable);
    diagnostics.extend(model_diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(site)
}

fn check_language(site: &Site, lang: &str, file: &Path, pos: Pos) -> Result<(), Diagnostic> {
    let config = &site.config;
    if lang == config.default_language {
        return Err(Diagnostic::error(file, pos, format!("'{lang}' is the language the pages are written in"), "give the language to translate into, like --lang ur"));
    }
    if !config.is_language(lang) {
        let codes: Vec<&str> = config.languages.iter().filter(|l| l.code != config.default_language).map(|l| l.code.as_str()).collect();
        return Err(Diagnostic::error(file, pos, format!("the site has no language '{lang}'"), format!("use one of: {}, or add it to languages: in site.yaml", codes.join(", "))));
    }
    Ok(())
}

/// A page's units: title, description, then its blocks (`b1`, `b2`...).
struct PageUnits<'d> {
    doc: &'d Document,
    blocks: Vec<Unit>,
    front: Vec<(&'static str, String)>,
}

impl<'d> PageUnits<'d> {
    fn of(doc: &'d Document) -> Self {
        let front = vec![("title", doc.front.title.trim().to_string()), ("description", doc.front.description.trim().to_string())];
        PageUnits { doc, blocks: segment::units(doc.body()), front }
    }

    /// Every unit as (id, parts, codes).
    fn all(&self) -> Vec<(String, Vec<Part>, &[segment::Code])> {
        let front = self.front.iter().filter(|(_, text)| !text.is_empty()).map(|(key, text)| (key.to_string(), vec![Part::Text(text.clone())], &[][..]));
        front.chain(self.blocks.iter().enumerate().map(|(i, u)| (format!("b{}", i + 1), u.parts.clone(), &u.codes[..]))).collect()
    }
}

/// Writes the XLIFF for `lang` to `output`.
pub fn export(root: &Path, lang: &str, selection: &Selection, output: &Path) -> Result<Exported, Diagnostics> {
    let site = load_site(root)?;
    check_language(&site, lang, Path::new("--lang"), Pos::START).map_err(|d| Diagnostics::from_iter([d]))?;
    let default = site.default_lang();
    let mut wanted: BTreeSet<usize> = BTreeSet::new();
    let mut errors = Diagnostics::new();
    for path in &selection.paths {
        let found = site.pages.iter().position(|p| p.docs.values().any(|d| d.source.path == *path || root.join(&d.source.path) == *path));
        match found {
            Some(p) => {
                wanted.insert(p);
            }
            None => errors.error(path, Pos::START, "this is not a page of the site", "give a Markdown file under content/, like content/advice/sendias.md"),
        }
    }
    if errors.has_errors() {
        return Err(errors);
    }
    let mut files = Vec::new();
    let mut all_units = Vec::new();
    let pages: Vec<usize> = (0..site.pages.len())
        .filter(|p| selection.paths.is_empty() || wanted.contains(p))
        .filter(|&p| {
            let page = &site.pages[p];
            let translation = page.docs.get(lang);
            let stale = translation.is_some_and(|t| matches!((t.front.source_updated, page.source_doc(default).front.updated), (Some(from), Some(now)) if from < now) || t.front.source_updated.is_none());
            match (selection.missing, selection.stale) {
                (false, false) => true,
                (missing, stale_wanted) => (missing && translation.is_none()) || (stale_wanted && stale),
            }
        })
        .collect();
    for &p in &pages {
        all_units.push((p, PageUnits::of(site.pages[p].source_doc(default))));
    }
    let mut exported = Exported { pages: 0, units: 0, words: 0 };
    for (p, units) in &all_units {
        let out: Vec<xliff::OutUnit> = units.all().into_iter().map(|(id, parts, codes)| xliff::OutUnit { id, parts, codes }).collect();
        exported.pages += 1;
        exported.units += out.len();
        exported.words += out.iter().flat_map(|u| &u.parts).map(|p| if let Part::Text(t) = p { t.split_whitespace().count() } else { 0 }).sum::<usize>();
        let url = site.config.absolute_url(&site.page_path(*p, default));
        files.push(xliff::OutFile { original: slash_path(&units.doc.source.path), url, units: out });
    }
    let xml = xliff::write(&files, default, lang);
    crate::write::replace_file(output, xml.as_bytes()).map_err(|err| Diagnostics::from_iter([Diagnostic::error(output, Pos::START, format!("cannot write the XLIFF file: {err}"), "give a folder you can write to with --output")]))?;
    Ok(exported)
}

fn slash_path(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// What an import wrote, per page: the file and how many of its units were translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub path: PathBuf,
    pub translated: usize,
    pub units: usize,
}

impl Imported {
    /// A page none of whose units came back translated is not written: its file would only
    /// be the English again, marked as a person's translation.
    pub fn written(&self) -> bool {
        self.translated > 0
    }
}

/// A translation ready to be written.
struct Planned {
    path: PathBuf,
    text: String,
    translated: usize,
    units: usize,
}

/// Reads every file, checks all of them, then writes the translations. Any error writes
/// nothing.
pub fn import(root: &Path, files: &[PathBuf]) -> Result<Vec<Imported>, Diagnostics> {
    let site = load_site(root)?;
    let mut errors = Diagnostics::new();
    let mut planned: Vec<Planned> = Vec::new();
    let mut seen_pages: BTreeMap<(usize, String), (PathBuf, Pos)> = BTreeMap::new();
    for file in files {
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(err) => {
                errors.error(file, Pos::START, format!("cannot read the file: {err}"), "give the path of an XLIFF file");
                continue;
            }
        };
        let xml = match crate::diag::utf8_text(file, bytes) {
            Ok(text) => text,
            Err(diagnostic) => {
                errors.push(diagnostic);
                continue;
            }
        };
        let read = match xliff::read(&xml) {
            Ok(read) => read,
            Err((pos, message)) => {
                errors.error(file, pos, message, "export the pages again with localoffer translate export, or ask the agency for a valid XLIFF 1.2 file");
                continue;
            }
        };
        for in_file in read {
            if let Some(plan) = plan_file(&site, file, &in_file, &mut seen_pages, &mut errors) {
                planned.push(plan);
            }
        }
    }
    if errors.has_errors() {
        return Err(errors);
    }
    let mut imported = Vec::new();
    for plan in planned {
        if plan.translated == 0 {
            imported.push(Imported { path: plan.path, translated: 0, units: plan.units });
            continue;
        }
        crate::write::replace_file(&root.join(&plan.path), plan.text.as_bytes()).map_err(|err| Diagnostics::from_iter([Diagnostic::error(&plan.path, Pos::START, format!("cannot write the translation: {err}"), "check the folder can be written to")]))?;
        imported.push(Imported { path: plan.path, translated: plan.translated, units: plan.units });
    }
    Ok(imported)
}

/// Checks one `<file>` against its source page and builds the translation's text.
fn plan_file(site: &Site, file: &Path, in_file: &xliff::InFile, seen: &mut BTreeMap<(usize, String), (PathBuf, Pos)>, errors: &mut Diagnostics) -> Option<Planned> {
    let default = site.default_lang();
    let before = errors.error_count();
    let Some(original) = in_file.original.as_deref() else {
        errors.error(file, in_file.pos, "this <file> has no original= naming its page", "export the pages again with localoffer translate export");
        return None;
    };
    let Some(p) = site.pages.iter().position(|p| slash_path(&p.source_doc(default).source.path) == original) else {
        errors.error(file, in_file.pos, format!("there is no page {original}"), "the page was moved or removed since the export: export it again from its new place");
        return None;
    };
    let lang = in_file.target_lang.clone().unwrap_or_default();
    if let Err(diagnostic) = check_language(site, &lang, file, in_file.pos) {
        errors.push(Diagnostic { message: format!("target-language: {}", diagnostic.message), ..diagnostic });
        return None;
    }
    if let Some((other, pos)) = seen.insert((p, lang.clone()), (file.to_path_buf(), in_file.pos)) {
        errors.error(file, in_file.pos, format!("{original} into '{lang}' is also at {}:{}:{}", other.display(), pos.line, pos.col), "import each page once");
        return None;
    }
    let source = site.pages[p].source_doc(default);
    let units = PageUnits::of(source);
    let expected = units.all();
    let mut by_id: BTreeMap<&str, &xliff::InUnit> = BTreeMap::new();
    for unit in &in_file.units {
        if by_id.insert(unit.id.as_str(), unit).is_some() {
            errors.error(file, unit.pos, format!("unit '{}' of {original} is there twice", unit.id), "keep one of the two");
        }
    }
    let known: BTreeSet<&str> = expected.iter().map(|(id, _, _)| id.as_str()).collect();
    for unit in in_file.units.iter().filter(|u| !known.contains(u.id.as_str())) {
        errors.error(file, unit.pos, format!("{original} has no unit '{}'", unit.id), "the page changed since the export: export it again");
    }
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let mut translated = 0;
    for (id, parts, codes) in &expected {
        let Some(unit) = by_id.get(id.as_str()) else {
            errors.error(file, in_file.pos, format!("unit '{id}' of {original} is missing"), "send back every unit the export wrote, with an empty target where there is no translation");
            continue;
        };
        if unit.hash.as_deref() != Some(xliff::hash(parts).as_str()) {
            errors.error(file, unit.pos, format!("unit '{id}' was exported from an older version of {original}"), "the source text changed since the export: export the page again and translate the new text");
            continue;
        }
        match &unit.target {
            None => {}
            Some(Err((pos, message))) => errors.error(file, *pos, format!("unit '{id}': {message}"), "keep the inline codes (<g>, <x/>) as the source has them"),
            Some(Ok(target)) => match xliff::check_codes(target, codes) {
                Err(message) => errors.error(file, unit.pos, format!("unit '{id}': {message}"), "keep every inline code of the source, once each: they are the page's links and formatting"),
                Ok(()) => {
                    translated += 1;
                    let text = if id.starts_with('b') { segment::to_markdown(target, codes) } else { segment::plain(target) };
                    texts.insert(id.clone(), text);
                }
            },
        }
    }
    if errors.error_count() > before {
        return None;
    }
    let text = translation_text(source, &units, &texts);
    let path = translation_path(&source.source.path, &lang);
    // The translation must load as the build will load it.
    let parsed = front_matter::parse(Source { path: path.clone(), lang: lang.clone(), entry: source.source.entry.clone(), text: text.clone() });
    if let Err(diagnostic) = parsed {
        errors.error(file, in_file.pos, format!("the translation of {original} would not load: {}", diagnostic.message), diagnostic.hint);
        return None;
    }
    Some(Planned { path, text, translated, units: expected.len() })
}

/// `content/advice/sendias.md` into Urdu: `content/advice/sendias.ur.md`.
pub fn translation_path(source: &Path, lang: &str) -> PathBuf {
    let stem = source.file_stem().unwrap_or_default().to_string_lossy();
    source.with_file_name(format!("{stem}.{lang}.md"))
}

/// The translation's file: new front matter, and the source's body with each translated
/// block in place.
fn translation_text(source: &Document, units: &PageUnits, texts: &BTreeMap<String, String>) -> String {
    let mut out = String::from("---\n");
    for (key, english) in &units.front {
        let value = texts.get(*key).unwrap_or(english);
        out.push_str(&format!("{key}: {}\n", serde_json::to_string(value.split_whitespace().collect::<Vec<_>>().join(" ").as_str()).expect("a string serialises")));
    }
    for block in kept_front_matter(source.front_text()) {
        out.push_str(&block);
    }
    if let Some(updated) = source.front.updated {
        out.push_str(&format!("source_updated: {updated}\n"));
    }
    out.push_str("translation: { by: person }\n---\n");
    let blocks: Vec<String> = units
        .blocks
        .iter()
        .enumerate()
        .map(|(i, unit)| match (texts.get(&format!("b{}", i + 1)), &unit.anchor) {
            (Some(text), Some(id)) => format!("{text} {{#{id}}}"),
            (Some(text), None) => text.clone(),
            (None, _) => segment::source_markdown(source.body(), unit),
        })
        .collect();
    out.push_str(&segment::replace(source.body(), &units.blocks, &blocks));
    out
}

/// The blocks of `front` (the front matter as written, with its `---` lines) whose key is
/// one of [`KEPT_KEYS`], each with its continuation lines.
fn kept_front_matter(front: &str) -> Vec<String> {
    let mut blocks: Vec<(String, String)> = Vec::new();
    for line in front.lines().filter(|l| l.trim() != "---") {
        let top = !line.starts_with([' ', '\t', '-', '#']) && line.contains(':');
        if top {
            let key = line.split(':').next().unwrap_or_default().trim().to_string();
            blocks.push((key, format!("{line}\n")));
        } else if let Some((_, text)) = blocks.last_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    blocks.into_iter().filter(|(key, _)| KEPT_KEYS.contains(&key.as_str())).map(|(_, text)| text).collect()
}

/// Writes `bytes` to `path` through a temporary file beside it, so that a failed write
/// leaves the old file whole.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_sits_beside_its_source() {
        assert_eq!(translation_path(Path::new("content/advice/sendias.md"), "ur"), Path::new("content/advice/sendias.ur.md"));
        assert_eq!(translation_path(Path::new("content/advice/_index.md"), "pl"), Path::new("content/advice/_index.pl.md"));
        assert_eq!(translation_path(Path::new("content/advice/visit/index.md"), "ro"), Path::new("content/advice/visit/index.ro.md"));
    }

    #[test]
    fn the_front_matter_keys_without_text_are_kept_as_written() {
        let front = "---\ntitle: A\nweight: 3\ntopics:\n  - advice\n  - health\nleaflet: true\naudience: [parents-carers]\norganisation: NHS\n---\n";
        assert_eq!(kept_front_matter(front).concat(), "weight: 3\ntopics:\n  - advice\n  - health\naudience: [parents-carers]\n");
    }
}
