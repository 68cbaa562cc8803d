//! The leaflets' fonts, read once per build: which letters they cover, which family to
//! set each language in, and a fingerprint for the cache.
//!
//! The fonts come with the program (`themes/default/leaflet/fonts/`, see `crate::theme`)
//! plus any the site adds. Typst is given only these: a language whose letters no font
//! has is an error naming the language, never a leaflet of empty boxes.

use sha2::{Digest, Sha256};
use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

use crate::diag::{Diagnostics, Pos};
use crate::theme::FontFile;

pub struct FontSet {
    pub fonts: Vec<Font>,
    pub book: LazyHash<FontBook>,
    /// A hash of every font file, in order.
    pub fingerprint: [u8; 32],
}

impl FontSet {
    /// Reads the font files; one typst cannot read is an error at that file.
    pub fn load(files: &[FontFile], diagnostics: &mut Diagnostics) -> FontSet {
        let mut fonts = Vec::new();
        let mut hasher = Sha256::new();
        for file in files {
            hasher.update(&file.bytes);
            let before = fonts.len();
            fonts.extend(Font::iter(Bytes::new(file.bytes.clone())));
            if fonts.len() == before {
                diagnostics.error(&file.origin, Pos::START, "this is not a font the leaflets can use", "use a TrueType or OpenType font (.ttf, .otf), or remove the file");
            }
        }
        let book = LazyHash::new(FontBook::from_fonts(&fonts));
        FontSet { fonts, book, fingerprint: hasher.finalize().into() }
    }

    /// Whether any font has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.fonts.iter().any(|f| f.info().coverage.contains(c as u32))
    }

    /// The letters and digits of `text` that no font has, each once, in order.
    pub fn missing(&self, text: &str) -> Vec<char> {
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars().filter(|c| c.is_alphanumeric()) {
            if !missing.contains(&c) && !self.covers(c) {
                missing.push(c);
            }
        }
        missing
    }

    /// Every family, the one covering most of `sample`'s letters first: Arabic script is
    /// set in the Arabic font throughout (its spaces and punctuation too, so the words
    /// join and space as that font intends), with the others as fallbacks.
    pub fn families_for(&self, sample: &str) -> Vec<String> {
        let letters: Vec<u32> = sample.chars().filter(|c| c.is_alphabetic()).map(|c| c as u32).collect();
        let mut families: Vec<(usize, usize, String)> = Vec::new();
        for (order, font) in self.fonts.iter().enumerate() {
            let info = font.info();
            if families.iter().any(|(_, _, family)| *family == info.family) {
                continue;
            }
            let covered = letters.iter().filter(|&&c| info.coverage.contains(c)).count();
            families.push((covered, order, info.family.clone()));
        }
        // Most letters first; ties keep the order the fonts were given in.
        families.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        families.into_iter().map(|(_, _, family)| family).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::theme::Theme;

    fn built_in() -> FontSet {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("site.yaml"), "title: T\nbase_url: https://example.org/\ndefault_language: en\nlanguages: [{ code: en, name: English }]\n").unwrap();
        let config = Config::load(dir.path(), None).unwrap();
        let (theme, _) = Theme::load(&config);
        let mut diagnostics = Diagnostics::new();
        let fonts = FontSet::load(&theme.leaflet.fonts, &mut diagnostics);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        fonts
    }

    #[test]
    fn the_built_in_fonts_cover_the_example_languages() {
        let fonts = built_in();
        for sample in ["Ianuarie ăâîșț Styczeń ąćęłńóśźż", "جنوری خوش آمدید ٹ ڈ ڑ ں ے", "يناير مرحبا", "জানুয়ারি স্বাগতম ২৭"] {
            assert_eq!(fonts.missing(sample), Vec::<char>::new(), "{sample}");
        }
    }

    #[test]
    fn letters_of_other_scripts_are_missing() {
        let fonts = built_in();
        assert_eq!(fonts.missing("Հայերեն"), vec!['Հ', 'ա', 'յ', 'ե', 'ր', 'ն']);
        assert_eq!(fonts.missing("日本"), vec!['日', '本']);
        assert!(fonts.missing("... , ! 12").is_empty(), "punctuation and spaces are not checked");
    }

    #[test]
    fn each_script_is_set_in_its_own_font_first() {
        let fonts = built_in();
        assert_eq!(fonts.families_for("Welcome")[0], "Noto Sans");
        assert_eq!(fonts.families_for("خوش آمدید")[0], "Noto Naskh Arabic");
        assert_eq!(fonts.families_for("স্বাগতম")[0], "Noto Sans Bengali");
        assert_eq!(fonts.families_for("স্বাগতম").len(), 3);
    }
}
