//! The SEND vocabulary: per language, groups of words that mean the same thing
//! (`EHCP`, `education, health and care plan`, `EHC plan`). The program has it for its
//! six languages (`themes/default/vocabulary/<lang>.yaml`, built in); a site's
//! `vocabulary/<lang>.yaml` adds its own groups, and takes out a built-in group with
//! `remove:` and one of its words:
//!
//! ```yaml
//! - [SENDIAS, AnytownSENDIAS]
//! - [SaLT, speech and language therapy, speech therapy]
//! - remove: PfA
//! ```
//!
//! A page that uses one form of a group is indexed with the others beside it, so a
//! search for either form finds it.

use std::collections::{BTreeMap, HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use std::path::PathBuf;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, Pos};

pub const DIR: &str = "vocabulary";

/// The vocabulary that comes with the program, by language.
const BUILT_IN: &[(&str, &str)] = &[
    ("en", include_str!("../../themes/default/vocabulary/en.yaml")),
    ("ur", include_str!("../../themes/default/vocabulary/ur.yaml")),
    ("ro", include_str!("../../themes/default/vocabulary/ro.yaml")),
    ("pl", include_str!("../../themes/default/vocabulary/pl.yaml")),
    ("bn", include_str!("../../themes/default/vocabulary/bn.yaml")),
    ("ar", include_str!("../../themes/default/vocabulary/ar.yaml")),
];

/// A line of a vocabulary file: a group, or (in a site's file) a built-in group to drop.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Entry {
    Group(Vec<String>),
    Remove { remove: String },
}
/// Around the other forms written into the indexed text; `search.js` knows them too.
pub const OPEN: char = '⟦';
pub const CLOSE: char = '⟧';

/// Pagefind's highest `data-pagefind-weight`.
const MAX_WEIGHT: usize = 10;

/// The groups of each language, lower-cased.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    groups: BTreeMap<String, Vec<Vec<String>>>,
    /// Per language, one automaton over every form, which finds them all in one pass over
    /// a text (regex's own dependency); `Forms::group` says whose form each pattern is.
    forms: BTreeMap<String, Forms>,
}

/// A language's groups as read, lower-cased, and its abbreviations: the forms written
/// with two capitals or more ([`is_abbreviation`]), which a text uses only in capitals, so
/// that Polish "dla" is not DLA, nor Romanian "la" LA, nor salt SALT.
#[derive(Default)]
struct List {
    groups: Vec<Vec<String>>,
    abbreviations: HashSet<String>,
}

/// A form of one word with two capitals or more, as written in a vocabulary file
/// (`EHCP`, `SaLT`, `SENCo`, `DLA`): an abbreviation.
fn is_abbreviation(written: &str) -> bool {
    !written.contains(char::is_whitespace) && written.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Adds the groups of `text` (the file `file`) to `list`, lower-cased and without
/// repeats; `remove:` drops every group so far that has the word.
fn add(list: &mut List, file: &std::path::Path, text: &str, diagnostics: &mut Diagnostics) {
    let entries = match serde_yaml::from_str::<Option<Vec<Entry>>>(text) {
        Ok(entries) => entries.unwrap_or_default(),
        Err(err) => {
            let pos = err.location().map_or(Pos::START, |l| Pos::new(l.line(), l.column()));
            let hint = "write a list of groups, one per line, like - [EHCP, EHC plan, \"education, health and care plan\"], or - remove: EHCP to drop a built-in group";
            diagnostics.push(Diagnostic::error(file, pos, format!("the vocabulary cannot be read: {err}"), hint));
            return;
        }
    };
    for entry in entries {
        match entry {
            Entry::Group(group) => {
                let mut forms: Vec<String> = Vec::new();
                for written in group.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
                    let form = written.to_lowercase();
                    if is_abbreviation(written) {
                        list.abbreviations.insert(form.clone());
                    }
                    if !forms.contains(&form) {
                        forms.push(form);
                    }
                }
                if forms.len() > 1 {
                    list.groups.push(forms);
                }
            }
            Entry::Remove { remove } => {
                let word = remove.trim().to_lowercase();
                list.groups.retain(|group| !group.contains(&word));
            }
        }
    }
}

impl Vocabulary {
    fn from_lists(lists: BTreeMap<String, List>) -> Vocabulary {
        let forms = lists
            .iter()
            .filter_map(|(lang, list)| {
                let (group, patterns): (Vec<usize>, Vec<&str>) = list.groups.iter().enumerate().flat_map(|(g, group)| group.iter().map(move |form| (g, form.as_str()))).unzip();
                let capitals = patterns.iter().map(|p| list.abbreviations.contains(*p)).collect();
                // A DFA (what the builder picks for this many forms anyway): every match,
                // overlapping, is wanted. ASCII capitals match as they are, so that most texts
                // need no lower-casing first.
                let automaton = AhoCorasick::builder().kind(Some(AhoCorasickKind::DFA)).ascii_case_insensitive(true).build(&patterns).ok()?;
                Some((lang.clone(), Forms { automaton, group, capitals }))
            })
            .collect();
        let groups = lists.into_iter().map(|(lang, list)| (lang, list.groups)).collect();
        Vocabulary { groups, forms }
    }

    pub fn load(config: &Config) -> (Vocabulary, Diagnostics) {
        let mut diagnostics = Diagnostics::new();
        let mut lists = BTreeMap::new();
        for language in &config.languages {
            let mut list = List::default();
            if let Some((_, text)) = BUILT_IN.iter().find(|(code, _)| *code == language.code) {
                let file = PathBuf::from("themes/default").join(DIR).join(format!("{}.yaml", language.code));
                add(&mut list, &file, text, &mut diagnostics);
            }
            let file = PathBuf::from(DIR).join(format!("{}.yaml", language.code));
            if let Ok(text) = std::fs::read_to_string(config.root.join(&file)) {
                add(&mut list, &file, &text, &mut diagnostics);
            }
            if !list.groups.is_empty() {
                lists.insert(language.code.clone(), list);
            }
        }
        (Vocabulary::from_lists(lists), diagnostics)
    }

    #[cfg(test)]
    fn groups(&self, lang: &str) -> &[Vec<String>] {
        self.groups.get(lang).map_or(&[], Vec::as_slice)
    }

    /// `html` with the other forms of each SEND word it uses written beside its first use,
    /// between [`OPEN`] and [`CLOSE`]: "an EHC plan ⟦ehcp, education, health and care
    /// plan⟧". Pagefind then finds the page by any form.
    ///
    /// Pagefind ranks a page by the sum of the weights of a word's uses (1 in text, 7 in
    /// the title down to 2 in an `h6`). So that the other forms rank the page as the form
    /// it uses does (annotating the first use alone, unweighted, dropped the EHC plans
    /// page out of the top three for "EHCP"), they carry the weight of all the uses they
    /// stand for; as Pagefind's highest weight is 10, a heavier sum is spread over the
    /// next uses too. The index so holds the forms a few times a page instead of at every
    /// use, and the excerpt fragments carry them once or twice. The theme's `search.js`
    /// takes them out of the excerpts it shows. Only text is changed, never tags or
    /// attributes.
    pub fn annotate(&self, lang: &str, html: &str) -> String {
        self.write(lang, html, &self.find(lang, html))
    }

    /// Where `html` uses the SEND words of `lang`, for [`Vocabulary::write`]: each run of
    /// text is searched once.
    pub fn find(&self, lang: &str, html: &str) -> Found {
        let (Some(groups), Some(forms)) = (self.groups.get(lang).filter(|g| !g.is_empty()), self.forms.get(lang)) else { return Found::default() };
        let mut owed = vec![0usize; groups.len()];
        let mut uses = Vec::new();
        for (text, weight) in texts(html) {
            let at = text.as_ptr() as usize - html.as_ptr() as usize;
            for (start, end, g) in matches(forms, text) {
                owed[g] += weight;
                uses.push((at + start, at + end, g));
            }
        }
        Found { uses, owed: owed.into_iter().enumerate().filter(|&(_, w)| w > 0).collect() }
    }

    /// `html` with the other forms of the words `found` in it ([`Vocabulary::find`] of the
    /// same `html` and `lang`) written in, as [`Vocabulary::annotate`] says.
    pub fn write(&self, lang: &str, html: &str, found: &Found) -> String {
        let Some(groups) = self.groups.get(lang).filter(|_| !found.uses.is_empty()) else { return html.to_string() };
        let mut owed: HashMap<usize, usize> = found.owed.iter().copied().collect();
        let mut out = String::with_capacity(html.len() + 256);
        let mut copied = 0; // bytes of `html`
        for &(start, end, g) in &found.uses {
            let Some(left) = owed.get_mut(&g).filter(|left| **left > 0) else { continue };
            let weight = (*left).min(MAX_WEIGHT);
            *left -= weight;
            out.push_str(&html[copied..end]);
            let form = html[start..end].to_lowercase();
            let others: Vec<&str> = groups[g].iter().filter(|f| **f != form).map(String::as_str).collect();
            out.push_str(&format!("<span data-pagefind-weight=\"{weight}\"> {OPEN}{}{CLOSE}</span>", others.join(", ")));
            copied = end;
        }
        out.push_str(&html[copied..]);
        out
    }
}

/// The SEND words a text uses: each use's start, end and group, in order, and the weight
/// of all the uses of each group used.
#[derive(Debug, Default, Clone)]
pub struct Found {
    uses: Vec<Use>,
    owed: Vec<(usize, usize)>,
}

/// The runs of text between the tags of `html`, each with the weight Pagefind gives the
/// words in it: 7 in an `h1` down to 2 in an `h6`, 1 elsewhere.
fn texts(html: &str) -> impl Iterator<Item = (&str, usize)> {
    let mut rest = html;
    let mut weight = 1;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            let text_end = rest.find('<').unwrap_or(rest.len());
            let text = &rest[..text_end];
            let here = weight;
            rest = &rest[text_end..];
            let tag_end = rest.find('>').map_or(rest.len(), |i| i + 1);
            let tag = &rest.as_bytes()[..tag_end];
            if let [b'<', b'/', b'h' | b'H', b'1'..=b'6', b'>', ..] = tag {
                weight = 1;
            } else if let [b'<', b'h' | b'H', level @ b'1'..=b'6', b'>' | b' ', ..] = tag {
                weight = usize::from(b'8' - level);
            }
            rest = &rest[tag_end..];
            if !text.is_empty() {
                return Some((text, here));
            }
        }
        None
    })
}

/// A use of a form in a run of text: its start and end, and its group.
type Use = (usize, usize, usize);

/// A language's forms as one automaton, the group of each of its patterns, and whether
/// a use of it must be in capitals (an abbreviation).
#[derive(Debug, Clone)]
struct Forms {
    automaton: AhoCorasick,
    group: Vec<usize>,
    capitals: Vec<bool>,
}

/// The uses of any form in one run of text, as (start, end, group): at each word start,
/// the longest form of any group that ends at a word's end.
fn matches(forms: &Forms, text: &str) -> Vec<Use> {
    // The automaton ignores ASCII case; other capitals (Ł, Ș) are lower-cased first.
    let lower = match text.is_ascii() || !text.chars().any(|c| !c.is_ascii() && c.is_uppercase()) {
        true => std::borrow::Cow::Borrowed(text),
        false => std::borrow::Cow::Owned(text.to_lowercase()),
    };
    if lower.len() != text.len() {
        // Lower-casing changed byte lengths (rare scripts): leave this run as it is.
        return Vec::new();
    }
    let whole_word = |start: usize, end: usize| {
        !lower[..start].chars().next_back().is_some_and(is_word_char) && !lower[end..].chars().next().is_some_and(is_word_char)
    };
    // Lower-casing kept every byte length, so the text's own letters are at the same place.
    let as_written = |start: usize, end: usize, pattern: usize| !forms.capitals[pattern] || text[start..end].chars().filter(|c| c.is_uppercase()).count() >= 2;
    // Every match, overlapping: the longest whole word at each start wins, and the next
    // use starts after it.
    let mut candidates: Vec<Use> = forms
        .automaton
        .find_overlapping_iter(&*lower)
        .filter(|m| whole_word(m.start(), m.end()) && as_written(m.start(), m.end(), m.pattern().as_usize()))
        .map(|m| (m.start(), m.end(), forms.group[m.pattern().as_usize()]))
        .collect();
    // Of two groups with the same form, the later wins: a site's own comes after the built-in.
    candidates.sort_by_key(|&(start, end, group)| (start, std::cmp::Reverse(end), std::cmp::Reverse(group)));
    let mut found: Vec<Use> = Vec::new();
    for candidate in candidates {
        if found.last().is_none_or(|&(_, end, _)| candidate.0 >= end) {
            found.push(candidate);
        }
    }
    found
}

/// A letter, digit or mark of a word, in any script (Bengali's virama, Arabic's vowel marks).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || matches!(c, '\u{200c}' | '\u{200d}') || unicode_properties::UnicodeGeneralCategory::general_category_group(c) == unicode_properties::GeneralCategoryGroup::Mark
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vocabulary {
        let mut list = List::default();
        add(&mut list, std::path::Path::new("en.yaml"), "- [EHCP, EHC plan, \"education, health and care plan\"]\n- [SaLT, speech and language therapy, speech therapy]\n", &mut Diagnostics::new());
        Vocabulary::from_lists([("en".to_string(), list)].into())
    }

    fn loaded(files: &[(&str, &str)]) -> (Vocabulary, Diagnostics) {
        let dir = tempfile::tempdir().unwrap();
        let yaml = "title: T\nbase_url: https://example.org/\ndefault_language: en\nlanguages: [{ code: en, name: English }, { code: pl, name: Polski }, { code: so, name: Soomaali }]\n";
        std::fs::write(dir.path().join("site.yaml"), yaml).unwrap();
        std::fs::create_dir(dir.path().join(DIR)).unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(DIR).join(name), text).unwrap();
        }
        Vocabulary::load(&Config::load(dir.path(), None).unwrap())
    }

    #[test]
    fn the_built_in_vocabulary_serves_a_site_without_one_and_a_site_adds_and_removes() {
        let (built_in, diagnostics) = loaded(&[]);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let has = |v: &Vocabulary, lang: &str, word: &str| v.groups(lang).iter().any(|g| g.iter().any(|f| f == word));
        assert!(has(&built_in, "en", "ehcp") && has(&built_in, "en", "pfa") && has(&built_in, "pl", "ehcp"));
        assert!(built_in.groups("so").is_empty(), "no built-in Somali");
        let (own, diagnostics) = loaded(&[("en.yaml", "- [SENDIAS, AnytownSENDIAS]\n- remove: PfA\n"), ("so.yaml", "- [EHCP, qorshaha EHC]\n")]);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert!(has(&own, "en", "anytownsendias") && has(&own, "en", "ehcp"), "added beside the built-in groups");
        assert!(!has(&own, "en", "pfa") && !has(&own, "en", "preparing for adulthood"), "the whole group is removed");
        assert!(has(&own, "so", "qorshaha ehc"));
        let (_, diagnostics) = loaded(&[("en.yaml", "- [a, b]\n- remove: [x\n")]);
        assert_eq!(diagnostics.error_count(), 1);
        assert!(diagnostics.iter().next().unwrap().to_string().starts_with("vocabulary/en.yaml:3:1: the vocabulary cannot be read"), "{diagnostics:?}");
    }

    #[test]
    fn the_first_use_gets_the_other_forms_weighted_by_the_uses_they_stand_for() {
        let v = vocabulary();
        assert_eq!(
            v.annotate("en", "<p>Ask for an EHCP. The <b>EHC plan</b> helps.</p>"),
            "<p>Ask for an EHCP<span data-pagefind-weight=\"2\"> ⟦ehc plan, education, health and care plan⟧</span>. The <b>EHC plan</b> helps.</p>"
        );
        assert_eq!(v.annotate("en", "Our Speech and Language Therapy team."), "Our Speech and Language Therapy<span data-pagefind-weight=\"1\"> ⟦salt, speech therapy⟧</span> team.");
    }

    #[test]
    fn past_pagefinds_highest_weight_the_forms_are_written_again() {
        let v = vocabulary();
        let annotated = v.annotate("en", &format!("<h1>SaLT</h1><h2 id=\"a\">SaLT</h2><p>{}</p>", "SaLT. ".repeat(10)));
        let forms = "⟦speech and language therapy, speech therapy⟧</span>";
        let weights: Vec<&str> = annotated.match_indices("weight=\"").map(|(i, _)| &annotated[i + 8..i + 10]).collect();
        assert_eq!(weights, ["10", "10", "3\""], "7 for the title, 6 for the heading, 1 for each use in the text: {annotated}");
        assert_eq!(annotated.matches(forms).count(), 3);
        assert!(annotated.starts_with(&format!("<h1>SaLT<span data-pagefind-weight=\"10\"> {forms}</h1><h2 id=\"a\">SaLT<span data-pagefind-weight=\"10\"> {forms}</h2><p>SaLT<span data-pagefind-weight=\"3\"> {forms}. SaLT. ")), "{annotated}");
    }

    #[test]
    fn only_whole_words_in_text_match() {
        let v = vocabulary();
        assert_eq!(v.annotate("en", "The salty sea."), "The salty sea.");
        assert_eq!(v.annotate("en", "Salt and pepper, salt."), "Salt and pepper, salt.", "an abbreviation is used in capitals");
        assert!(v.annotate("en", "SALT and Ehcp and EHCP.").matches('⟦').count() == 2);
        assert_eq!(v.annotate("en", "<a href=\"/salt/\">A plan</a>"), "<a href=\"/salt/\">A plan</a>");
        assert_eq!(v.annotate("ur", "EHCP"), "EHCP");
    }

    #[test]
    fn capitals_match_in_any_script() {
        let mut list = List::default();
        add(&mut list, std::path::Path::new("pl.yaml"), "- [logopeda, terapia mowy, łódź]
", &mut Diagnostics::new());
        let v = Vocabulary::from_lists([("pl".to_string(), list)].into());
        for text in ["Terapia mowy dla dzieci.", "Zespół: LOGOPEDA.", "ŁÓDŹ i terapia", "Łódź, ŁÓDŹ."] {
            assert_eq!(v.annotate("pl", text).matches('⟦').count(), 1, "{text}");
        }
    }

    /// The built-in groups of `lang` as written in its file.
    fn written(lang: &str) -> Vec<Vec<String>> {
        let text = BUILT_IN.iter().find(|(code, _)| *code == lang).unwrap().1;
        serde_yaml::from_str::<Vec<Entry>>(text).unwrap().into_iter().filter_map(|e| if let Entry::Group(g) = e { Some(g) } else { None }).collect()
    }

    fn built_in(lang: &str) -> Vocabulary {
        let mut list = List::default();
        let mut diagnostics = Diagnostics::new();
        add(&mut list, std::path::Path::new("built-in.yaml"), BUILT_IN.iter().find(|(code, _)| *code == lang).unwrap().1, &mut diagnostics);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        Vocabulary::from_lists([(lang.to_string(), list)].into())
    }

    /// The words a query is looked up by, as Pagefind's WebAssembly makes them.
    fn query_words(words: &super::super::words::Words, query: &str) -> Vec<String> {
        query.split_whitespace().filter_map(|w| words.of_text(w).into_iter().find(|f| !f.part)).map(|f| f.stemmed).collect()
    }

    /// Every entry of every built-in vocabulary, both ways: a page that uses any form of a
    /// group, as written in the file, is indexed with the words of each other form, so a
    /// search for any of them finds it.
    #[test]
    fn every_built_in_entry_finds_a_page_by_each_of_its_forms() {
        let mut failures = Vec::new();
        for (lang, _) in BUILT_IN {
            let vocabulary = built_in(lang);
            let words = super::super::words::Words::new(lang);
            for group in written(lang) {
                for used in &group {
                    let annotated = vocabulary.annotate(lang, &format!("<p>Text {used} text.</p>"));
                    let digest = super::super::digest::digest(&annotated);
                    let indexed: HashSet<String> = digest.text.split_whitespace().flat_map(|w| words.of_text(w)).map(|f| f.stemmed).collect();
                    for other in group.iter().filter(|o| o != &used) {
                        let missing: Vec<String> = query_words(&words, other).into_iter().filter(|w| !indexed.contains(w)).collect();
                        if !missing.is_empty() {
                            failures.push(format!("{lang}: a page saying \"{used}\" is not found by \"{other}\" (missing {missing:?})"));
                        }
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn a_form_is_in_one_group_only() {
        for (lang, _) in BUILT_IN {
            let mut seen: BTreeMap<String, usize> = BTreeMap::new();
            for (g, group) in built_in(lang).groups(lang).iter().enumerate() {
                for form in group {
                    assert_eq!(*seen.entry(form.clone()).or_insert(g), g, "{lang}: \"{form}\" is in two groups, so one of them never annotates it");
                }
            }
        }
    }

    /// The abbreviations of Luton's pages and of the SEND Code of Practice, in every
    /// language, with another form: in English, its expansion; in the other languages,
    /// the language's own words, and the English name of what has no name of its own
    /// there (IPSEA, DLA, PIP...). The English expansions are not repeated in the other
    /// languages where they have their own: every form written beside a page's words is
    /// downloaded with its excerpt.
    #[test]
    fn the_send_abbreviations_are_in_every_language() {
        let expected = [
            ("salt", "speech and language therapy"),
            ("ot", "occupational therapy"),
            ("camhs", "child and adolescent mental health services"),
            ("senco", ""),
            ("ehcp", "ehc plan"),
            ("ehcna", "ehc needs assessment"),
            ("pfa", "preparing for adulthood"),
            ("sendias", ""),
            ("ipsea", "independent provider of special education advice"),
            ("la", "local authority"),
            ("dla", "disability living allowance"),
            ("pip", "personal independence payment"),
            ("eotas", "education otherwise than at school"),
            ("send", ""),
            ("sen", ""),
            ("adhd", ""),
            ("asd", ""),
            ("pmld", ""),
            ("semh", ""),
        ];
        for (lang, _) in BUILT_IN {
            let vocabulary = built_in(lang);
            for (abbreviation, expansion) in expected {
                let group = vocabulary.groups(lang).iter().find(|g| g.iter().any(|f| f == abbreviation));
                let group = group.unwrap_or_else(|| panic!("{lang}: no group for {abbreviation}"));
                assert!(group.len() > 1, "{lang}: {abbreviation} has no other form");
                let english_only = ["ipsea", "la", "dla", "pip", "eotas"].contains(&abbreviation);
                let spelt_out = *lang == "en" || english_only;
                assert!(expansion.is_empty() || !spelt_out || group.iter().any(|f| f == expansion), "{lang}: {abbreviation} is not spelt out as {expansion}: {group:?}");
            }
        }
    }
}
