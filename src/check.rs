//! Editorial checks: what `localoffer check` adds to the build's own errors. Each is a
//! warning an editor can act on (or, for translation coverage, a note):
//!
//! - `review_by` has passed;
//! - a translation is older than its source, does not say which version it translates,
//!   or does not say who made it (`translation: { by: ... }`);
//! - how much of the site each language has: translated, by a person, reviewed, out of date
//!   (one note per language, an error below `--min-coverage`);
//! - link text that says nothing out of context ("click here", a bare web address);
//! - `http://` links;
//! - headings that skip a level, or a `#` heading beside the page title;
//! - in English: long sentences, and a reading age above the site's level;
//! - a description that is too long;
//! - a service that gives none of its ages, referral and cost (the facts families filter by);
//! - a translation's file that is not translated yet (`translation: { by: none }`);
//! - in English, on a page of `check.action_sections`: a page that asks the reader to get
//!   in touch with someone but gives no way to ([`way_to_act`]);
//! - the Local Offer's legal duties ([`crate::duties::check`]).

use chrono::NaiveDate;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::config::{CheckSettings, Config};
use crate::diag::{find_pos, Diagnostics, Pos};
use crate::directory::fields::{is_email, is_uk_phone, is_uk_postcode};
use crate::load::Document;
use crate::model::{LinkTarget, Site};
use crate::readability::{measure_markdown, measure_text};

/// Link texts that say nothing about where the link leads.
const VAGUE_LINK_TEXT: &[&str] = &["click here", "here", "more", "read more", "click", "link", "this link", "this page", "find out more", "learn more", "more info", "more information"];

pub fn editorial(site: &Site, today: NaiveDate, min_coverage: Option<u8>) -> Diagnostics {
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
                if config.check.action_sections.iter().any(|s| page.id == *s || page.id.starts_with(&format!("{s}/"))) {
                    way_to_act(site, doc, &mut found);
                }
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
    coverage(site, min_coverage, &mut found);
    crate::duties::check::duties(site, today, &mut found);
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
    if doc.front.translation.is_none() {
        let hint = "add translation: { by: person } for a translator's work or { by: machine } for a machine's; readers of a machine's are told no person has checked it";
        found.warning(file, Pos::new(doc.front_line, 1), "this translation does not say who made it", hint);
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

/// The words that ask the reader to get in touch with someone (English). A sentence asks
/// when one of them starts it ("Write to the council"), or a part of it after a comma,
/// colon or semicolon ("If you are worried, ask the school"), maybe after "please"; or comes
/// after the word "you" ("You can call the helpline"), unless a "not" or "never" comes
/// between ("You do not need to apply"). Whole words only: "called" and "asked" do not
/// count. Nor does a phrase followed by "your" ("Ask your GP", "contact your child's
/// school"): the family knows how to reach their own people.
const ACTION_PHRASES: &[&str] = &["contact", "write to", "ring", "call", "phone", "email", "e-mail", "ask", "get in touch", "apply", "send us"];

/// A page that asks the reader to get in touch with someone should say how: a phone number,
/// an e-mail or postal address (found by its postcode) anywhere in its Markdown, so in a
/// `tel:` or `mailto:` link too, or a link to a service (or its contact card) whose facts
/// give a phone, e-mail, website or place. Said once a page, at the first sentence that asks.
fn way_to_act(site: &Site, doc: &Document, found: &mut Diagnostics) {
    let text = doc.body();
    let service_with_contact = |p: usize| {
        let front = &site.pages[p].source_doc(&site.config.default_language).front;
        let contact = front.contact.as_ref().is_some_and(|c| c.phone.is_some() || c.email.is_some() || c.website.is_some());
        site.services.contains(&p) && (contact || front.locations.as_ref().is_some_and(|l| !l.is_empty()))
    };
    let written = crate::bidi::ltr_runs(text).into_iter().map(|run| &text[run]).any(|run| is_uk_phone(run) || is_email(run) || is_uk_postcode(run));
    if written || site.page(&doc.source.entry.id).is_some_and(service_with_contact) {
        return;
    }
    let mut asks: Option<usize> = None;
    // The text of the paragraph or list item being read, and where its pieces are in `text`.
    let mut block: Option<(String, Vec<(usize, usize)>)> = None;
    for (event, range) in Parser::new(text).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                let path = dest_url.split(['#', '?']).next().unwrap_or_default();
                if matches!(site.resolve(&doc.source.path, path), Ok(LinkTarget::Page(p)) if service_with_contact(p)) {
                    return;
                }
            }
            Event::Start(tag @ (Tag::Paragraph | Tag::Item)) => {
                asks = asks.or_else(|| block.take().and_then(|b| first_asking(&b)));
                // A paragraph is placed where it starts, a list item where its text does.
                let places = if matches!(tag, Tag::Paragraph) { vec![(0, range.start)] } else { Vec::new() };
                block = Some((String::new(), places));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((words, places)) = block.as_mut() {
                    if places.last().is_none_or(|&(at, _)| at < words.len()) {
                        places.push((words.len(), range.start));
                    }
                    words.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((words, _)) = block.as_mut() {
                    words.push(' ');
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => asks = asks.or_else(|| block.take().and_then(|b| first_asking(&b))),
            _ => {}
        }
    }
    if let Some(offset) = asks {
        let pos = Pos::of_offset(text, offset).shifted(doc.body_line - 1);
        let message = "this page asks the reader to contact someone but gives no way to";
        found.warning(&doc.source.path, pos, message, "add a phone number, e-mail, address or a link to a service page with one");
    }
}

/// Where in the body the first sentence of `block` that asks the reader to act starts.
fn first_asking((words, places): &(String, Vec<(usize, usize)>)) -> Option<usize> {
    let mut start = 0;
    for (end, c) in words.char_indices().chain([(words.len(), '.')]) {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let sentence = &words[start..end];
        let at = start + (sentence.len() - sentence.trim_start().len());
        if asks_to_act(sentence) {
            let &(piece, source) = places.iter().rev().find(|&&(piece, _)| piece <= at)?;
            return Some(source + at - piece);
        }
        start = end + c.len_utf8();
    }
    None
}

/// Whether `sentence` asks the reader to get in touch: see [`ACTION_PHRASES`].
fn asks_to_act(sentence: &str) -> bool {
    let lower = sentence.to_lowercase().replace('’', "'");
    let mut after_you = false;
    for part in lower.split([',', ':', ';']) {
        let words: Vec<&str> = part.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'')).filter(|w| !w.is_empty()).collect();
        let opening = usize::from(words.first() == Some(&"please"));
        for i in 0..words.len() {
            let asks = ACTION_PHRASES.iter().any(|phrase| {
                let phrase: Vec<&str> = phrase.split(' ').collect();
                // "Send us your comments" names who to send them to: us.
                let own = phrase.last() != Some(&"us") && words.get(i + phrase.len()) == Some(&"your");
                words[i..].starts_with(&phrase) && !own
            });
            if asks && (i <= opening || after_you) {
                return true;
            }
            match words[i] {
                "you" => after_you = true,
                "not" | "never" => after_you = false,
                _ => {}
            }
        }
    }
    false
}

/// One note per language: how many pages it has of its own.
fn coverage(site: &Site, min_coverage: Option<u8>, found: &mut Diagnostics) {
    let config: &Config = &site.config;
    let file = std::path::Path::new(crate::layout::SITE_YAML);
    for language in config.languages.iter().filter(|l| l.code != config.default_language) {
        let count = Coverage::of(site, &language.code);
        let message = format!("{}: {}", language.name, count.summary());
        let pos = find_pos(&config.source, &format!("code: {}", language.code)).unwrap_or(Pos::START);
        match min_coverage {
            Some(min) if count.percent() < usize::from(min) => {
                found.error(file, pos, format!("{message}, below --min-coverage {min}"), "translate more pages (localoffer translate export --lang {code} --missing), or lower --min-coverage".replace("{code}", &language.code));
            }
            _ if count.translated == count.total => found.note(file, pos, message, "every page is translated"),
            _ => found.note(file, pos, message, format!("the other pages show the {} text with a notice", config.default_lang().name)),
        }
    }
}

/// How much of the site one language has: its pages translated, by whom, checked, current.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    pub total: usize,
    pub translated: usize,
    /// Translated by a person (`by: person`).
    pub by_person: usize,
    /// Checked by a person (`reviewed:` given).
    pub reviewed: usize,
    /// Translated from an older version of the source than the current one.
    pub out_of_date: usize,
}

impl Coverage {
    pub fn of(site: &Site, lang: &str) -> Coverage {
        let default = &site.config.default_language;
        let mut count = Coverage { total: site.pages.len(), translated: 0, by_person: 0, reviewed: 0, out_of_date: 0 };
        for page in &site.pages {
            let Some(doc) = page.docs.get(lang) else { continue };
            count.translated += 1;
            let translation = doc.front.translation;
            count.by_person += usize::from(translation.is_some_and(|t| t.by == crate::load::front_matter::TranslatedBy::Person));
            count.reviewed += usize::from(translation.is_some_and(|t| t.reviewed.is_some()));
            let source = page.source_doc(default).front.updated;
            count.out_of_date += usize::from(matches!((doc.front.source_updated, source), (Some(from), Some(now)) if from < now));
        }
        count
    }

    pub fn percent(&self) -> usize {
        self.translated * 100 / self.total.max(1)
    }

    /// "139 of 139 pages are translated (100%); 0 by a person, 0 reviewed, 2 out of date".
    pub fn summary(&self) -> String {
        let Coverage { total, translated, by_person, reviewed, out_of_date } = *self;
        format!("{translated} of {total} pages are translated ({}%); {by_person} by a person, {reviewed} reviewed, {out_of_date} out of date", self.percent())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_asks_when_a_phrase_opens_it_or_follows_you() {
        for asks in ["Write to the council to ask for an assessment.", "If you are worried, ask the school.", "You can also call the helpline.", "Please get in touch.", "Before you ask, talk to the SENCO.", "You can e-mail them.", "You can send us your comments."] {
            assert!(asks_to_act(asks), "{asks}");
        }
        for tells in ["The council will write to you.", "Staff ask you what you think.", "In Luton it is called LutonSENDIAS.", "Who can ask", "Your school can apply for you.", "They asked you.", "You do not need to apply.", "Ask your GP."] {
            assert!(!asks_to_act(tells), "{tells}");
        }
    }

    #[test]
    fn longest_sentence_counts_words_between_stops() {
        assert_eq!(longest_sentence("One two. One two three four; five."), 4);
        assert_eq!(longest_sentence("No stop at all here"), 5);
    }
}
