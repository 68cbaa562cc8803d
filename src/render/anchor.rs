//! Heading ids in the heading's own script: `## ہمارے بارے میں` -> `ہمارے-بارے-میں`.

use std::collections::HashMap;

use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};

/// The heading's words, lower-cased, joined by hyphens. Letters, marks (the vowel signs
/// of Bengali and Urdu are marks) and digits make words; everything else separates them.
pub fn anchor(text: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars() {
        let in_word = matches!(c.general_category_group(), GeneralCategoryGroup::Letter | GeneralCategoryGroup::Mark | GeneralCategoryGroup::Number)
            || c == '\u{200c}'
            || c == '\u{200d}';
        if in_word {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    if out.is_empty() {
        out.push_str("section");
    }
    out
}

/// Makes ids unique within one page: the second `help` becomes `help-2`.
#[derive(Default)]
pub struct UniqueIds {
    seen: HashMap<String, usize>,
}

impl UniqueIds {
    pub fn unique(&mut self, id: String) -> String {
        let mut candidate = id.clone();
        let mut n = *self.seen.get(&id).unwrap_or(&1);
        while self.seen.contains_key(&candidate) {
            n += 1;
            candidate = format!("{id}-{n}");
        }
        self.seen.insert(id, n);
        self.seen.insert(candidate.clone(), 1);
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_headings_become_hyphenated_lower_case() {
        assert_eq!(anchor("What is an EHC plan?"), "what-is-an-ehc-plan");
        assert_eq!(anchor("Co-ordinators & SENCOs: 2025"), "co-ordinators-sencos-2025");
        assert_eq!(anchor("Ce înseamnă SEND"), "ce-înseamnă-send");
    }

    #[test]
    fn urdu_and_bengali_keep_their_script_and_vowel_signs() {
        assert_eq!(anchor("ہمارے بارے میں"), "ہمارے-بارے-میں");
        assert_eq!(anchor("বিশেষ শিক্ষা"), "বিশেষ-শিক্ষা");
        assert_eq!(anchor("مساعدة؟"), "مساعدة");
    }

    #[test]
    fn empty_headings_still_get_an_id() {
        assert_eq!(anchor("!!"), "section");
    }

    #[test]
    fn ids_are_unique_within_a_page() {
        let mut ids = UniqueIds::default();
        assert_eq!(ids.unique("help".into()), "help");
        assert_eq!(ids.unique("help".into()), "help-2");
        assert_eq!(ids.unique("help".into()), "help-3");
        assert_eq!(ids.unique("help-2".into()), "help-2-2");
    }
}
