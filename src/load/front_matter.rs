//! Splits a Markdown file into front matter and body, and parses the front matter:
//! [`Source`] -> [`Document`].

use serde::{Deserialize, Serialize};

use super::walk::Source;
use crate::directory::fields::{Ages, Contact, Cost, Location, Need, OpenReferralId, Referral};
use crate::diag::{Diagnostic, Pos};
use crate::leaflets::settings::LeafletOption;
use crate::yaml::{self, KeyHints};
pub use crate::yaml::date::Date;

/// The keys a page may carry. Unknown keys are errors, so a typo never drops information.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub description: String,
    pub weight: Option<i64>,
    pub updated: Option<Date>,
    pub review_by: Option<Date>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub audience: Vec<Audience>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub draft: bool,
    pub source_updated: Option<Date>,
    /// In a translation: who translated it, and when a person checked it.
    pub translation: Option<Translation>,
    /// Also publish the page as a printable leaflet; read from the default-language file
    /// only (`crate::leaflets::check` refuses it in a translation).
    pub leaflet: Option<LeafletOption>,
    /// The legal duties this page meets (`covers: [schedule-2.15, regulation-56]`); read
    /// from the default-language file only (`crate::model` refuses it in a translation).
    #[serde(default)]
    pub covers: Vec<crate::duties::Duty>,
    // The keys of a service in the directory (pages under the directory's section);
    // `crate::directory` checks them. Written out here, not flattened: serde cannot
    // deny unknown keys through a flattened struct, nor place its errors.
    pub organisation: Option<String>,
    pub needs: Option<Vec<Need>>,
    pub categories: Option<Vec<String>>,
    pub ages: Option<Ages>,
    pub contact: Option<Contact>,
    pub locations: Option<Vec<Location>>,
    pub cost: Option<Cost>,
    pub referral: Option<Referral>,
    pub languages: Option<Vec<String>>,
    pub hours: Option<String>,
    pub accessibility: Option<String>,
    /// The service's id in the Open Referral feed it was imported from.
    pub openreferral_id: Option<OpenReferralId>,
}

impl FrontMatter {
    /// The service keys this page carries, by name.
    pub fn service_keys(&self) -> Vec<&'static str> {
        let present = [
            ("organisation", self.organisation.is_some()),
            ("needs", self.needs.is_some()),
            ("categories", self.categories.is_some()),
            ("ages", self.ages.is_some()),
            ("contact", self.contact.is_some()),
            ("locations", self.locations.is_some()),
            ("cost", self.cost.is_some()),
            ("referral", self.referral.is_some()),
            ("languages", self.languages.is_some()),
            ("hours", self.hours.is_some()),
            ("accessibility", self.accessibility.is_some()),
            ("openreferral_id", self.openreferral_id.is_some()),
        ];
        present.iter().filter(|(_, is)| *is).map(|(key, _)| *key).collect()
    }
}

pub const HINTS: KeyHints = &[
    ("title", "write the page's title, like title: What SEND means"),
    ("description", "write one sentence that sums up the page, like description: How to ask for an EHC needs assessment."),
    ("weight", "write a whole number, like weight: 10 (smaller numbers come first)"),
    ("updated", "write the date as year-month-day, like updated: 2025-03-01"),
    ("review_by", "write the date as year-month-day, like review_by: 2026-03-01"),
    ("topics", "write a list of topic ids from site.yaml, like topics: [transport]"),
    ("audience", "write a list, like audience: [parents-carers, young-people, professionals]"),
    ("aliases", "write a list of old addresses, like aliases: [/ehcp-guide/]"),
    ("draft", "write draft: true or draft: false"),
    ("source_updated", "write the 'updated' date of the page this translates, like source_updated: 2025-03-01"),
    ("translation", "write translation: { by: person } for a translator's work, { by: machine } for a machine's, or { by: none } while the text is still the English"),
    ("by", "write by: person, by: machine or by: none"),
    ("reviewed", "write the date a person checked the translation, like reviewed: 2026-12-01"),
    ("leaflet", "write leaflet: true, or a map like leaflet: { paper: a5, sections: [Who to talk to first] }"),
    ("covers", "write a list of the duties this page meets, like covers: [schedule-2.15, schedule-2.17] (paragraphs 1 to 17 of Schedule 2), or covers: [regulation-56] on the page of comments and responses"),
    ("paper", "write paper: a4 or paper: a5"),
    ("sections", "write a list of the page's ## headings to print, like sections: [Who to talk to first, Your first steps]"),
    ("organisation", "write who runs the service, like organisation: Anytown Council"),
    ("needs", "write a list from communication-and-interaction, cognition-and-learning, social-emotional-and-mental-health, sensory-and-physical, or [all]"),
    ("categories", "write a list of category ids from site.yaml's directory, like categories: [health]"),
    ("ages", "write the ages in years, like ages: { from: 0, to: 25 }"),
    ("from", "write a whole number of years from 0 to 25"),
    ("to", "write a whole number of years from 0 to 25"),
    ("contact", "write a map, like contact: { phone: 01632 960123, email: name@example.org, website: https://example.org/ }"),
    ("phone", "write a UK phone number, like phone: 01632 960123"),
    ("email", "write an email address, like email: name@example.org"),
    ("website", "write a web address, like website: https://example.org/"),
    ("locations", "write a list, like locations: [{ name: Town Hall, address: High Street, Anytown, postcode: ZZ1 2AB }]"),
    ("name", "write the place's name, like name: Town Hall"),
    ("address", "write the street and town, like address: High Street, Anytown"),
    ("postcode", "write a UK postcode, like postcode: ZZ1 2AB"),
    ("cost", "write cost: free, cost: paid or cost: mixed"),
    ("referral", "write referral: self, referral: professional or referral: both"),
    ("languages", "write a list of languages spoken, like languages: [English, Urdu]"),
    ("hours", "write the opening hours as text, like hours: Monday to Friday, 9am to 5pm"),
    ("accessibility", "write how accessible the place is, like accessibility: Step-free entrance"),
    ("openreferral_id", "the id the service has in the Open Referral feed it was imported from, written by localoffer import openreferral; leave it as it is"),
];

/// `translation:` in a translation's front matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub by: TranslatedBy,
    /// When a person checked the translation against its source.
    pub reviewed: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslatedBy {
    /// Nobody yet: the file still holds the default language's text (`new page --lang`
    /// writes it so). The page is published as untranslated, with its notice.
    None,
    /// A machine, and no person has checked it unless `reviewed` says so.
    Machine,
    /// A translator.
    Person,
}

impl FrontMatter {
    /// A translation's file that is not translated yet (`translation: { by: none }`).
    pub fn is_untranslated_copy(&self) -> bool {
        self.translation.is_some_and(|t| t.by == TranslatedBy::None)
    }

    /// A translation that no person is known to have made or checked: a machine's, not
    /// reviewed, or one that does not say where it came from. Its reader is told so.
    pub fn is_unchecked_translation(&self) -> bool {
        match self.translation {
            None => true,
            Some(t) => t.by == TranslatedBy::Machine && t.reviewed.is_none(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    ParentsCarers,
    YoungPeople,
    Professionals,
}

impl Audience {
    /// The Fluent key of its label.
    pub fn key(self) -> &'static str {
        match self {
            Audience::ParentsCarers => "audience-parents-carers",
            Audience::YoungPeople => "audience-young-people",
            Audience::Professionals => "audience-professionals",
        }
    }
}

/// A Markdown file with its front matter parsed.
#[derive(Debug, Clone)]
pub struct Document {
    pub source: Source,
    pub front: FrontMatter,
    /// Byte offset of the body in `source.text`.
    pub body_start: usize,
    /// The file's line number of the body's first line.
    pub body_line: usize,
    /// The file's line number of the front matter's first key line.
    pub front_line: usize,
}

impl Document {
    pub fn body(&self) -> &str {
        &self.source.text[self.body_start..]
    }

    /// The front matter as written, for locating a value found wrong after parsing.
    pub fn front_text(&self) -> &str {
        &self.source.text[..self.body_start]
    }

    /// Where `key` is written in the front matter (never in a comment), or its first line.
    pub fn key_pos(&self, key: &str) -> Pos {
        crate::yaml::locate::key_pos(self.front_text(), key).unwrap_or(Pos::new(self.front_line, 1))
    }

    /// Where `value` is written as (part of) the value of `key`, or else where the key is.
    pub fn value_pos(&self, key: &str, value: &str) -> Pos {
        crate::yaml::locate::value_pos(self.front_text(), key, value).unwrap_or_else(|| self.key_pos(key))
    }
}

/// Splits and parses one file, refusing an empty title or description (but in a
/// translation not translated yet, which is not published: `translation: { by: none }`).
pub fn parse(source: Source) -> Result<Document, Diagnostic> {
    let doc = parse_unfinished(source)?;
    if doc.front.is_untranslated_copy() {
        return Ok(doc);
    }
    let text = &doc.source.text;
    for (key, value, hint) in [
        ("title", &doc.front.title, "write the page's title after 'title:'"),
        ("description", &doc.front.description, "write one sentence that sums up the page after 'description:': it shows in listings, search results and search engines"),
    ] {
        if value.trim().is_empty() {
            let pos = crate::yaml::locate::key_pos(text, key).unwrap_or(Pos::new(2, 1));
            return Err(Diagnostic::error(&doc.source.path, pos, format!("'{key}' is empty"), hint));
        }
    }
    Ok(doc)
}

/// Splits and parses one file that an editor may still be writing: its title or
/// description may be empty (`new page --lang` translates a page just made).
pub fn parse_unfinished(source: Source) -> Result<Document, Diagnostic> {
    let file = source.path.clone();
    let text = source.text.strip_prefix('\u{feff}').unwrap_or(&source.text);
    let bom = source.text.len() - text.len();
    if text.trim().is_empty() {
        return Err(Diagnostic::error(&file, Pos::START, "the file is empty", "start it with front matter: a line '---', 'title: ...', 'description: ...', then '---'"));
    }
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or_default();
    if first.trim_end() != "---" {
        let hint = "start the file with a line '---', then 'title: ...' and 'description: ...', then a line '---'";
        return Err(Diagnostic::error(&file, Pos::START, "there is no front matter", hint));
    }
    let yaml_start = bom + first.len();
    let mut offset = yaml_start;
    let mut line_no = 1;
    let mut yaml_end = None;
    for line in lines {
        line_no += 1;
        if line.trim_end() == "---" {
            yaml_end = Some((offset, offset + line.len(), line_no));
            break;
        }
        offset += line.len();
    }
    let Some((yaml_end, body_start, closing_line)) = yaml_end else {
        let hint = "add a line '---' after the last front matter key, before the page text";
        return Err(Diagnostic::error(&file, Pos::START, "the front matter is never closed", hint));
    };
    let yaml_text = &source.text[yaml_start..yaml_end];
    let front: FrontMatter = yaml::parse(&file, yaml_text, 2, HINTS)?;
    Ok(Document { source, front, body_start, body_line: closing_line + 1, front_line: 2 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::walk::{Entry, EntryKind};
    use std::path::PathBuf;

    fn source(text: &str) -> Source {
        let entry = Entry { kind: EntryKind::Page, id: "a/b".into(), bundle: false };
        Source { path: PathBuf::from("content/a/b.md"), lang: "en".into(), entry, text: text.into() }
    }

    fn error(text: &str) -> String {
        parse(source(text)).unwrap_err().to_string()
    }

    #[test]
    fn splits_front_matter_and_body_with_line_numbers() {
        let doc = parse(source("---\ntitle: A\ndescription: B.\nupdated: 2025-03-01\n---\n\nHello\n")).unwrap();
        assert_eq!(doc.front.title, "A");
        assert_eq!(doc.body(), "\nHello\n");
        assert_eq!(doc.body_line, 6);
        assert_eq!(doc.front.updated.unwrap().to_string(), "2025-03-01");
    }

    #[test]
    fn a_byte_order_mark_is_allowed() {
        assert!(parse(source("\u{feff}---\ntitle: A\ndescription: B.\n---\n")).is_ok());
    }

    #[test]
    fn bad_front_matter_is_located_in_the_file() {
        assert_eq!(error(""), "content/a/b.md:1:1: the file is empty - start it with front matter: a line '---', 'title: ...', 'description: ...', then '---'");
        assert!(error("# Hello\n").starts_with("content/a/b.md:1:1: there is no front matter"));
        assert!(error("---\ntitle: A\n\nText").starts_with("content/a/b.md:1:1: the front matter is never closed"));
        assert_eq!(error("---\ndescription: B.\n---\n"), "content/a/b.md:2:1: 'title' is missing - write the page's title, like title: What SEND means");
        assert!(error("---\ntitle: A\ndescription: B.\nweight: first\n---\n").starts_with("content/a/b.md:4:9: 'weight' must be a whole number, not the text \"first\""));
        assert!(error("---\ntitle: A\ndescription: B.\ntitel: x\n---\n").starts_with("content/a/b.md:4:1: unknown key 'titel' - did you mean 'title'?"));
        assert!(error("---\ntitle: 'A\ndescription: B.\n---\n").starts_with("content/a/b.md:"));
    }

    #[test]
    fn impossible_dates_are_refused_at_their_line() {
        let e = error("---\ntitle: A\ndescription: B.\nupdated: 2025-02-30\n---\n");
        assert!(e.starts_with("content/a/b.md:4:"), "{e}");
        assert!(e.contains("'2025-02-30' is not a real date"), "{e}");
        assert!(e.contains("like updated: 2025-03-01"), "{e}");
    }

    #[test]
    fn covers_names_duties_and_a_paragraph_that_does_not_exist_is_located() {
        let doc = parse(source("---\ntitle: A\ndescription: B.\ncovers: [schedule-2.15, regulation-56]\n---\n")).unwrap();
        assert_eq!(doc.front.covers.iter().map(ToString::to_string).collect::<Vec<_>>(), ["schedule-2.15", "regulation-56"]);
        let e = error("---\ntitle: A\ndescription: B.\ncovers: [schedule-2.15, schedule-2.18]\n---\n");
        assert!(e.starts_with("content/a/b.md:4:25: 'schedule-2.18' is not a paragraph of Schedule 2: it has paragraphs 1 to 17 - write a list of the duties"), "{e}");
        let e = error("---\ntitle: A\ndescription: B.\ncovers: schedule-2.15\n---\n");
        assert!(e.starts_with("content/a/b.md:4:"), "{e}");
    }

    #[test]
    fn a_template_looking_title_stays_text() {
        let doc = parse(source("---\ntitle: '{{ config }}'\ndescription: B.\n---\n")).unwrap();
        assert_eq!(doc.front.title, "{{ config }}");
    }
}
