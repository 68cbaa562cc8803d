//! Editorial checks: what `localoffer check` adds to the build's own errors. Each is a
//! warning an editor can act on (or, for translation coverage, a note):
//!
//! - `review_by` has passed;
//! - a translation is older than its source, or does not say which version it translates;
//! - how much of the site each language has (one note per language, not one per page);
//! - link text that says nothing out of context ("click here", a bare web address);
//! - `http://` links;
//! - headings that skip a level, or a `#` heading beside the page title;
//! - in English: long sentences, and a reading age above the site's level;
//! - a description that is too long;
//! - a service that gives none of its ages, referral and cost (the facts families filter by);
//! - a translation's file that is not translated yet (`translation: { by: none }`).

use chrono::NaiveDate;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::config::{CheckSettings, Config};
use crate::diag::{find_pos, Diagnostics, Pos};
use crate::load::Document;
use crate::model::Site;
use crate::readability::{measure_markdown, measure_text};

/// Link texts that say nothing about where the link leads.
const VAGUE_LINK_TEXT: &[&str] = &["click here", "here", "more", "read more", "click", "link", "this link", "this page", "find out more", "learn more", "more info", "more information"];

pub fn editorial(site: &Site, today: NaiveDate) -> Diagnostics {
    let mut found = Diagnostics::new();
    let config = &site.config;
    for page in &site.pages {
        let source = page.source_doc(&config.default_language);
        for doc in page.docs.values() {
            dates(doc, source, today, &mut found);
            description(doc, &config.check, &mut found);
            body(doc, &mut found);
            if doc.source.lang == config.default_language && config.default_language.starts_with("en") {
                plain_english(doc, &config.check, &mut found);
            }
        }
    }
    for &service in &site.services {
        unstated_facts(site.pages[service].source_doc(&config.default_language), &mut found);
    }
    for (file, pos) in &site.untranslated {
        let hint = "translate the title, description and text, then write by: person (or by: machine for a machine's translation); until then readers see the English page with the not-translated notice";
        found.warning(file, *pos, "this translation is not translated yet (translation: { by: none })", hint);
    }
    coverage(site, &mut found);
    found
}

/// A service's facts are left out until someone has checked them (`new service` writes
/// them commented out), but a service with none of them cannot be found by age, referral
/// or cost: say so, once, where the title is.
fn unstated_facts(doc: &Document, found: &mut Diagnostics) {
    let front = &doc.front;
    if front.ages.is_none() && front.referral.is_none() && front.cost.is_none() {
        let hint = "add those you have checked (ages, referral, cost); families filter the directory by them";
        found.warning(&doc.source.path, doc.key_pos("title"), "this service gives no ages, referral or cost", hint);
    }
}

fn dates(doc: &Document, source: &Document, today: NaiveDate, found: &mut Diagnostics) {
    let file = &doc.source.path;
    if let Some(review_by) = doc.front.review_by.filter(|d| d.0 < today) {
        found.warning(file, doc.key_pos("review_by"), format!("the review date {review_by} has passed"), "check the page is still right, then set review_by to a new date");
    }
    if std::ptr::eq(doc, source) {
        return;
    }
    match (doc.front.source_updated, source.front.updated) {
        (Some(translated), Some(updated)) if translated < updated => {
            let message = format!("this translation is older than its source: translated from the {translated} version, the source was updated on {updated}");
            found.warning(file, doc.key_pos("source_updated"), message, format!("update the translation from {}, then set source_updated: {updated}", source.source.path.display()));
        }
        (None, Some(updated)) => {
            let message = "this translation does not say which version of its source it translates";
            found.warning(file, Pos::new(doc.front_line, 1), message, format!("add source_updated: {updated} if it matches {}", source.source.path.display()));
        }
        _ => {}
    }
}

fn description(doc: &Document, settings: &CheckSettings, found: &mut Diagnostics) {
    let length = doc.front.description.trim().chars().count();
    let pos = doc.key_pos("description");
    // An empty one is an error of the build (front_matter::parse).
    if length > settings.description_length {
        let message = format!("the description is {length} characters long");
        found.warning(&doc.source.path, pos, message, format!("keep it under {} characters: one short sentence", settings.description_length));
    }
}

/// Links and headings, located by their place in the file.
fn body(doc: &Document, found: &mut Diagnostics) {
    let text = doc.body();
    let at = |offset: usize| Pos::of_offset(text, offset).shifted(doc.body_line - 1);
    let file = &doc.source.path;
    let mut link: Option<(usize, String, String)> = None;
    let mut last_level = 1;
    for (event, range) in Parser::new_ext(text, pulldown_cmark::Options::all()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => link = Some((range.start, dest_url.to_string(), String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, words)) = link.as_mut() {
                    words.push_str(&t);
                }
            }
            Event::End(TagEnd::Link) => {
                let Some((start, url, words)) = link.take() else { continue };
                link_text(&url, &words, at(start), file, found);
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let level = heading_number(level);
                if level == 1 {
                    found.warning(file, at(range.start), "a # heading repeats the page title's level", "start headings at ##: the title is the page's only top heading");
                } else if level > last_level + 1 {
                    let message = format!("the heading jumps from {} to {}", "#".repeat(last_level), "#".repeat(level));
                    found.warning(file, at(range.start), message, format!("use {} here, so screen reader users can follow the outline", "#".repeat(last_level + 1)));
                }
                last_level = level;
            }
            _ => {}
        }
    }
}

fn heading_number(level: HeadingLevel) -> usize {
    level as usize
}

fn link_text(url: &str, words: &str, pos: Pos, file: &std::path::Path, found: &mut Diagnostics) {
    let said = words.trim().trim_end_matches(['.', ':']).to_lowercase();
    if VAGUE_LINK_TEXT.contains(&said.as_str()) {
        found.warning(file, pos, format!("the link text '{}' says nothing out of context", words.trim()), "name where the link leads, like 'apply for school transport'");
    } else if said.starts_with("http://") || said.starts_with("https://") || said.starts_with("www.") {
        found.warning(file, pos, "the link text is a bare web address", "write what the page is, like 'the council's transport policy'; screen readers read addresses letter by letter");
    }
    if url.trim().to_lowercase().starts_with("http://") {
        found.warning(file, pos, format!("'{url}' is not a secure address"), "use https:// if the site has it");
    }
}

/// Sentence length and reading age, for English.
fn plain_english(doc: &Document, settings: &CheckSettings, found: &mut Diagnostics) {
    let text = doc.body();
    let file = &doc.source.path;
    let mut paragraph: Option<(usize, String)> = None;
    for (event, range) in Parser::new(text).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph | Tag::Item) => paragraph = Some((range.start, String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, words)) = paragraph.as_mut() {
                    words.push_str(&t);
                }
            }
            Event::SoftBreak => {
                if let Some((_, words)) = paragraph.as_mut() {
                    words.push(' ');
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                let Some((start, words)) = paragraph.take() else { continue };
                let longest = longest_sentence(&words);
                if longest > settings.sentence_words {
                    let pos = Pos::of_offset(text, start).shifted(doc.body_line - 1);
                    let message = format!("a sentence here has {longest} words");
                    found.warning(file, pos, message, format!("split it: aim for {} words or fewer", settings.sentence_words));
                }
            }
            _ => {}
        }
    }
    let measured = measure_markdown(text);
    if measured.words >= 50 && measured.reading_age() > settings.reading_age {
        let message = format!("the text needs a reading age of about {:.0} (Flesch-Kincaid grade {:.1}); the site aims at {}", measured.reading_age(), measured.grade(), settings.reading_age);
        found.warning(file, Pos::new(doc.body_line, 1), message, "use shorter sentences and everyday words; explain any term you must use");
    }
}

fn longest_sentence(text: &str) -> usize {
    let mut longest = 0;
    let mut current = String::new();
    for c in text.chars() {
        current.push(c);
        if matches!(c, '.' | '!' | '?' | ';') {
            longest = longest.max(measure_text(&current).words);
            current.clear();
        }
    }
    longest.max(measure_text(&current).words)
}

/// One note per language: how many pages it has of its own.
fn coverage(site: &Site, found: &mut Diagnostics) {
    let config: &Config = &site.config;
    let total = site.pages.len();
    for language in config.languages.iter().filter(|l| l.code != config.default_language) {
        let translated = site.pages.iter().filter(|p| p.docs.contains_key(&language.code)).count();
        if translated == total {
            continue;
        }
        let percent = translated * 100 / total.max(1);
        let message = format!("{}: {translated} of {total} pages are translated ({percent}%)", language.name);
        let hint = format!("the other pages show the {} text with a notice", config.default_lang().name);
        let pos = find_pos(&config.source, &format!("code: {}", language.code)).unwrap_or(Pos::START);
        found.note(std::path::Path::new(crate::config::FILE_NAME), pos, message, hint);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_sentence_counts_words_between_stops() {
        assert_eq!(longest_sentence("One two. One two three four; five."), 4);
        assert_eq!(longest_sentence("No stop at all here"), 5);
    }
}
