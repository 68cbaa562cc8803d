//! What an import did, and what it left behind: counts of pages created, updated,
//! unchanged, skipped and deleted; the services that left the feed; every source field
//! the site has no place for and every taxonomy term without a mapping, each with the
//! number of records that carry it. As text for a person, as JSON for CI.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

use serde::Serialize;

use super::record::Shape;

#[derive(Debug, Default, Serialize)]
pub struct Report {
    /// Nothing was written (`--dry-run`).
    pub dry_run: bool,
    pub created: Vec<PathBuf>,
    pub updated: Vec<PathBuf>,
    pub unchanged: usize,
    /// Records left out, and why (`--skip-invalid`, or not active).
    pub skipped: Vec<Skipped>,
    /// Pages of services no longer in the feed; deleted with `--prune`.
    pub left_feed: Vec<PathBuf>,
    pub deleted: Vec<PathBuf>,
    /// How many records were read in each version of the standard.
    pub shapes: BTreeMap<Shape, usize>,
    /// Fields with no place in a service page, by path, with how many records carry each.
    pub unmapped_fields: BTreeMap<String, usize>,
    /// A record's own metadata (who assured it, when it was edited): never published.
    pub withheld_fields: BTreeMap<String, usize>,
    /// Taxonomy terms the mapping file does not name, with how many records carry each.
    pub unmapped_terms: Vec<UnmappedTerm>,
    /// What was changed to fit the site's model, with how many records.
    pub adjusted: BTreeMap<String, usize>,
}

#[derive(Debug, Serialize)]
pub struct Skipped {
    /// Where the record is: `services.json /contents/41`.
    pub record: String,
    pub id: String,
    pub name: String,
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct UnmappedTerm {
    pub id: String,
    pub name: String,
    pub records: usize,
}

impl Report {
    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the report serialises") + "\n"
    }

    pub fn text(&self) -> String {
        let mut out = String::new();
        let verb = if self.dry_run { "would be " } else { "" };
        let w = &mut out;
        for path in &self.created {
            let _ = writeln!(w, "{verb}created   {}", path.display());
        }
        for path in &self.updated {
            let _ = writeln!(w, "{verb}updated   {}", path.display());
        }
        for path in &self.deleted {
            let _ = writeln!(w, "{verb}deleted   {}", path.display());
        }
        for path in self.left_feed.iter().filter(|p| !self.deleted.contains(p)) {
            let _ = writeln!(w, "not in the feed any more: {} (kept; --prune deletes it)", path.display());
        }
        for skipped in &self.skipped {
            let _ = writeln!(w, "skipped   {} '{}' (id {}):", skipped.record, skipped.name, skipped.id);
            for reason in &skipped.reasons {
                let _ = writeln!(w, "    {reason}");
            }
        }
        let shapes: Vec<String> = self.shapes.iter().map(|(shape, n)| format!("{n} in ORUK {}", serde_json::to_value(shape).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default())).collect();
        if !self.unmapped_fields.is_empty() {
            let _ = writeln!(w, "\nFields with no place in a service page (records carrying each):");
            for (field, n) in &self.unmapped_fields {
                let _ = writeln!(w, "  {field}: {n}");
            }
        }
        if !self.withheld_fields.is_empty() {
            let _ = writeln!(w, "\nThe records' own metadata, never published (records carrying each):");
            for (field, n) in &self.withheld_fields {
                let _ = writeln!(w, "  {field}: {n}");
            }
        }
        if !self.unmapped_terms.is_empty() {
            let _ = writeln!(w, "\nTaxonomy terms with no mapping (add them to the --map file):");
            for term in &self.unmapped_terms {
                let _ = writeln!(w, "  {} '{}': {} record(s)", term.id, term.name, term.records);
            }
        }
        if !self.adjusted.is_empty() {
            let _ = writeln!(w, "\nChanged to fit the directory (records):");
            for (what, n) in &self.adjusted {
                let _ = writeln!(w, "  {what}: {n}");
            }
        }
        let _ = writeln!(
            w,
            "\n{} record(s) read ({}): {} {verb}created, {} {verb}updated, {} unchanged, {} skipped, {} {verb}deleted, {} no longer in the feed.",
            self.shapes.values().sum::<usize>(),
            if shapes.is_empty() { "none".into() } else { shapes.join(", ") },
            self.created.len(),
            self.updated.len(),
            self.unchanged,
            self.skipped.len(),
            self.deleted.len(),
            self.left_feed.len()
        );
        out
    }
}
