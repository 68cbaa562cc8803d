//! The words of a language's pages as a reader may type them, for correcting a misspelt
//! query in the browser: one small text file per language, fetched only when a search
//! finds little, never with the first search.
//!
//! Each line is a word (lower-cased, as the page writes it, of three letters or more and
//! no digits), then the number of pages that use it when more than one: `transport 41`.
//! The lines are sorted, so the file compresses well and a prefix is found by bisection.
//! `search.js` looks for the words within one edit of a query word (two for a long
//! word), a letter swapped counting as one, and searches the most used of the nearest.

use std::fmt::Write;

use super::vocabulary::is_word_char;

/// The shortest word worth correcting to.
const MIN_CHARS: usize = 3;

/// The words of `raw` (a word of the text as it is read, punctuation and all) that go in
/// the list: each run of letters, lower-cased.
pub fn surface_words(raw: &str) -> impl Iterator<Item = String> + '_ {
    raw.split(|c: char| !is_word_char(c)).filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= MIN_CHARS && !w.chars().any(char::is_numeric)).map(str::to_lowercase)
}

/// The file: `words` with the number of pages using each, in any order.
pub fn word_list<'a>(words: impl Iterator<Item = (&'a str, u32)>) -> Vec<u8> {
    let mut words: Vec<(&str, u32)> = words.collect();
    words.sort_unstable();
    let mut out = String::with_capacity(words.len() * 10);
    for (word, pages) in words {
        out.push_str(word);
        if pages > 1 {
            let _ = write!(out, " {pages}"); // writing to a String cannot fail
        }
        out.push('\n');
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_letters_lower_cased_without_digits_or_short_words() {
        let words: Vec<String> = ["Home-to-school", "(EHCP),", "2s", "A", "on", "Year11", "کالج۔", "স্কুলে"].iter().flat_map(|w| surface_words(w).collect::<Vec<_>>()).collect();
        assert_eq!(words, ["home", "school", "ehcp", "کالج", "স্কুলে"]);
    }

    #[test]
    fn sorted_with_the_pages_that_use_each_when_more_than_one() {
        let list = word_list([("transport", 41), ("advice", 1), ("school", 70)].into_iter());
        assert_eq!(String::from_utf8(list).unwrap(), "advice\nschool 70\ntransport 41\n");
    }
}
