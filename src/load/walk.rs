//! Finds the content files and reads them: `content/` -> [`Source`]s and [`Asset`]s.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::Config;
use crate::layout::is_slug;
use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::layout::CONTENT_DIR;

/// Larger content files are refused: nobody writes 10 MB of Markdown, and a huge file
/// is usually a mistake (a video dropped into the wrong folder).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryKind {
    Home,
    Section,
    Page,
}

/// What a Markdown file is, from its place and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntryKind,
    /// The path under `content/` without extension or language: `""` for the home page,
    /// `ehc-plans` for a section, `ehc-plans/annual-reviews` for a page.
    pub id: String,
    /// A page written as `<slug>/index.md`, with its images beside it.
    pub bundle: bool,
}

/// One Markdown file, read.
#[derive(Debug, Clone)]
pub struct Source {
    /// Relative to the site root, as editors know it: `content/transport/index.ur.md`.
    pub path: PathBuf,
    pub lang: String,
    pub entry: Entry,
    pub text: String,
}

/// Any other file under `content/` (images, documents), published beside its page.
#[derive(Debug, Clone)]
pub struct Asset {
    /// Relative to the site root.
    pub path: PathBuf,
    /// Relative to `content/`, with `/` separators.
    pub rel: String,
}

pub struct Walked {
    pub sources: Vec<Source>,
    pub assets: Vec<Asset>,
    pub diagnostics: Diagnostics,
}

/// A Markdown file found by [`list`], not yet read.
#[derive(Debug, Clone)]
pub struct Listed {
    pub path: PathBuf,
    pub entry: Entry,
    pub lang: String,
}

/// What [`list`] finds: Markdown files to read, other files, and problems.
pub struct Listing {
    pub markdown: Vec<Listed>,
    pub assets: Vec<Asset>,
    pub diagnostics: Diagnostics,
}

/// Walks `content/` in a stable order, then reads the Markdown files in parallel.
pub fn walk(config: &Config) -> Walked {
    let Listing { markdown, assets, mut diagnostics } = list(config);
    let read: Vec<Result<Source, Diagnostic>> = markdown.into_par_iter().map(|listed| read_source(&config.root, listed)).collect();
    let mut sources = Vec::with_capacity(read.len());
    for result in read {
        match result {
            Ok(source) => sources.push(source),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    Walked { sources, assets, diagnostics }
}

/// Finds every file under `content/` without reading the Markdown: cheap enough for
/// `serve` to run on every change.
pub fn list(config: &Config) -> Listing {
    let root = &config.root;
    let content = root.join(CONTENT_DIR);
    let mut diagnostics = Diagnostics::new();
    let mut markdown = Vec::new();
    let mut assets = Vec::new();

    let content_real = match content.canonicalize() {
        Ok(path) => path,
        Err(err) => {
            let hint = "create content/ with an _index.md for the home page";
            diagnostics.error(Path::new(CONTENT_DIR), Pos::START, format!("cannot read content/: {err}"), hint);
            return Listing { markdown, assets, diagnostics };
        }
    };

    let walker = WalkDir::new(&content).follow_links(true).sort_by_file_name().into_iter();
    for item in walker.filter_entry(|e| e.depth() == 0 || !is_ignored(e.file_name().to_string_lossy().as_ref())) {
        let entry = match item {
            Ok(entry) => entry,
            Err(err) => {
                diagnostics.push(walk_error(root, &err));
                continue;
            }
        };
        let rel_to_root = entry.path().strip_prefix(root).unwrap_or(entry.path()).to_path_buf();
        if entry.path_is_symlink() && !stays_inside(entry.path(), &content_real) {
            let hint = "copy the file into content/ instead of linking to it";
            diagnostics.error(&rel_to_root, Pos::START, "this link points outside the site's content/ folder", hint);
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&content).unwrap_or(entry.path());
        let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        if rel.ends_with(".md") {
            match classify(&rel, config) {
                Ok((entry, lang)) => markdown.push(Listed { path: rel_to_root, entry, lang }),
                Err((message, hint)) => diagnostics.error(&rel_to_root, Pos::START, message, hint),
            }
        } else {
            match check_size(entry.path()) {
                Ok(()) => assets.push(Asset { path: rel_to_root, rel }),
                Err((message, hint)) => diagnostics.error(&rel_to_root, Pos::START, message, hint),
            }
        }
    }
    Listing { markdown, assets, diagnostics }
}

/// Dot files, editor backups and swap files are not content.
fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.starts_with("#")
}

fn stays_inside(path: &Path, content_real: &Path) -> bool {
    path.canonicalize().is_ok_and(|real| real.starts_with(content_real))
}

fn walk_error(root: &Path, err: &walkdir::Error) -> Diagnostic {
    let path = err.path().map(|p| p.strip_prefix(root).unwrap_or(p).to_path_buf()).unwrap_or_else(|| PathBuf::from(CONTENT_DIR));
    if let Some(ancestor) = err.loop_ancestor() {
        let ancestor = ancestor.strip_prefix(root).unwrap_or(ancestor);
        let message = format!("this folder link loops back to {}", ancestor.display());
        return Diagnostic::error(path, Pos::START, message, "remove the link");
    }
    Diagnostic::error(path, Pos::START, format!("cannot read this: {err}"), "check the file exists and can be read")
}

/// Names a Markdown file by its path under `content/`: kind, id and language.
fn classify(rel: &str, config: &Config) -> Result<(Entry, String), (String, String)> {
    let (dir, file) = rel.rsplit_once('/').unwrap_or(("", rel));
    let stem = file.strip_suffix(".md").unwrap_or(file);
    let (name, lang) = match stem.rsplit_once('.') {
        Some((name, suffix)) => {
            if !config.is_language(suffix) {
                let codes = config.languages.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ");
                let message = format!("unknown language suffix '.{suffix}'");
                let hint = format!("the site's languages are {codes}: rename the file, or add the language to site.yaml");
                return Err((message, hint));
            }
            (name, suffix.to_string())
        }
        None => (stem, config.default_language.clone()),
    };
    for folder in dir.split('/').filter(|f| !f.is_empty()) {
        if !is_slug(folder) {
            let message = format!("the folder name '{folder}' cannot be part of a web address");
            return Err((message, "use lower-case letters, digits and hyphens, like home-to-school-transport".into()));
        }
    }
    let join = |a: &str, b: &str| if a.is_empty() { b.to_string() } else { format!("{a}/{b}") };
    let entry = match name {
        "_index" if dir.is_empty() => Entry { kind: EntryKind::Home, id: String::new(), bundle: false },
        "_index" => Entry { kind: EntryKind::Section, id: dir.to_string(), bundle: false },
        "index" if !dir.is_empty() => Entry { kind: EntryKind::Page, id: dir.to_string(), bundle: true },
        name if is_slug(name) => Entry { kind: EntryKind::Page, id: join(dir, name), bundle: false },
        _ => {
            let message = format!("the file name '{file}' cannot be part of a web address");
            return Err((message, "use lower-case letters, digits and hyphens, like what-is-send.md or what-is-send.ur.md".into()));
        }
    };
    Ok((entry, lang))
}

fn check_size(path: &Path) -> Result<(), (String, String)> {
    let len = std::fs::metadata(path).map_err(|e| (format!("cannot read this file: {e}"), "check it can be read".to_string()))?.len();
    if len > MAX_FILE_BYTES {
        let message = format!("this file is {:.1} MB; the limit is 10 MB", len as f64 / 1_048_576.0);
        return Err((message, "split it into smaller pages, or make the picture or document smaller".into()));
    }
    Ok(())
}

/// Reads one listed Markdown file, refusing huge files and text that is not UTF-8.
pub fn read_source(root: &Path, listed: Listed) -> Result<Source, Diagnostic> {
    let Listed { path, entry, lang } = listed;
    check_size(&root.join(&path)).map_err(|(m, h)| Diagnostic::error(&path, Pos::START, m, h))?;
    let bytes = std::fs::read(root.join(&path)).map_err(|e| Diagnostic::error(&path, Pos::START, format!("cannot read this file: {e}"), "check it can be read"))?;
    let text = crate::diag::utf8_text(&path, bytes)?;
    Ok(Source { path, lang, entry, text })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        let dir = tempfile::tempdir().unwrap();
        let yaml = "title: T\nbase_url: https://example.org/\ndefault_language: en\nlanguages: [{ code: en, name: English }, { code: ur, name: اردو }]\n";
        std::fs::write(dir.path().join("site.yaml"), yaml).unwrap();
        Config::load(dir.path(), None).unwrap()
    }

    #[test]
    fn classify_names_home_sections_pages_bundles_and_translations() {
        let c = config();
        let kind = |rel: &str| classify(rel, &c).map(|(e, lang)| (e.kind, e.id, e.bundle, lang));
        assert_eq!(kind("_index.md").unwrap(), (EntryKind::Home, "".into(), false, "en".into()));
        assert_eq!(kind("_index.ur.md").unwrap(), (EntryKind::Home, "".into(), false, "ur".into()));
        assert_eq!(kind("transport/_index.md").unwrap(), (EntryKind::Section, "transport".into(), false, "en".into()));
        assert_eq!(kind("transport/travel.ur.md").unwrap(), (EntryKind::Page, "transport/travel".into(), false, "ur".into()));
        assert_eq!(kind("transport/travel/index.md").unwrap(), (EntryKind::Page, "transport/travel".into(), true, "en".into()));
    }

    #[test]
    fn classify_refuses_unknown_languages_and_unsafe_names() {
        let c = config();
        let (message, hint) = classify("a/page.xx.md", &c).unwrap_err();
        assert_eq!(message, "unknown language suffix '.xx'");
        assert!(hint.contains("en, ur"));
        assert!(classify("a/Page One.md", &c).is_err());
        assert!(classify("A B/page.md", &c).is_err());
    }
}
