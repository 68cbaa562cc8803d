//! The words a piece of text is indexed under, exactly as Pagefind 1.6 makes them, so
//! that Pagefind's WebAssembly finds them when it stems and normalises a reader's query
//! the same way.
//!
//! A word is lower-cased and stripped of punctuation, its accents are taken off (the
//! accented form is kept beside it, so an exact match ranks higher), and it is stemmed
//! with the language's Snowball stemmer. A compound word (`three-antelopes`,
//! `ThreeAntelopes`, `sysconfig.is_python_build`) is indexed whole and in its parts.
//!
//! Words repeat: [`super::read::Reader`] remembers the forms of each raw word it has
//! read, so these run once per distinct word, not once per use.

use std::sync::LazyLock;

use convert_case::{Case, Casing};
use pagefind_stem::{Algorithm, Stemmer};
use regex::Regex;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Characters that count as part of a word: Unicode's connector punctuation, as in
/// Pagefind's default `include_characters` (written into its entry file).
pub const WORD_SYMBOLS: [char; 10] = ['_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿'];

const MAX_KATAKANA_SUFFIX_CHARS: usize = 16;
const MAX_DOTTED_TAIL_CHARS: usize = 64;

static EMOJI: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Emoji}").expect("a valid pattern"));

/// One form a word is indexed under.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexWord {
    /// Normalised and stemmed: what a query is matched against.
    pub stemmed: String,
    /// A part of a compound word, which shares the word's weight with the other parts.
    pub part: bool,
    /// The form with its accents, when they were taken off.
    pub original: Option<String>,
}

/// The stemmer Pagefind's WebAssembly uses for a language, if it has one.
pub fn stemmer(lang: &str) -> Option<Stemmer> {
    let algorithm = match lang.split('-').next().unwrap_or(lang) {
        "ar" => Algorithm::Arabic,
        "hy" => Algorithm::Armenian,
        "eu" => Algorithm::Basque,
        "ca" => Algorithm::Catalan,
        "da" => Algorithm::Danish,
        "nl" => Algorithm::Dutch,
        "en" => Algorithm::English,
        "eo" => Algorithm::Esperanto,
        "et" => Algorithm::Estonian,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "hi" => Algorithm::Hindi,
        "hu" => Algorithm::Hungarian,
        "id" => Algorithm::Indonesian,
        "ga" => Algorithm::Irish,
        "it" => Algorithm::Italian,
        "lt" => Algorithm::Lithuanian,
        "nb" | "nn" | "no" => Algorithm::Norwegian,
        "ne" => Algorithm::Nepali,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "sr" => Algorithm::Serbian,
        "pl" => Algorithm::Polish,
        "es" => Algorithm::Spanish,
        "sv" => Algorithm::Swedish,
        "ta" => Algorithm::Tamil,
        "tr" => Algorithm::Turkish,
        "yi" => Algorithm::Yiddish,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// The indexing of one language's words.
pub struct Words {
    stemmer: Option<Stemmer>,
    fold: Fold,
}

/// Light normalisation before stemming, for languages Pagefind has no stemmer for (Urdu,
/// Bengali) or where readers type look-alike letters (Arabic, Urdu). The theme's
/// `search.js` does the same to a query before Pagefind sees it.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Fold {
    /// Pagefind's own indexing, unchanged.
    None,
    /// Arabic yeh, alef maksura, kaf and heh as Urdu's; its diacritics and tatweel dropped;
    /// a few plural and oblique endings taken off.
    Urdu,
    /// Farsi yeh, alef maksura, keheh, heh goal and teh marbuta as Arabic's yeh, kaf and
    /// heh, hamza on alef dropped; diacritics and tatweel dropped (the Arabic stemmer does the rest).
    Arabic,
    /// Khanda ta as ta; a few case and plural endings taken off.
    Bengali,
}

/// Urdu's endings, and what each becomes: the first that fits, leaving two letters at least.
const URDU_ENDINGS: &[(&str, &str)] = &[("یوں", "ی"), ("یاں", "ی"), ("وں", ""), ("یں", "")];
const BENGALI_ENDINGS: &[(&str, &str)] = &[("গুলোর", ""), ("গুলো", ""), ("গুলি", ""), ("দের", ""), ("েরা", ""), ("ের", ""), ("কে", ""), ("তে", ""), ("টি", ""), ("টা", "")];

impl Fold {
    pub fn of(lang: &str) -> Fold {
        match lang.split('-').next().unwrap_or(lang) {
            "ur" => Fold::Urdu,
            "ar" => Fold::Arabic,
            "bn" => Fold::Bengali,
            _ => Fold::None,
        }
    }

    /// `word` (lower-cased, without punctuation) as it is indexed and looked up.
    pub fn apply(self, word: &str) -> String {
        if self == Fold::None {
            return word.to_string();
        }
        let mut out: String = word
            .chars()
            .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
            .map(|c| match (self, c) {
                (Fold::Urdu, 'ي' | 'ى') => 'ی',
                (Fold::Urdu, 'ك') => 'ک',
                (Fold::Urdu, 'ه' | 'ۀ') => 'ہ',
                (Fold::Arabic, 'ی' | 'ى') => 'ي',
                (Fold::Arabic, 'ک') => 'ك',
                (Fold::Arabic, 'ہ' | 'ۀ' | 'ة') => 'ه',
                (Fold::Arabic, 'أ' | 'إ' | 'آ' | 'ٱ') => 'ا',
                (Fold::Bengali, 'ৎ') => 'ত',
                _ => c,
            })
            .collect();
        let endings = match self {
            Fold::Urdu => URDU_ENDINGS,
            Fold::Bengali => BENGALI_ENDINGS,
            _ => &[],
        };
        if let Some((ending, instead)) = endings.iter().find(|(e, _)| out.ends_with(e) && out.chars().count() >= e.chars().count() + 2) {
            out.truncate(out.len() - ending.len());
            out.push_str(instead);
        }
        out
    }
}

impl Words {
    pub fn new(lang: &str) -> Words {
        Words { stemmer: stemmer(lang), fold: Fold::of(lang) }
    }

    /// The words as Pagefind's own indexer makes them, without [`Fold`].
    pub fn pagefinds(lang: &str) -> Words {
        Words { stemmer: stemmer(lang), fold: Fold::None }
    }

    /// The forms of a word of the body text: the word, its parts and its dotted tails.
    pub fn of_text(&self, raw: &str) -> Vec<IndexWord> {
        let stemmer = self.stemmer.as_ref();
        let mut forms = indexable(raw, stemmer, self.fold);
        let tails = dotted_tails(raw, stemmer, &forms);
        forms.extend(tails);
        forms
    }

    /// The forms of a word of a metadata field (its title): no dotted tails.
    pub fn of_meta(&self, raw: &str) -> Vec<IndexWord> {
        indexable(raw, self.stemmer.as_ref(), self.fold)
    }
}

/// The word normalised and stemmed, then the parts of a compound and any emoji in it.
fn indexable(raw: &str, stemmer: Option<&Stemmer>, fold: Fold) -> Vec<IndexWord> {
    let mut forms = Vec::new();
    let normalized = fold.apply(&normalize_word(raw));
    if !normalized.is_empty() {
        forms.push(stem(&normalized, stemmer, false));
    }
    for suffix in katakana_suffixes(raw) {
        let plain = strip_accents(suffix);
        forms.push(IndexWord { stemmed: plain.clone().unwrap_or_else(|| suffix.to_string()), original: plain.map(|_| suffix.to_string()), part: true });
    }
    let compound = raw.chars().any(|c| !c.is_alphanumeric()) || raw.chars().skip(1).any(char::is_uppercase);
    if !compound {
        return forms;
    }
    let (parts, emoji) = discrete_words(raw);
    if !normalized.is_empty() && (parts.contains(char::is_whitespace) || !normalized.starts_with(&parts)) {
        for part in parts.split_whitespace().filter(|w| w.len() > 1) {
            let folded = fold.apply(part);
            let part = folded.as_str();
            let plain = strip_accents(part);
            let base = plain.as_deref().unwrap_or(part);
            let stemmed = match stemmer {
                Some(stemmer) => stemmer.stem(base).into_owned(),
                None => base.to_string(),
            };
            forms.push(IndexWord { stemmed, original: plain.map(|_| part.to_string()), part: true });
        }
    }
    forms.extend(emoji.into_iter().flatten().map(|e| IndexWord { stemmed: e, original: None, part: false }));
    forms
}

/// The tail after each dot, when it is itself a compound (`is_python_build` in
/// `sysconfig.is_python_build`), so it is found without taking it apart.
fn dotted_tails(raw: &str, stemmer: Option<&Stemmer>, existing: &[IndexWord]) -> Vec<IndexWord> {
    let mut tails: Vec<IndexWord> = Vec::new();
    for (i, _) in raw.match_indices('.') {
        let rest = &raw[i + 1..];
        let tail = rest.char_indices().nth(MAX_DOTTED_TAIL_CHARS).map_or(rest, |(end, _)| &rest[..end]);
        let compound = tail.chars().any(|c| !c.is_alphanumeric()) || tail.chars().skip(1).any(char::is_uppercase);
        if !compound {
            continue; // a plain tail is already there, as the compound's last part
        }
        let normalized = normalize_word(tail);
        if normalized.chars().count() < 2 {
            continue;
        }
        let word = stem(&normalized, stemmer, true);
        if !existing.iter().chain(&tails).any(|w| w.stemmed == word.stemmed) {
            tails.push(word);
        }
    }
    tails
}

/// Letters and digits (and the word symbols), lower-cased.
fn normalize_word(raw: &str) -> String {
    let mut word = String::with_capacity(raw.len());
    for c in raw.chars().filter(|c| c.is_alphanumeric() || WORD_SYMBOLS.contains(c)) {
        if c.is_ascii() {
            word.push(c.to_ascii_lowercase());
        } else if c.is_uppercase() {
            word.extend(c.to_lowercase());
        } else {
            word.push(c);
        }
    }
    word
}

fn stem(normalized: &str, stemmer: Option<&Stemmer>, part: bool) -> IndexWord {
    let plain = strip_accents(normalized);
    let base = plain.as_deref().unwrap_or(normalized);
    let stemmed = match stemmer {
        Some(stemmer) => stemmer.stem(base).into_owned(),
        None => base.to_string(),
    };
    IndexWord { stemmed, original: plain.map(|_| normalized.to_string()), part }
}

/// The word without its combining marks (`café` is indexed as `cafe`), or `None` when
/// it has none. Kana sound marks are kept: they tell words apart.
fn strip_accents(word: &str) -> Option<String> {
    let decomposes = |c: char| {
        let mut differs = false;
        unicode_normalization::char::decompose_canonical(c, |part| differs |= part != c);
        differs
    };
    if word.is_ascii() || !word.chars().any(|c| unicode_normalization::char::is_combining_mark(c) || decomposes(c)) {
        return None;
    }
    let kana_mark = |c: char| matches!(c, '\u{3099}' | '\u{309A}');
    let stripped: String = word.nfd().filter(|&c| !unicode_normalization::char::is_combining_mark(c) || kana_mark(c)).collect();
    let stripped = if stripped.chars().any(kana_mark) { stripped.nfc().collect() } else { stripped };
    (stripped != word).then_some(stripped)
}

/// The parts of a compound, lower-cased and space-separated, and the emoji in it.
fn discrete_words(raw: &str) -> (String, Option<Vec<String>>) {
    let parts = raw.replace(|c: char| c.is_ascii_punctuation(), " ").to_case(Case::Lower).split_whitespace().collect::<Vec<_>>().join(" ");
    let emoji = EMOJI.is_match(raw).then(|| raw.graphemes(true).filter(|g| emojis::get(g).is_some()).map(str::to_string).collect());
    (parts, emoji)
}

fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

/// Every suffix of a katakana word, so prefix matching finds the words inside it.
fn katakana_suffixes(word: &str) -> Vec<&str> {
    if word.chars().count() < 3 || !word.chars().all(is_katakana) {
        return Vec::new();
    }
    let mut suffixes: Vec<&str> = Vec::new();
    for (i, _) in word.char_indices().skip(1) {
        let rest = &word[i..];
        let suffix = rest.char_indices().nth(MAX_KATAKANA_SUFFIX_CHARS).map_or(rest, |(end, _)| &rest[..end]);
        if suffix.chars().count() >= 2 && !suffixes.contains(&suffix) {
            suffixes.push(suffix);
        }
    }
    suffixes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(lang: &str, raw: &str) -> Vec<(String, bool, Option<String>)> {
        Words::new(lang).of_text(raw).into_iter().map(|w| (w.stemmed, w.part, w.original)).collect()
    }

    #[test]
    fn a_plain_word_is_lowered_and_stemmed() {
        assert_eq!(stems("en", "Schools,"), vec![("school".into(), false, None)]);
        assert_eq!(stems("ur", "اسکول"), vec![("اسکول".into(), false, None)]);
    }

    #[test]
    fn a_compound_is_indexed_whole_and_in_parts() {
        let expected = vec![("threeantelop".to_string(), false, None), ("three".into(), true, None), ("antelop".into(), true, None)];
        assert_eq!(stems("en", "ThreeAntelopes"), expected);
        assert_eq!(stems("en", "three-antelopes"), expected);
        // `_` is a word character, as Pagefind's defaults have it.
        assert_eq!(stems("en", "three_antelopes")[0].0, "three_antelop");
        assert_eq!(stems("en", "three_antelopes")[1..], expected[1..]);
    }

    #[test]
    fn accents_are_taken_off_and_kept_beside() {
        assert_eq!(
            stems("fr", "café-crème"),
            vec![("cafecrem".into(), false, Some("cafécrème".into())), ("caf".into(), true, Some("café".into())), ("crem".into(), true, Some("crème".into()))]
        );
        assert_eq!(stems("ro", "școală")[0].2.as_deref(), Some("școală"));
    }

    #[test]
    fn a_dotted_compound_tail_is_kept_whole() {
        let forms = stems("en", "sysconfig.is_python_build");
        assert!(forms.iter().any(|(w, part, _)| w == "is_python_build" && *part), "{forms:?}");
    }

    #[test]
    fn words_without_letters_give_nothing_but_their_emoji() {
        assert!(stems("en", "--").is_empty());
        assert_eq!(stems("en", "👋"), vec![("👋".into(), false, None)]);
    }

    #[test]
    fn urdu_look_alike_letters_diacritics_and_plural_endings_fold_to_one_word() {
        let word = |lang: &str, raw: &str| Words::new(lang).of_text(raw)[0].stemmed.clone();
        // Arabic yeh and heh typed for Urdu's; a vowel mark.
        assert_eq!(word("ur", "سالانه"), word("ur", "سالانہ"));
        assert_eq!(word("ur", "اسپيشل"), word("ur", "اسپیشل"));
        assert_eq!(word("ur", "كالج"), word("ur", "کالج"));
        assert_eq!(word("ur", "بَچّہ"), word("ur", "بچہ"));
        // Plural and oblique endings.
        assert_eq!(word("ur", "نرسریوں"), word("ur", "نرسری"));
        assert_eq!(word("ur", "نرسریاں"), word("ur", "نرسری"));
        assert_eq!(word("ur", "اسکولوں"), word("ur", "اسکول"));
        assert_eq!(word("ur", "میں"), "میں", "two letters stay");
    }

    #[test]
    fn arabic_and_bengali_variants_fold_too() {
        let word = |lang: &str, raw: &str| Words::new(lang).of_text(raw)[0].stemmed.clone();
        assert_eq!(word("ar", "الشكاوي"), word("ar", "الشكاوى"));
        assert_eq!(word("ar", "المراجعه"), word("ar", "المراجعة"));
        assert_eq!(word("ar", "أطفال"), word("ar", "اطفال"));
        assert_eq!(word("bn", "নার্সারিতে"), word("bn", "নার্সারি"));
        assert_eq!(word("bn", "শিশুদের"), word("bn", "শিশু"));
        assert_eq!(word("bn", "হঠাৎ"), word("bn", "হঠাত্"));
        assert_eq!(Words::pagefinds("ur").of_text("نرسریوں")[0].stemmed, "نرسریوں", "Pagefind's own words are not folded");
    }
}
