//! The Local Offer's legal duties, as data the build and `check` read:
//!
//! - Schedule 2 of the SEND Regulations 2014: what a Local Offer must include
//!   ([`schedule`], from `schedule-2.yaml`), and which pages cover each paragraph
//!   (front matter `covers:`, a list of [`Duty`]);
//! - regulation 56: the page of comments and the council's response (`covers:
//!   [regulation-56]`), which `check` wants updated within a year;
//! - regulation 57: [`settings`] (site.yaml's `other_formats:`);
//! - the accessibility statement: [`accessibility`].
//!
//! [`check`] turns what is missing into warnings; [`coverage`] is what the generated
//! coverage page lists.

pub mod accessibility;
pub mod check;
pub mod pages;
pub mod settings;

use std::fmt;
use std::sync::LazyLock;

use serde::{Deserialize, Deserializer};


/// One paragraph of Schedule 2.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub number: u8,
    /// Whether its number and subject were read in the regulations' own text.
    pub checked: bool,
    /// A short title in plain English; other languages: Fluent `schedule-2-<number>`.
    pub title: String,
    /// The letters of its sub-items, where it lists them.
    #[serde(default)]
    pub items: Vec<char>,
}

impl Paragraph {
    /// The Fluent key of its title.
    pub fn key(&self) -> String {
        format!("schedule-2-{}", self.number)
    }

    /// How `covers:` names it: `schedule-2.15`.
    pub fn id(&self) -> String {
        format!("schedule-2.{}", self.number)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScheduleFile {
    paragraphs: Vec<Paragraph>,
}

/// The 17 paragraphs of Schedule 2, in order.
pub fn schedule() -> &'static [Paragraph] {
    static SCHEDULE: LazyLock<Vec<Paragraph>> = LazyLock::new(|| serde_yaml::from_str::<ScheduleFile>(include_str!("schedule-2.yaml")).expect("schedule-2.yaml is valid: a unit test reads it").paragraphs);
    &SCHEDULE
}

pub fn paragraph(number: u8) -> Option<&'static Paragraph> {
    schedule().iter().find(|p| p.number == number)
}

/// A duty a page says it meets, written in `covers:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Duty {
    /// `schedule-2.15`, or one sub-item of it, `schedule-2.5.j`.
    Schedule2 { paragraph: u8, item: Option<char> },
    /// `regulation-56`: this page publishes the comments received and the council's response.
    Regulation56,
}

impl Duty {
    /// Reads `schedule-2.N`, `schedule-2.N.x` or `regulation-56`, or says what is wrong.
    pub fn parse(text: &str) -> Result<Duty, String> {
        let text = text.trim();
        if text == "regulation-56" {
            return Ok(Duty::Regulation56);
        }
        let Some(rest) = text.strip_prefix("schedule-2.") else {
            return Err(format!("'{text}' is not a duty this program knows: write schedule-2.N (a paragraph of Schedule 2, 1 to 17) or regulation-56"));
        };
        let (number, item) = match rest.split_once('.') {
            Some((number, item)) => (number, Some(item)),
            None => (rest, None),
        };
        let last = schedule().last().map_or(0, |p| p.number);
        let found = number.parse::<u8>().ok().and_then(paragraph);
        let Some(found) = found else {
            return Err(format!("'{text}' is not a paragraph of Schedule 2: it has paragraphs 1 to {last}"));
        };
        let item = match item {
            None => None,
            Some(letter) => {
                let mut chars = letter.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) if found.items.contains(&c) => Some(c),
                    _ if found.items.is_empty() => return Err(format!("'{text}' names a sub-item, but paragraph {} has none: write {}", found.number, found.id())),
                    _ => {
                        let letters: Vec<String> = found.items.iter().map(char::to_string).collect();
                        return Err(format!("'{text}' is not a sub-item of paragraph {}: its sub-items are {}", found.number, letters.join(", ")));
                    }
                }
            }
        };
        Ok(Duty::Schedule2 { paragraph: found.number, item })
    }

    /// The Schedule 2 paragraph it is about, if any.
    pub fn paragraph(self) -> Option<u8> {
        match self {
            Duty::Schedule2 { paragraph, .. } => Some(paragraph),
            Duty::Regulation56 => None,
        }
    }
}

impl<'de> Deserialize<'de> for Duty {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Duty::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Duty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Duty::Schedule2 { paragraph, item: None } => write!(f, "schedule-2.{paragraph}"),
            Duty::Schedule2 { paragraph, item: Some(item) } => write!(f, "schedule-2.{paragraph}.{item}"),
            Duty::Regulation56 => write!(f, "regulation-56"),
        }
    }
}

/// The addresses under each language of the pages the build writes for the duties: no
/// content page may take one.
pub fn generated_page_ids(config: &crate::config::Config) -> Vec<&str> {
    vec![config.coverage_page.as_str(), PRIVACY_PAGE, accessibility::PAGE]
}

/// The privacy notice's address under each language.
pub const PRIVACY_PAGE: &str = "privacy";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schedule_has_seventeen_paragraphs_in_order() {
        let numbers: Vec<u8> = schedule().iter().map(|p| p.number).collect();
        assert_eq!(numbers, (1..=17).collect::<Vec<u8>>());
        assert!(schedule().iter().all(|p| !p.title.trim().is_empty()));
        assert_eq!(paragraph(17).unwrap().key(), "schedule-2-17");
    }

    #[test]
    fn duties_parse_and_print_back() {
        for text in ["schedule-2.1", "schedule-2.17", "schedule-2.5.j", "regulation-56"] {
            assert_eq!(Duty::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(Duty::parse("schedule-2.15").unwrap().paragraph(), Some(15));
        assert_eq!(Duty::parse("regulation-56").unwrap().paragraph(), None);
    }

    #[test]
    fn a_duty_that_does_not_exist_is_refused_with_what_does() {
        assert_eq!(Duty::parse("schedule-2.18").unwrap_err(), "'schedule-2.18' is not a paragraph of Schedule 2: it has paragraphs 1 to 17");
        assert_eq!(Duty::parse("schedule-2.0").unwrap_err(), "'schedule-2.0' is not a paragraph of Schedule 2: it has paragraphs 1 to 17");
        assert_eq!(Duty::parse("schedule-2.5.k").unwrap_err(), "'schedule-2.5.k' is not a sub-item of paragraph 5: its sub-items are a, b, c, d, e, f, g, h, i, j");
        assert_eq!(Duty::parse("schedule-2.15.a").unwrap_err(), "'schedule-2.15.a' names a sub-item, but paragraph 15 has none: write schedule-2.15");
        assert!(Duty::parse("schedule 2 para 15").unwrap_err().starts_with("'schedule 2 para 15' is not a duty this program knows"));
    }
}
