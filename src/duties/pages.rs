//! Which pages of a site cover which duty, from their default-language `covers:`.

use super::{schedule, Duty, Paragraph};
use crate::model::Site;

/// Each paragraph of Schedule 2 with the pages that say they cover it (their
/// default-language `covers:`), in the site's page order.
pub fn coverage(site: &Site) -> Vec<(&'static Paragraph, Vec<usize>)> {
    let default = site.default_lang();
    schedule()
        .iter()
        .map(|paragraph| {
            let pages = (0..site.pages.len()).filter(|&p| site.pages[p].source_doc(default).front.covers.iter().any(|d| d.paragraph() == Some(paragraph.number))).collect();
            (paragraph, pages)
        })
        .collect()
}

/// The pages that publish the comments received and the council's response (`covers:
/// [regulation-56]`).
pub fn comments_pages(site: &Site) -> Vec<usize> {
    let default = site.default_lang();
    (0..site.pages.len()).filter(|&p| site.pages[p].source_doc(default).front.covers.contains(&Duty::Regulation56)).collect()
}
