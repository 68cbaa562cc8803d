//! Alphabetical order as each language has it: ICU's collator with CLDR's rules, so an
//! Urdu list puts ک before م and a Polish one puts ł after l, where the order of Unicode
//! code points would not. (icu_collator is already in the build, through typst.)

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;

/// The collator for `lang`; a code ICU does not know sorts by the root order, which still
/// groups letters as the Unicode Collation Algorithm does.
fn collator(lang: &str) -> CollatorBorrowed<'static> {
    let locale: Locale = lang.parse().unwrap_or(Locale::UNKNOWN);
    Collator::try_new((&locale).into(), CollatorOptions::default())
        .or_else(|_| Collator::try_new(Default::default(), CollatorOptions::default()))
        .expect("the root collation is compiled into the binary")
}

/// Sorts `items` by `text` in `lang`'s alphabetical order (ties keep their order).
pub fn sort_by_text<T>(lang: &str, items: &mut [T], text: impl Fn(&T) -> &str) {
    let collator = collator(lang);
    items.sort_by(|a, b| collator.compare(text(a), text(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: &str, words: &[&'static str]) -> Vec<&'static str> {
        let mut words = words.to_vec();
        sort_by_text(lang, &mut words, |w| w);
        words
    }

    #[test]
    fn urdu_follows_the_urdu_alphabet_not_code_points() {
        // م is U+0645 and ک U+06A9, گ U+06AF: code points put م first.
        assert_eq!(sorted("ur", &["مشورہ", "گھر", "کام"]), ["کام", "گھر", "مشورہ"]);
    }

    #[test]
    fn polish_and_romanian_letters_sort_after_their_base_letter() {
        assert_eq!(sorted("pl", &["łódź", "zebra", "lato"]), ["lato", "łódź", "zebra"]);
        assert_eq!(sorted("ro", &["țară", "zi", "tată"]), ["tată", "țară", "zi"]);
    }

    #[test]
    fn case_does_not_decide_before_letters() {
        assert_eq!(sorted("en", &["banana", "Apple", "apple pie"]), ["Apple", "apple pie", "banana"]);
    }

    #[test]
    fn an_unknown_code_still_sorts() {
        assert_eq!(sorted("xx-not-a-language!", &["b", "a"]), ["a", "b"]);
    }
}
