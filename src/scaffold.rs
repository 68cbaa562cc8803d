//! `localoffer new page PATH [--lang xx]`: a new page, or a translation of one, with the
//! right front matter and today's date filled in.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::config::Config;
use crate::diag::{Diagnostic, Pos};
use crate::layout::{is_slug, CONTENT_DIR};
use crate::load::walk::{Entry, EntryKind};
use crate::load::{front_matter, Source};

/// What `new` creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Page,
    Service,
}

/// Creates the file and returns its path relative to the root.
pub fn new_page(config: &Config, kind: Kind, path: &str, lang: Option<&str>, today: NaiveDate) -> Result<PathBuf, Diagnostic> {
    let mut rel = normalise(path).ok_or_else(|| {
        Diagnostic::error(path, Pos::START, "this is not a page path under content/", "write it like content/transport/travel-training.md or transport/travel-training")
    })?;
    if kind == Kind::Service {
        let Some(directory) = &config.directory else {
            return Err(Diagnostic::error(crate::layout::SITE_YAML, Pos::START, "the site has no service directory", "add directory: with its categories to site.yaml first"));
        };
        // `new service penrose` means content/services/penrose.md.
        if !rel.starts_with(&format!("{}/", directory.section)) {
            rel = format!("{}/{}", directory.section, rel.rsplit('/').next().unwrap_or(&rel));
        }
    }
    let source_path = PathBuf::from(CONTENT_DIR).join(&rel);
    let (target, text) = match lang {
        None if kind == Kind::Service => (source_path.clone(), service_text(config, &rel, today)),
        None => (source_path.clone(), page_text(&rel, today)),
        Some(lang) => {
            if !config.is_language(lang) || lang == config.default_language {
                let others: Vec<&str> = config.languages.iter().filter(|l| l.code != config.default_language).map(|l| l.code.as_str()).collect();
                return Err(Diagnostic::error(&source_path, Pos::START, format!("'{lang}' is not a language to translate into"), format!("use one of: {}", others.join(", "))));
            }
            let target = translation_path(&source_path, lang);
            (target, translation_text(config, &source_path, today)?)
        }
    };
    let full = config.root.join(&target);
    if full.exists() {
        return Err(Diagnostic::error(&target, Pos::START, "this file already exists", "open it in your editor, or choose another name"));
    }
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(full.parent().expect("a path under content/ has a parent"))?;
        std::fs::write(&full, text)
    };
    write().map_err(|e| Diagnostic::error(&target, Pos::START, format!("cannot write the file: {e}"), "check the folder can be written to"))?;
    Ok(target)
}

/// `content/a/b.md`, `a/b.md` and `a/b` all give `a/b.md`.
fn normalise(path: &str) -> Option<String> {
    let path = path.trim().trim_start_matches("./").trim_start_matches("content/");
    let path = path.strip_suffix(".md").unwrap_or(path);
    let valid = !path.is_empty() && path.split('/').all(|part| is_slug(part) || part == "_index" || part == "index");
    valid.then(|| format!("{path}.md"))
}

fn translation_path(source: &Path, lang: &str) -> PathBuf {
    let stem = source.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    source.with_file_name(format!("{stem}.{lang}.md"))
}

fn title_from_slug(rel: &str) -> String {
    let name = rel.trim_end_matches(".md").rsplit('/').find(|p| *p != "index" && *p != "_index").unwrap_or("Home");
    let words = name.replace('-', " ");
    let mut chars = words.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn page_text(rel: &str, today: NaiveDate) -> String {
    format!(
        "---\ntitle: {}\n# One sentence that sums up the page: it shows under the title, in listings and in search.\ndescription: \"\"\nupdated: {today}\n---\n\nWrite the page here, in short sentences. Start headings with ##.\n",
        title_from_slug(rel)
    )
}

fn service_text(config: &Config, rel: &str, today: NaiveDate) -> String {
    let categories: Vec<&str> = config.directory.iter().flat_map(|d| d.categories.iter().map(|c| c.id.as_str())).collect();
    format!(
        "---
title: {title}
# One sentence: what the service does, for whom.
description: \"\"
organisation: \"\"
# Any of: communication-and-interaction, cognition-and-learning, social-emotional-and-mental-health, sensory-and-physical; or [all].
needs: []
# Any of: {categories}
categories: []
# Only facts you have checked: take the # off the lines you can fill in. A fact left
# out is not shown; a wrong one sends a family the wrong way.
# ages: {{ from: 0, to: 25 }}
# referral: self                      # self, professional or both
# cost: free                          # free, paid or mixed
# contact:
#   phone: 01632 960123
#   email: name@example.org
#   website: https://example.org/
# locations:
#   - {{ name: Place name, address: \"Street, Town\", postcode: ZZ1 2AB }}
# languages: [English]
# hours: Monday to Friday, 9am to 5pm
# accessibility: Step-free entrance
updated: {today}
---

## What they offer

## Who it is for

## How to get help
",
        title = title_from_slug(rel),
        categories = categories.join(", "),
    )
}

/// The source's front matter with today's date and `source_updated`, and its text to translate.
fn translation_text(config: &Config, source_path: &Path, today: NaiveDate) -> Result<String, Diagnostic> {
    let text = std::fs::read_to_string(config.root.join(source_path))
        .map_err(|_| Diagnostic::error(source_path, Pos::START, "there is no page to translate here", "create the page first with: localoffer new page PATH"))?;
    let entry = Entry { kind: EntryKind::Page, id: String::new(), bundle: false };
    let source = Source { path: source_path.to_path_buf(), lang: config.default_language.clone(), entry, text };
    let doc = front_matter::parse_unfinished(source)?;
    let front = &doc.front;
    let quote = |s: &str| serde_json::to_string(s).expect("a string serialises");
    let mut out = format!("---\ntitle: {}\ndescription: {}\n", quote(&front.title), quote(&front.description));
    // Until someone translates it, the page shows as untranslated (the English text with
    // the notice) and `check` says so.
    out.push_str("# The text below is still the English. Translate the title, description and text,\n# then write by: person (or by: machine if a machine translated it).\ntranslation: { by: none }\n");
    if let Some(weight) = front.weight {
        out.push_str(&format!("weight: {weight}\n"));
    }
    out.push_str(&format!("updated: {today}\nsource_updated: {}\n", front.updated.map_or(today.to_string(), |d| d.to_string())));
    if !front.topics.is_empty() {
        out.push_str(&format!("topics: [{}]\n", front.topics.join(", ")));
    }
    out.push_str("---\n");
    out.push_str(doc.body());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_normalised() {
        assert_eq!(normalise("content/transport/travel-training.md").unwrap(), "transport/travel-training.md");
        assert_eq!(normalise("transport/travel-training").unwrap(), "transport/travel-training.md");
        assert_eq!(normalise("transport/_index").unwrap(), "transport/_index.md");
        assert_eq!(normalise("../etc/passwd"), None);
        assert_eq!(normalise("Transport/Bad Name"), None);
    }

    #[test]
    fn service_text_is_a_valid_service() {
        let dir = tempfile::tempdir().unwrap();
        let yaml = "title: T\nbase_url: https://example.org/\ndefault_language: en\nlanguages: [{ code: en, name: English }]\ndirectory: { categories: [{ id: health, name: Health }] }\n";
        std::fs::write(dir.path().join("site.yaml"), yaml).unwrap();
        let config = Config::load(dir.path(), None).unwrap();
        // The two facts only a person can write; everything else stays as the scaffold wrote it.
        let text = service_text(&config, "services/speech.md", NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()).replace("description: \"\"", "description: Help.").replace("organisation: \"\"", "organisation: NHS");
        let entry = Entry { kind: EntryKind::Page, id: "services/speech".into(), bundle: false };
        let source = Source { path: "content/services/speech.md".into(), lang: "en".into(), entry, text };
        let doc = front_matter::parse(source).unwrap();
        assert_eq!(doc.front.title, "Speech");
        assert_eq!(doc.front.service_keys(), ["organisation", "needs", "categories"], "no fact is written for the editor");
    }

    #[test]
    fn titles_come_from_the_file_name() {
        assert_eq!(title_from_slug("transport/travel-training.md"), "Travel training");
        assert_eq!(title_from_slug("transport/travel/index.md"), "Travel");
    }

    #[test]
    fn translation_files_sit_beside_their_source() {
        assert_eq!(translation_path(Path::new("content/a/b.md"), "ur"), PathBuf::from("content/a/b.ur.md"));
        assert_eq!(translation_path(Path::new("content/a/_index.md"), "ro"), PathBuf::from("content/a/_index.ro.md"));
    }
}
