//! How hard a page's English text is to read: the Flesch-Kincaid grade level.
//!
//! GOV.UK writes for a reading age of 9 (about grade 4 to 6). The grade is
//! `0.39 * words/sentence + 11.8 * syllables/word - 15.59`. Headings, list items and table
//! cells count as sentences of their own, as a reader meets them; code is left out.
//! Syllables are counted by the usual vowel-group rule, good to about one grade.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Readability {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
}

impl Readability {
    /// The Flesch-Kincaid grade; 0 for a text without words.
    pub fn grade(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        0.39 * self.words as f64 / self.sentences as f64 + 11.8 * self.syllables as f64 / self.words as f64 - 15.59
    }

    /// A reading age in years: US grade + 5.
    pub fn reading_age(&self) -> f64 {
        self.grade() + 5.0
    }
}

/// Measures the prose of a Markdown body.
pub fn measure_markdown(markdown: &str) -> Readability {
    let mut blocks: Vec<String> = vec![String::new()];
    let mut in_code = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(text) | Event::Code(text) if !in_code => blocks.last_mut().expect("never empty").push_str(&text),
            Event::SoftBreak | Event::HardBreak => blocks.last_mut().expect("never empty").push(' '),
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell)
            | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell) => blocks.push(String::new()),
            _ => {}
        }
    }
    let mut total = Readability::default();
    for block in blocks.iter().filter(|b| !b.trim().is_empty()) {
        let measured = measure_text(block);
        total.words += measured.words;
        total.syllables += measured.syllables;
        total.sentences += measured.sentences.max(usize::from(measured.words > 0));
    }
    total
}

/// Measures plain text: sentences end at `.`, `!`, `?`, `:` or `;` followed by a space.
pub fn measure_text(text: &str) -> Readability {
    let mut result = Readability::default();
    let mut words_in_sentence = 0;
    for token in text.split_whitespace() {
        let word: String = token.chars().filter(|c| c.is_alphanumeric() || *c == '\'').collect();
        if word.chars().any(char::is_alphabetic) || word.chars().any(|c| c.is_ascii_digit()) {
            result.words += 1;
            result.syllables += syllables(&word);
            words_in_sentence += 1;
        }
        let ends = token.trim_end_matches(['"', '\'', ')', '”', '’']).ends_with(['.', '!', '?', ':', ';']);
        if ends && words_in_sentence > 0 {
            result.sentences += 1;
            words_in_sentence = 0;
        }
    }
    if words_in_sentence > 0 {
        result.sentences += 1;
    }
    result
}

/// Vowel groups, less a silent final `e`; at least one. Numbers count as one.
pub fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    if !word.chars().any(char::is_alphabetic) {
        return 1;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &letters {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    let n = letters.len();
    let silent_e = n > 2 && letters[n - 1] == 'e' && !is_vowel(letters[n - 2]) && (letters[n - 2] != 'l' || is_vowel(letters[n - 3]));
    if silent_e && count > 1 {
        count -= 1;
    }
    let plural_es = n > 3 && word.ends_with("es") && !matches!(letters[n - 3], 's' | 'x' | 'z' | 'c' | 'g' | 'h');
    if plural_es && count > 1 {
        count -= 1;
    }
    let past_ed = n > 3 && word.ends_with("ed") && !matches!(letters[n - 3], 't' | 'd');
    if past_ed && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_the_vowel_groups() {
        for (word, expected) in [("cat", 1), ("table", 2), ("make", 1), ("education", 4), ("school", 1), ("needs", 1), ("assessment", 3), ("helped", 1), ("wanted", 2), ("boxes", 2), ("2025", 1), ("the", 1)] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn short_plain_sentences_score_low_and_long_hard_ones_high() {
        let plain = measure_text("You can ask for help. We will call you back. Your child can go to school.");
        assert_eq!((plain.sentences, plain.words), (3, 16));
        assert!(plain.grade() < 3.0, "{}", plain.grade());
        let hard = measure_text("Notwithstanding the aforementioned considerations, the local authority's statutory obligations regarding educational provision necessitate comprehensive multidisciplinary assessment.");
        assert!(hard.grade() > 14.0, "{}", hard.grade());
    }

    #[test]
    fn list_items_and_headings_are_sentences_and_code_is_ignored() {
        let r = measure_markdown("## Who can ask\n\n- your GP\n- your school\n\n```\nnot counted at all here\n```\n");
        assert_eq!((r.sentences, r.words), (3, 7));
    }

    #[test]
    fn no_words_is_grade_zero() {
        assert_eq!(measure_markdown("").grade(), 0.0);
    }
}
