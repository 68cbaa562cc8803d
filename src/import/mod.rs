//! `localoffer import openreferral`: services from an Open Referral UK feed (or HSDS
//! tables) into the directory's pages.
//!
//! 1. [`source`] reads every source into records' JSON: files and folders of JSON
//!    ([`listing`]: one service, list pages, arrays), [`tables`] (CSV), [`http`] (a
//!    `/services` endpoint, page by page).
//! 2. [`read`] makes each into a [`Record`](record::Record), checking every value; each
//!    problem keeps its JSON pointer (or CSV row and column). [`unmapped`] lists the fields
//!    the site has no place for.
//! 3. Here: ids and names used twice across the feed; the pages already there
//!    ([`existing`]) found by their `openreferral_id`; a new page's name from its
//!    service's ([`page::slug`]).
//! 4. [`page`] writes each page, keeping what an editor added; [`map`] gives the terms
//!    their categories and needs.
//! 5. Only when every record passed (or `--skip-invalid` left out those that did not), the
//!    changed pages are written, and with `--prune` the pages of services that left the
//!    feed are deleted. [`report`] says what was done and what was left behind.

mod existing;
mod hours;
mod html;
mod http;
mod listing;
pub mod map;
mod page;
mod pointer;
mod read;
mod record;
pub mod report;
mod source;
mod tables;
mod unmapped;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::load::{front_matter, Entry, EntryKind, Source};
pub use page::{END, START};
use record::{Problem, Record};
pub use report::Report;

/// What to import and how.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The site's folder.
    pub root: PathBuf,
    /// Files, folders and http(s) addresses.
    pub sources: Vec<String>,
    /// Check and report, write nothing.
    pub dry_run: bool,
    /// Import the valid records and list the others, instead of writing nothing.
    pub skip_invalid: bool,
    /// The taxonomy mapping file.
    pub map: Option<PathBuf>,
    /// Delete the pages of services that have left the feed.
    pub prune: bool,
}

/// One record read, with the fields it carries that the site has no place for.
struct Read {
    record: Result<Record, Vec<Problem>>,
    fields: unmapped::Fields,
}

/// A page to write for a record.
struct Planned {
    record: usize,
    path: PathBuf,
    existing: Option<usize>,
}

pub fn run(options: &Options) -> Result<Report, Diagnostics> {
    let config = Config::load(&options.root, None)?;
    let Some(settings) = config.directory.clone() else {
        let hint = "add directory: with its categories to site.yaml first: imported services are its pages";
        return Err(Diagnostics::from_iter([Diagnostic::error(crate::layout::SITE_YAML, Pos::START, "the site has no service directory", hint)]));
    };
    let map = match &options.map {
        Some(path) => map::TermMap::load(path, &settings)?,
        None => map::TermMap::default(),
    };
    let items = source::read(&options.sources)?;
    let existing = existing::scan(&config, &settings.section)?;

    let reads: Vec<Read> = items.par_iter().map(|item| Read { record: read::record(&item.value, item.origin.clone()), fields: unmapped::fields(&item.value) }).collect();
    let mut report = Report { dry_run: options.dry_run, ..Report::default() };
    let mut invalid: BTreeMap<usize, Vec<Diagnostic>> = BTreeMap::new();
    for (i, read) in reads.iter().enumerate() {
        if let Err(problems) = &read.record {
            invalid.insert(i, problems.iter().map(|p| items[i].origin.diagnostic(p)).collect());
        }
    }
    feed_checks(&reads, &existing, &mut invalid);
    if !invalid.is_empty() && !options.skip_invalid {
        return Err(invalid.into_values().flatten().collect());
    }

    let by_id = existing.by_id();
    let mut planned: Vec<Planned> = Vec::new();
    let mut taken = existing.taken.clone();
    let mut in_feed: BTreeSet<&str> = BTreeSet::new();
    let folder = PathBuf::from(crate::layout::CONTENT_DIR).join(&settings.section);
    for (i, read) in reads.iter().enumerate() {
        if let Some(diagnostics) = invalid.get(&i) {
            skipped(&mut report, &items[i], diagnostics.iter().map(ToString::to_string).collect());
            // A record left out is still in the feed: its page stays as it is.
            if let Some(id) = items[i].value.get("id").and_then(|v| v.as_str().map(str::to_string).or_else(|| v.as_number().map(|n| n.to_string()))) {
                if let Some((&known, _)) = by_id.get_key_value(id.trim()) {
                    in_feed.insert(known);
                }
            }
            continue;
        }
        let Ok(record) = &read.record else { continue };
        *report.shapes.entry(record.shape).or_default() += 1;
        for field in &read.fields.unmapped {
            *report.unmapped_fields.entry(field.clone()).or_default() += 1;
        }
        for field in &read.fields.withheld {
            *report.withheld_fields.entry(field.clone()).or_default() += 1;
        }
        if let Some(status) = &record.inactive {
            skipped(&mut report, &items[i], vec![format!("its status is '{status}': only active services are published")]);
            continue;
        }
        for what in &record.adjusted {
            *report.adjusted.entry((*what).to_string()).or_default() += 1;
        }
        let existing_page = by_id.get(record.id.as_str()).copied();
        if existing_page.is_some() {
            in_feed.insert(existing.pages[existing_page.unwrap_or_default()].id.as_deref().unwrap_or_default());
        }
        let path = match existing_page {
            Some(p) => existing.pages[p].path.clone(),
            None => free_path(&folder, &page::slug(&record.name), &mut taken),
        };
        planned.push(Planned { record: i, path, existing: existing_page });
    }
    report.unmapped_terms = unmapped_terms(&reads, &map);

    // The pages' text, on every core: the HTML of every description is converted here.
    let texts: Vec<Result<String, Diagnostic>> = planned
        .par_iter()
        .map(|plan| {
            let Ok(record) = &reads[plan.record].record else { unreachable!("only valid records are planned") };
            let (tags, _) = map.tags(&record.terms);
            let before = plan.existing.map(|p| existing.pages[p].text.as_str());
            let text = page::text(record, &tags, before).map_err(|why| Diagnostic::error(&plan.path, Pos::START, format!("cannot update this page: {why}"), format!("put back the lines {START} and {END} around the imported text, or delete the page to import it anew")))?;
            loads(&plan.path, &text).map_err(|d| record.origin.diagnostic(&Problem { pointer: record.origin.pointer.clone(), message: format!("its page would not load: {}", d.message), hint: d.hint }))?;
            Ok(text)
        })
        .collect();
    let mut writes: Vec<(PathBuf, String)> = Vec::new();
    let mut errors = Diagnostics::new();
    for (plan, text) in planned.iter().zip(texts) {
        match text {
            Ok(text) => match plan.existing {
                Some(p) if existing.pages[p].text == text => report.unchanged += 1,
                Some(_) => {
                    report.updated.push(plan.path.clone());
                    writes.push((plan.path.clone(), text));
                }
                None => {
                    report.created.push(plan.path.clone());
                    writes.push((plan.path.clone(), text));
                }
            },
            Err(diagnostic) if options.skip_invalid => skipped(&mut report, &items[plan.record], vec![diagnostic.to_string()]),
            Err(diagnostic) => errors.push(diagnostic),
        }
    }
    if errors.has_errors() {
        return Err(errors);
    }
    let mut deletes: Vec<PathBuf> = Vec::new();
    for page in existing.pages.iter().filter(|p| p.id.as_deref().is_some_and(|id| !in_feed.contains(id))) {
        report.left_feed.push(page.path.clone());
        if options.prune {
            deletes.push(page.path.clone());
            deletes.extend(page.translations.iter().cloned());
        }
    }
    report.deleted = deletes.clone();
    if !options.dry_run {
        write(&options.root, &writes, &deletes)?;
    }
    Ok(report)
}

/// Across the feed: an id used twice, and a name used twice or by a page of the site
/// that is not this feed's (the directory gives each service its own name).
fn feed_checks(reads: &[Read], existing: &existing::Existing, invalid: &mut BTreeMap<usize, Vec<Diagnostic>>) {
    let ids: BTreeSet<&str> = reads.iter().filter_map(|r| r.record.as_ref().ok()).map(|r| r.id.as_str()).collect();
    let mut names: BTreeMap<String, String> = existing.pages.iter().filter(|p| p.id.as_deref().is_none_or(|id| !ids.contains(id))).map(|p| (p.title.trim().to_lowercase(), p.path.display().to_string())).collect();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, read) in reads.iter().enumerate() {
        let Ok(record) = &read.record else { continue };
        let at = |field: &str, message: String, hint: &str| record.origin.diagnostic(&Problem { pointer: format!("{}/{field}", record.origin.pointer), message, hint: hint.into() });
        if let Some(&first) = seen.get(record.id.as_str()) {
            let other = reads[first].record.as_ref().map(|r| r.origin.describe()).unwrap_or_default();
            invalid.entry(i).or_default().push(at("id", format!("the id '{}' is also the id of {other}", record.id), "each service of a feed has its own id: remove the copy in the source system"));
            continue;
        }
        seen.insert(&record.id, i);
        match names.get(&record.name.trim().to_lowercase()) {
            Some(other) => invalid.entry(i).or_default().push(at("name", format!("another service is called '{}': {other}", record.name), "give each service its own name in the source system, so families can tell them apart")),
            None => {
                names.insert(record.name.trim().to_lowercase(), record.origin.describe());
            }
        }
    }
}

fn skipped(report: &mut Report, item: &record::Item, reasons: Vec<String>) {
    let text = |key: &str| item.value.get(key).map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).unwrap_or_default();
    report.skipped.push(report::Skipped { record: item.origin.describe(), id: text("id"), name: text("name"), reasons });
}

/// `<slug>.md` in the folder, or `<slug>-2.md`, `<slug>-3.md`... if it is taken.
fn free_path(folder: &Path, slug: &str, taken: &mut BTreeSet<PathBuf>) -> PathBuf {
    let mut n = 1;
    loop {
        let name = if n == 1 { format!("{slug}.md") } else { format!("{slug}-{n}.md") };
        let path = folder.join(name);
        let bundle = folder.join(if n == 1 { slug.to_string() } else { format!("{slug}-{n}") }).join("index.md");
        if !taken.contains(&path) && !taken.contains(&bundle) {
            taken.insert(path.clone());
            return path;
        }
        n += 1;
    }
}

/// The terms no line of the mapping file names, with how many records carry each.
fn unmapped_terms(reads: &[Read], map: &map::TermMap) -> Vec<report::UnmappedTerm> {
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for record in reads.iter().filter_map(|r| r.record.as_ref().ok()).filter(|r| r.inactive.is_none()) {
        for term in map.tags(&record.terms).1 {
            *counts.entry((term.id.clone(), term.name.clone())).or_default() += 1;
        }
    }
    counts.into_iter().map(|((id, name), records)| report::UnmappedTerm { id, name, records }).collect()
}

/// The page must load as the build will load it, with its values checked.
fn loads(path: &Path, text: &str) -> Result<(), Diagnostic> {
    let entry = Entry { kind: EntryKind::Page, id: String::new(), bundle: false };
    let doc = front_matter::parse(Source { path: path.to_path_buf(), lang: String::new(), entry, text: text.to_string() })?;
    let mut found = Diagnostics::new();
    crate::directory::validate::check(&doc, &|key| doc.key_pos(key), &mut found);
    match found.sorted().into_iter().next() {
        Some(first) => Err(first),
        None => Ok(()),
    }
}

fn write(root: &Path, writes: &[(PathBuf, String)], deletes: &[PathBuf]) -> Result<(), Diagnostics> {
    let failed = |path: &Path, what: &str, err: std::io::Error| Diagnostics::from_iter([Diagnostic::error(path, Pos::START, format!("cannot {what} the page: {err}"), "check the folder can be written to")]);
    for (path, text) in writes {
        let full = root.join(path);
        if let Some(folder) = full.parent() {
            std::fs::create_dir_all(folder).map_err(|err| failed(path, "write", err))?;
        }
        crate::write::replace_file(&full, text.as_bytes()).map_err(|err| failed(path, "write", err))?;
    }
    for path in deletes {
        std::fs::remove_file(root.join(path)).map_err(|err| failed(path, "delete", err))?;
    }
    Ok(())
}
