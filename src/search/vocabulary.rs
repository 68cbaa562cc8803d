//! The SEND vocabulary: per language, groups of words that mean the same thing
//! (`EHCP`, `education, health and care plan`, `EHC plan`). Kept with the site in
//! `vocabulary/<lang>.yaml`, so editors can extend it:
//!
//! ```yaml
//! - [EHCP, EHC plan, education, health and care plan]
//! - [SaLT, speech and language therapy, speech therapy]
//! ```
//!
//! A page that uses one form of a group is indexed with the others beside it, so a
//! search for either form finds it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, Pos};

pub const DIR: &str = "vocabulary";

/// Around the other forms written into the indexed text; `search.js` knows them too.
pub const OPEN: char = '⟦';
pub const CLOSE: char = '⟧';

/// The groups of each language, lower-cased.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    groups: BTreeMap<String, Vec<Vec<String>>>,
}

impl Vocabulary {
    pub fn load(config: &Config) -> (Vocabulary, Diagnostics) {
        let mut diagnostics = Diagnostics::new();
        let mut groups = BTreeMap::new();
        for language in &config.languages {
            let file = PathBuf::from(DIR).join(format!("{}.yaml", language.code));
            let Ok(text) = std::fs::read_to_string(config.root.join(&file)) else { continue };
            match serde_yaml::from_str::<Vec<Vec<String>>>(&text) {
                Ok(list) => {
                    let list = list
                        .into_iter()
                        .map(|group| {
                            let mut forms: Vec<String> = Vec::new();
                            for form in group.iter().map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()) {
                                if !forms.contains(&form) {
                                    forms.push(form);
                                }
                            }
                            forms
                        })
                        .filter(|g| g.len() > 1)
                        .collect();
                    groups.insert(language.code.clone(), list);
                }
                Err(err) => {
                    let pos = err.location().map_or(Pos::START, |l| Pos::new(l.line(), l.column()));
                    diagnostics.push(Diagnostic::error(&file, pos, format!("the vocabulary cannot be read: {err}"), "write a list of groups, one per line, like - [EHCP, EHC plan, education, health and care plan]"));
                }
            }
        }
        (Vocabulary { groups }, diagnostics)
    }

    /// `html` with the other forms written after each SEND word it uses, between [`OPEN`]
    /// and [`CLOSE`]: "an EHC plan ⟦ehcp, education, health and care plan⟧". Pagefind then
    /// finds the page by any form and ranks it by how often the word is used (each use
    /// counts: annotating only the first dropped the EHC plans page out of the top three
    /// for "EHCP"). The theme's `search.js` takes the forms out of the excerpts it shows.
    /// Only text is changed, never tags or attributes.
    pub fn annotate(&self, lang: &str, html: &str) -> String {
        let Some(groups) = self.groups.get(lang).filter(|g| !g.is_empty()) else { return html.to_string() };
        let mut out = String::with_capacity(html.len() + html.len() / 8);
        let mut rest = html;
        while !rest.is_empty() {
            let text_end = rest.find('<').unwrap_or(rest.len());
            out.push_str(&annotate_text(groups, &rest[..text_end]));
            rest = &rest[text_end..];
            let tag_end = rest.find('>').map_or(rest.len(), |i| i + 1);
            out.push_str(&rest[..tag_end]);
            rest = &rest[tag_end..];
        }
        out
    }
}

/// Annotates one run of text: at each word start, the longest form of any group.
fn annotate_text(groups: &[Vec<String>], text: &str) -> String {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        // Lower-casing changed byte lengths (rare scripts): leave this run as it is.
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < text.len() {
        let at_word_start = text.is_char_boundary(i) && (i == 0 || !is_word_char(text[..i].chars().next_back().unwrap_or(' ')));
        let found = at_word_start
            .then(|| {
                groups
                    .iter()
                    .enumerate()
                    .flat_map(|(g, group)| group.iter().map(move |form| (g, form)))
                    .filter(|(_, form)| lower[i..].starts_with(form.as_str()) && !text[i + form.len()..].chars().next().is_some_and(is_word_char))
                    .max_by_key(|(_, form)| form.len())
            })
            .flatten();
        match found {
            Some((g, form)) => {
                let end = i + form.len();
                out.push_str(&text[copied..end]);
                let others: Vec<&str> = groups[g].iter().filter(|f| *f != form).map(String::as_str).collect();
                out.push_str(&format!(" {OPEN}{}{CLOSE}", others.join(", ")));
                i = end;
                copied = end;
            }
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out.push_str(&text[copied..]);
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{200c}' | '\u{200d}') || unicode_properties::UnicodeGeneralCategory::general_category_group(c) == unicode_properties::GeneralCategoryGroup::Mark
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vocabulary {
        let groups = vec![
            vec!["ehcp".to_string(), "ehc plan".into(), "education, health and care plan".into()],
            vec!["salt".to_string(), "speech and language therapy".into(), "speech therapy".into()],
        ];
        Vocabulary { groups: [("en".to_string(), groups)].into() }
    }

    #[test]
    fn each_use_of_a_form_gets_the_others_beside_it() {
        let v = vocabulary();
        assert_eq!(v.annotate("en", "<p>Ask for an EHCP. The <b>EHC plan</b> helps.</p>"), "<p>Ask for an EHCP ⟦ehc plan, education, health and care plan⟧. The <b>EHC plan ⟦ehcp, education, health and care plan⟧</b> helps.</p>");
        assert_eq!(v.annotate("en", "Our Speech and Language Therapy team."), "Our Speech and Language Therapy ⟦salt, speech therapy⟧ team.");
    }

    #[test]
    fn only_whole_words_in_text_match() {
        let v = vocabulary();
        assert_eq!(v.annotate("en", "The salty sea."), "The salty sea.");
        assert_eq!(v.annotate("en", "<a href=\"/salt/\">A plan</a>"), "<a href=\"/salt/\">A plan</a>");
        assert_eq!(v.annotate("ur", "EHCP"), "EHCP");
    }
}
