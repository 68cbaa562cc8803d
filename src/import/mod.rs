//! `localoffer import openreferral`: services from an Open Referral UK feed (or HSDS
//! tables) into the directory's pages.
//!
//! The feed is read twice, a batch of records at a time, so that memory grows with the
//! number of services, not with their text:
//!
//! 1. [`source`] opens every source as a [`Feed`](source::Feed): files and folders of JSON
//!    ([`listing`] streams one service, list pages, arrays), [`tables`] (CSV), [`http`] (a
//!    `/services` endpoint, fetched page by page into a temporary folder).
//! 2. First reading: [`read`] makes each record into a [`Record`](record::Record),
//!    checking every value; each problem keeps its JSON pointer (or CSV row and column).
//!    [`unmapped`] lists the fields the site has no place for. Only the record's id, name
//!    and counts are kept.
//! 3. Here: ids and names used twice across the feed; the pages already there
//!    ([`existing`]) found by their `openreferral_id`; a new page's name from its
//!    service's ([`page::slug`]).
//! 4. Second reading: [`page`] makes each page's text, keeping what an editor added (read
//!    again from the page); [`map`] gives the terms their categories and needs. A page
//!    that changed is written beside its place under a hidden name.
//! 5. Only when every record passed (or `--skip-invalid` left out those that did not), the
//!    changed pages are put in place, and with `--prune` the pages of services that left
//!    the feed are deleted; otherwise the hidden files are removed. [`report`] says what
//!    was done and what was left behind.

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

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::load::{front_matter, Entry, EntryKind, Source};
use crate::write::Staged;
pub use page::{END, START};
use record::{Item, Origin, Problem};
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

/// How many records are read and worked on at a time, on every core: enough to keep the
/// cores busy, few enough that their JSON is a small part of the memory.
const BATCH: usize = 256;

/// What the first reading of the feed keeps of a record: no text of the service, so the
/// memory held grows with the number of records, not with their descriptions.
struct Seen {
    origin: Origin,
    /// The id and name as the feed wrote them, for the report of a record left out.
    id: String,
    name: String,
    checked: Result<Checked, Vec<Problem>>,
}

/// What the import needs of a valid record before it comes back to write its page.
struct Checked {
    id: String,
    name: String,
    shape: record::Shape,
    inactive: Option<String>,
    adjusted: Vec<&'static str>,
    /// Shared by the records that have the same (most of a feed's records do).
    fields: Arc<unmapped::Fields>,
    /// The record's terms that no line of the mapping file names.
    unmapped_terms: Vec<record::Term>,
}

impl Seen {
    fn of(item: &Item, map: &map::TermMap) -> Seen {
        let text = |key: &str| item.value.get(key).map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).unwrap_or_default();
        let checked = read::record(&item.value, item.origin.clone()).map(|record| Checked {
            unmapped_terms: map.tags(&record.terms).1.into_iter().cloned().collect(),
            fields: Arc::new(unmapped::fields(&item.value)),
            id: record.id,
            name: record.name,
            shape: record.shape,
            inactive: record.inactive,
            adjusted: record.adjusted,
        });
        Seen { origin: item.origin.clone(), id: text("id"), name: text("name"), checked }
    }
}

/// A page to write for a record.
struct Planned {
    record: usize,
    path: PathBuf,
    existing: Option<usize>,
}

/// What became of a planned page.
enum Written {
    Unchanged,
    /// Changed or new: written beside its place (unless it is a dry run), to be put in
    /// place when every page is ready.
    Changed(Option<Staged>),
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
    let feed = source::Feed::open(&options.sources)?;
    let existing = existing::scan(&config, &settings.section)?;

    // First reading: every record checked, nothing of its text kept.
    let mut seen: Vec<Seen> = Vec::new();
    let mut field_sets: HashSet<Arc<unmapped::Fields>> = HashSet::new();
    in_batches(&feed, |batch| {
        let start = seen.len();
        seen.par_extend(batch.par_iter().map(|item| Seen::of(item, &map)));
        for checked in seen[start..].iter_mut().filter_map(|s| s.checked.as_mut().ok()) {
            match field_sets.get(&checked.fields) {
                Some(shared) => checked.fields = Arc::clone(shared),
                None => {
                    field_sets.insert(Arc::clone(&checked.fields));
                }
            }
        }
    })?;
    drop(field_sets);
    let mut report = Report { dry_run: options.dry_run, ..Report::default() };
    let mut invalid: BTreeMap<usize, Vec<Diagnostic>> = BTreeMap::new();
    for (i, record) in seen.iter().enumerate() {
        if let Err(problems) = &record.checked {
            invalid.insert(i, problems.iter().map(|p| record.origin.diagnostic(p)).collect());
        }
    }
    feed_checks(&seen, &existing, &mut invalid);
    if !invalid.is_empty() && !options.skip_invalid {
        return Err(invalid.into_values().flatten().collect());
    }

    let by_id = existing.by_id();
    let mut planned: Vec<Planned> = Vec::new();
    let mut taken = existing.taken.clone();
    let mut in_feed: BTreeSet<&str> = BTreeSet::new();
    let folder = PathBuf::from(crate::layout::CONTENT_DIR).join(&settings.section);
    for (i, record) in seen.iter().enumerate() {
        if let Some(diagnostics) = invalid.get(&i) {
            skipped(&mut report, record, diagnostics.iter().map(ToString::to_string).collect());
            // A record left out is still in the feed: its page stays as it is.
            if let Some((&known, _)) = by_id.get_key_value(record.id.trim()) {
                in_feed.insert(known);
            }
            continue;
        }
        let Ok(checked) = &record.checked else { continue };
        *report.shapes.entry(checked.shape).or_default() += 1;
        for field in &checked.fields.unmapped {
            *report.unmapped_fields.entry(field.clone()).or_default() += 1;
        }
        for field in &checked.fields.withheld {
            *report.withheld_fields.entry(field.clone()).or_default() += 1;
        }
        if let Some(status) = &checked.inactive {
            skipped(&mut report, record, vec![format!("its status is '{status}': only active services are published")]);
            continue;
        }
        for what in &checked.adjusted {
            *report.adjusted.entry((*what).to_string()).or_default() += 1;
        }
        let existing_page = by_id.get(checked.id.as_str()).copied();
        if let Some(p) = existing_page {
            in_feed.insert(existing.pages[p].id.as_deref().unwrap_or_default());
        }
        let path = match existing_page {
            Some(p) => existing.pages[p].path.clone(),
            None => free_path(&folder, &page::slug(&checked.name), &mut taken),
        };
        planned.push(Planned { record: i, path, existing: existing_page });
    }
    report.unmapped_terms = unmapped_terms(&seen);

    // Second reading: each planned page's text, made on every core a batch at a time and
    // compared with the page there; one that changed is written beside it, by this thread
    // (files made at once in one folder only wait on each other). The HTML of every
    // description is converted here.
    let plan_of: BTreeMap<usize, usize> = planned.iter().enumerate().map(|(p, plan)| (plan.record, p)).collect();
    let mut written: Vec<Option<Result<Written, Diagnostic>>> = (0..planned.len()).map(|_| None).collect();
    let mut next = 0usize;
    let mut folders: BTreeSet<PathBuf> = BTreeSet::new();
    let mut failed = false;
    in_batches(&feed, |batch| {
        let first = next;
        next += batch.len();
        let texts: Vec<(usize, Result<Option<String>, Diagnostic>)> = batch
            .par_iter()
            .enumerate()
            .filter_map(|(k, item)| {
                let p = *plan_of.get(&(first + k))?;
                Some((p, page_text(item, &planned[p], &seen[first + k], &map, &options.root)))
            })
            .collect();
        for (p, text) in texts {
            failed |= text.is_err() && !options.skip_invalid;
            written[p] = Some(text.and_then(|text| match text {
                None => Ok(Written::Unchanged),
                Some(_) if options.dry_run || failed => Ok(Written::Changed(None)),
                Some(text) => stage(&options.root, &planned[p].path, &text, &mut folders).map(|staged| Written::Changed(Some(staged))),
            }));
        }
    })?;
    let changed = || Diagnostics::from_iter([feed_changed(Path::new(&options.sources.join(" ")))]);
    if next != seen.len() {
        return Err(changed());
    }
    let mut staged: Vec<Staged> = Vec::new();
    let mut errors = Diagnostics::new();
    for (plan, result) in planned.iter().zip(written) {
        let Some(result) = result else { return Err(changed()) };
        match result {
            Ok(Written::Unchanged) => report.unchanged += 1,
            Ok(Written::Changed(file)) => {
                staged.extend(file);
                match plan.existing {
                    Some(_) => report.updated.push(plan.path.clone()),
                    None => report.created.push(plan.path.clone()),
                }
            }
            Err(diagnostic) if options.skip_invalid => skipped(&mut report, &seen[plan.record], vec![diagnostic.to_string()]),
            Err(diagnostic) => errors.push(diagnostic),
        }
    }
    if errors.has_errors() {
        // The staged pages are removed as they are dropped.
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
        commit(&options.root, staged, &deletes)?;
    }
    Ok(report)
}

/// Every record of the feed, `BATCH` at a time.
fn in_batches(feed: &source::Feed, mut work: impl FnMut(Vec<Item>)) -> Result<(), Diagnostics> {
    let mut batch = Vec::with_capacity(BATCH);
    feed.each(&mut |item| {
        batch.push(item);
        if batch.len() == BATCH {
            work(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)));
        }
    })?;
    if !batch.is_empty() {
        work(batch);
    }
    Ok(())
}

/// The page of a planned record, read again from the feed: its text, checked to load as
/// the build will load it, or `None` if it is the text of the page there.
fn page_text(item: &Item, plan: &Planned, seen: &Seen, map: &map::TermMap, root: &Path) -> Result<Option<String>, Diagnostic> {
    let record = read::record(&item.value, item.origin.clone()).map_err(|_| feed_changed(&plan.path))?;
    if seen.checked.as_ref().ok().is_none_or(|checked| checked.id != record.id) {
        return Err(feed_changed(&plan.path));
    }
    let (tags, _) = map.tags(&record.terms);
    let before = match plan.existing {
        Some(_) => Some(std::fs::read_to_string(root.join(&plan.path)).map_err(|err| Diagnostic::error(&plan.path, Pos::START, format!("cannot read the page: {err}"), "check the file can be read"))?),
        None => None,
    };
    let text = page::text(&record, &tags, before.as_deref()).map_err(|why| Diagnostic::error(&plan.path, Pos::START, format!("cannot update this page: {why}"), format!("put back the lines {START} and {END} around the imported text, or delete the page to import it anew")))?;
    loads(&plan.path, &text).map_err(|d| record.origin.diagnostic(&Problem { pointer: record.origin.pointer.clone(), message: format!("its page would not load: {}", d.message), hint: d.hint }))?;
    Ok((before.as_deref() != Some(text.as_str())).then_some(text))
}

/// The second reading did not find the records of the first.
fn feed_changed(at: &Path) -> Diagnostic {
    Diagnostic::error(at, Pos::START, "the feed changed while it was being imported", "import again: nothing was written")
}

/// Writes a page's new text beside it, making its folder first if this import has not.
fn stage(root: &Path, path: &Path, text: &str, folders: &mut BTreeSet<PathBuf>) -> Result<Staged, Diagnostic> {
    let failed = |err: std::io::Error| Diagnostic::error(path, Pos::START, format!("cannot write the page: {err}"), "check the folder can be written to");
    let full = root.join(path);
    if let Some(folder) = full.parent() {
        if !folders.contains(folder) {
            std::fs::create_dir_all(folder).map_err(failed)?;
            folders.insert(folder.to_path_buf());
        }
    }
    crate::write::stage_file(&full, text.as_bytes()).map_err(failed)
}

/// Across the feed: an id used twice, and a name used twice or by a page of the site
/// that is not this feed's (the directory gives each service its own name).
fn feed_checks(seen: &[Seen], existing: &existing::Existing, invalid: &mut BTreeMap<usize, Vec<Diagnostic>>) {
    let ids: BTreeSet<&str> = seen.iter().filter_map(|r| r.checked.as_ref().ok()).map(|r| r.id.as_str()).collect();
    let mut names: BTreeMap<String, String> = existing.pages.iter().filter(|p| p.id.as_deref().is_none_or(|id| !ids.contains(id))).map(|p| (p.title.trim().to_lowercase(), p.path.display().to_string())).collect();
    let mut first_of: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, record) in seen.iter().enumerate() {
        let Ok(checked) = &record.checked else { continue };
        let at = |field: &str, message: String, hint: &str| record.origin.diagnostic(&Problem { pointer: format!("{}/{field}", record.origin.pointer), message, hint: hint.into() });
        if let Some(&first) = first_of.get(checked.id.as_str()) {
            let other = seen[first].origin.describe();
            invalid.entry(i).or_default().push(at("id", format!("the id '{}' is also the id of {other}", checked.id), "each service of a feed has its own id: remove the copy in the source system"));
            continue;
        }
        first_of.insert(&checked.id, i);
        match names.get(&checked.name.trim().to_lowercase()) {
            Some(other) => invalid.entry(i).or_default().push(at("name", format!("another service is called '{}': {other}", checked.name), "give each service its own name in the source system, so families can tell them apart")),
            None => {
                names.insert(checked.name.trim().to_lowercase(), record.origin.describe());
            }
        }
    }
}

fn skipped(report: &mut Report, record: &Seen, reasons: Vec<String>) {
    report.skipped.push(report::Skipped { record: record.origin.describe(), id: record.id.clone(), name: record.name.clone(), reasons });
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
fn unmapped_terms(seen: &[Seen]) -> Vec<report::UnmappedTerm> {
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for checked in seen.iter().filter_map(|r| r.checked.as_ref().ok()).filter(|r| r.inactive.is_none()) {
        for term in &checked.unmapped_terms {
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

/// Puts the staged pages in place, then deletes the pruned ones.
fn commit(root: &Path, staged: Vec<Staged>, deletes: &[PathBuf]) -> Result<(), Diagnostics> {
    let failed = |path: &Path, what: &str, err: std::io::Error| Diagnostics::from_iter([Diagnostic::error(path, Pos::START, format!("cannot {what} the page: {err}"), "check the folder can be written to")]);
    for file in staged {
        let path = file.path().strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| file.path().to_path_buf());
        file.commit().map_err(|err| failed(&path, "write", err))?;
    }
    for path in deletes {
        std::fs::remove_file(root.join(path)).map_err(|err| failed(path, "delete", err))?;
    }
    Ok(())
}
