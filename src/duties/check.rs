//! What `localoffer check` says about the Local Offer's legal duties:
//!
//! - each paragraph of Schedule 2 that no page covers (a warning naming it and its
//!   title), and one note counting those covered;
//! - regulation 56: no page of comments and responses (`covers: [regulation-56]`), or
//!   one whose `updated` date is more than 12 months old, or that gives none.
//!
//! - the accessibility statement: none, no report of its tests, or one over a year old
//!   ([`super::accessibility::check`]).
//!
//! They are said of the site as a whole, so they point at `site.yaml` (or the report).

use std::path::Path;

use chrono::{Months, NaiveDate};

use super::pages::{comments_pages, coverage};
use crate::diag::{Diagnostics, Pos};
use crate::model::Site;

pub fn duties(site: &Site, today: NaiveDate, found: &mut Diagnostics) {
    schedule_2(site, found);
    regulation_56(site, today, found);
    super::accessibility::check(site.config.accessibility.as_ref(), site.config.accessibility_report.as_ref(), today, found);
}

fn schedule_2(site: &Site, found: &mut Diagnostics) {
    let file = Path::new(crate::layout::SITE_YAML);
    let coverage = coverage(site);
    let covered = coverage.iter().filter(|(_, pages)| !pages.is_empty()).count();
    for (paragraph, _) in coverage.iter().filter(|(_, pages)| pages.is_empty()) {
        let message = format!("no page covers Schedule 2, paragraph {}: {}", paragraph.number, paragraph.title);
        let hint = format!("add covers: [{}] to the front matter of the page that gives this information, or write that page; never mark a page that does not", paragraph.id());
        found.warning(file, Pos::START, message, hint);
    }
    let message = format!("Schedule 2: {covered} of {} paragraphs are covered by a page", coverage.len());
    let hint = if covered == coverage.len() { "every paragraph has a page" } else { "the warnings name the others" };
    found.note(file, Pos::START, message, hint);
}

/// Regulation 56: the comments received about the Local Offer, and the council's
/// response, are published, and kept up to date (yearly, as the Local Offer is reviewed).
/// The date that counts is the page's `updated`: when its content last changed.
fn regulation_56(site: &Site, today: NaiveDate, found: &mut Diagnostics) {
    let default = site.default_lang();
    let pages = comments_pages(site);
    if pages.is_empty() {
        let message = "no page publishes the comments received about the Local Offer and the council's response (regulation 56)";
        let hint = "add covers: [regulation-56] to the page that does (\"You said, we did\"), or write one from the comments you have received; never make comments up";
        found.warning(Path::new(crate::layout::SITE_YAML), Pos::START, message, hint);
    }
    for p in pages {
        let doc = site.pages[p].source_doc(default);
        match doc.front.updated {
            None => {
                let hint = "add updated: with the date its comments and responses were last brought up to date";
                found.warning(&doc.source.path, doc.key_pos("covers"), "the page of comments and responses (regulation 56) does not say when it was updated", hint);
            }
            Some(updated) if updated.0.checked_add_months(Months::new(12)).is_some_and(|due| due < today) => {
                let message = format!("the page of comments and responses (regulation 56) was last updated on {updated}, more than 12 months ago");
                let hint = "publish the comments received since and the council's response, then set updated: to that day";
                found.warning(&doc.source.path, doc.key_pos("updated"), message, hint);
            }
            Some(_) => {}
        }
    }
}
