//! One page read for the index: its fragment, compressed, and each word it uses with its
//! positions, already packed as the word files store them.
//!
//! Pages are read on every core; [`super::bundle`] then appends each page's words to the
//! language's words in page order, which is only copying bytes. So that the pages' words
//! need no hashing of strings there, each word is numbered once per language (a
//! [`Numbers`] table shared by the threads); each thread remembers the forms and numbers
//! of every raw word it has read ([`Reader`]), so the stemmer and the shared table are
//! consulted once per distinct word and thread.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock, Mutex};

use hashbrown::HashMap;
use regex::Regex;
use serde::Serialize;

use super::digest::{digest, normalize_content};
use super::spelling::surface_words;
use super::format::{gzip, sha1_hex, write_locations, write_meta_locations, Level};
use super::words::{IndexWord, Words};

/// A page to index.
#[derive(Clone)]
pub struct Page {
    pub url: String,
    /// The HTML of what is indexed: title, description and body.
    pub body: String,
    /// Metadata shown with a result (its title), by name, as HTML text.
    pub meta: BTreeMap<String, String>,
    /// Filter values as HTML text, by filter name, in the order the page gives them.
    pub filters: BTreeMap<String, Vec<String>>,
}

/// Pagefind's multiplier from a `data-pagefind-weight` to the weight it stores.
const WEIGHT_SCALE: f32 = 24.0;
const MAX_WEIGHT: f32 = 10.0;

/// The number of "no accented form": a word's entry under its plain form.
pub const PLAIN: u32 = 0;

static PRIVATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"___PAGEFIND_[\S]+\s?").expect("a valid pattern"));

/// The numbers of one language's words and accented forms, in the order first met
/// (which differs between runs: only the words themselves reach the files).
/// Word -> its number, and the words by number.
type Table = (HashMap<String, u32>, Vec<Arc<str>>);

pub struct Numbers(Mutex<Table>);

impl Default for Numbers {
    fn default() -> Numbers {
        Numbers::new()
    }
}

impl Numbers {
    pub fn new() -> Numbers {
        Numbers(Mutex::new((HashMap::new(), vec![Arc::from("")])))
    }

    fn number(&self, word: &str) -> (u32, Arc<str>) {
        let mut table = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let (numbers, words) = &mut *table;
        if let Some(&n) = numbers.get(word) {
            return (n, Arc::clone(&words[n as usize]));
        }
        let n = u32::try_from(words.len()).expect("fewer than 4 billion words");
        let shared: Arc<str> = Arc::from(word);
        numbers.insert(word.to_string(), n);
        words.push(Arc::clone(&shared));
        (n, shared)
    }

    /// Every word by its number.
    pub fn into_words(self) -> Vec<Arc<str>> {
        self.0.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner()).1
    }
}

/// One form a raw word is indexed under, by number.
#[derive(Clone)]
struct Form {
    stem: u32,
    /// The accented form's number, or [`PLAIN`].
    form: u32,
    part: bool,
}

/// What one thread remembers of a raw word of a page's text.
struct Known {
    forms: Vec<Form>,
    /// The numbers of its words for the spelling list ([`super::spelling`]).
    spelling: Vec<u32>,
}

/// What one thread remembers of the words it has read.
pub struct Reader {
    words: Words,
    text: HashMap<String, Known>,
    meta: HashMap<String, Vec<Form>>,
    /// The accented forms by number, to put a page's in the order Pagefind adds them.
    names: HashMap<u32, Arc<str>>,
}

impl Reader {
    pub fn new(words: Words) -> Reader {
        Reader { words, text: HashMap::new(), meta: HashMap::new(), names: HashMap::new() }
    }

    fn number(names: &mut HashMap<u32, Arc<str>>, numbers: &Numbers, forms: Vec<IndexWord>) -> Vec<Form> {
        forms
            .into_iter()
            .map(|w| {
                let form = w.original.map_or(PLAIN, |original| {
                    let (n, name) = numbers.number(&original);
                    names.insert(n, name);
                    n
                });
                Form { stem: numbers.number(&w.stemmed).0, form, part: w.part }
            })
            .collect()
    }

    /// A raw word of a page's text: one lookup for both what it is indexed under and
    /// its words for the spelling list.
    fn text_word(&mut self, raw: &str, numbers: &Numbers) -> &Known {
        let Reader { words, text, names, .. } = self;
        text.entry_ref(raw).or_insert_with(|| Known {
            forms: Self::number(names, numbers, words.of_text(raw)),
            spelling: surface_words(raw).map(|w| numbers.number(&w).0).collect(),
        })
    }

    fn meta_forms(&mut self, raw: &str, numbers: &Numbers) -> &[Form] {
        let Reader { words, meta, names, .. } = self;
        meta.entry_ref(raw).or_insert_with(|| Self::number(names, numbers, words.of_meta(raw)))
    }
}

/// A page as the index keeps it.
pub struct PageIndex {
    /// The page's address, as [`Page::url`].
    pub url: String,
    /// The fragment file, compressed, and `<lang>_<SHA-1 of its JSON>`.
    pub fragment: Vec<u8>,
    pub fragment_name: String,
    pub word_count: usize,
    /// Its metadata fields, by name.
    pub fields: Vec<String>,
    /// Its words, each with the bytes of its entry in [`Self::packed`] up to `end`.
    pub entries: Vec<Entry>,
    /// The packed positions of every entry, one after the other: for each, the body
    /// positions and the metadata positions, as the CBOR arrays of a word file.
    pub packed: Vec<u8>,
    pub filters: BTreeMap<String, Vec<String>>,
    /// The words of its text for the spelling list, by number, each once.
    pub spelling: Vec<u32>,
}

/// One word's (or accented form's) entry on a page.
pub struct Entry {
    pub stem: u32,
    pub form: u32,
    /// How much it adds to its chunk: its positions and one.
    pub size: u32,
    pub end: u32,
}

#[derive(Serialize)]
struct Fragment<'a> {
    url: &'a str,
    content: String,
    word_count: usize,
    filters: &'a BTreeMap<String, Vec<String>>,
    meta: BTreeMap<String, String>,
    anchors: Vec<Anchor>,
}

#[derive(Serialize)]
struct Anchor {
    element: String,
    id: String,
    text: String,
    location: u32,
}

/// A use of a word in the body: (stem, form, position, weight).
type Use = (u32, u32, u32, u8);
/// A use of a word in the metadata: (stem, form, field, position).
type MetaUse = (u32, u32, u16, u32);

/// Reads `page` of language `lang`; `fields` are the metadata fields of the language's
/// pages, by which metadata positions are numbered (a page with another field is read
/// as if it were not there: [`super::bundle`] then reads every page again with the right
/// list). `None` for a page without words, which Pagefind leaves out.
pub fn read_page(reader: &mut Reader, numbers: &Numbers, lang: &str, fields: &[String], page: &Page) -> Option<PageIndex> {
    let digest = digest(&page.body);
    let mut meta: BTreeMap<String, String> = page.meta.iter().map(|(k, v)| (k.clone(), tidy(&normalize_content(v)))).collect();
    if let Some((src, alt)) = digest.image {
        if !meta.contains_key("image") {
            meta.insert("image".into(), tidy(&src));
            meta.insert("image_alt".into(), tidy(&alt));
        }
    }
    let filters = page.filters.iter().map(|(k, values)| (k.clone(), values.iter().map(|v| tidy(&normalize_content(v))).collect())).collect::<BTreeMap<_, Vec<_>>>();

    let mut uses: Vec<Use> = Vec::new();
    let mut content = String::with_capacity(digest.text.len());
    let mut anchors = Vec::new();
    let mut weights: Vec<u8> = vec![WEIGHT_SCALE as u8];
    let mut position: u32 = 0;
    let mut last_position: u32 = 0;
    // Searching each word for a zero-width space costs more than searching the text once.
    let zero_width = digest.text.contains('\u{200B}');
    let mut spelling: Vec<u32> = Vec::new();
    for word in digest.text.split_whitespace() {
        if word.starts_with('_') {
            if let Some(anchor) = word.strip_prefix("___PAGEFIND_ANCHOR___") {
                if let Some((element, key)) = anchor.split_once(':') {
                    let text = digest.anchors.get(key).map(|t| normalize_content(t)).unwrap_or_default();
                    if let Some((_, id)) = key.split_once(':') {
                        anchors.push(Anchor { element: element.to_string(), id: id.to_string(), text: normalize_content(&text), location: position });
                    }
                }
                continue;
            }
            if let Some(weight) = word.strip_prefix("___PAGEFIND_WEIGHT___") {
                let weight = weight.parse::<f32>().unwrap_or(1.0);
                weights.push(if weight <= 0.0 { 0 } else { ((weight.clamp(0.0, MAX_WEIGHT) * WEIGHT_SCALE) as u8).max(1) });
                continue;
            }
            if let Some(weight) = word.strip_prefix("___PAGEFIND_AUTO_WEIGHT___") {
                // A heading's weight applies unless it sits in an element weighted by hand.
                let weight = if weights.len() == 1 { (weight.parse::<f32>().unwrap_or(1.0).clamp(0.0, MAX_WEIGHT) * WEIGHT_SCALE) as u8 } else { weights.last().copied().unwrap_or_default() };
                weights.push(weight);
                continue;
            }
            if word.starts_with("___END_PAGEFIND_WEIGHT___") {
                weights.pop();
                continue;
            }
        }
        let base = if zero_width && word.contains('\u{200B}') { Cow::Owned(word.replace('\u{200B}', "")) } else { Cow::Borrowed(word) };
        if base.is_empty() {
            continue;
        }
        content.push_str(&base);
        content.push(' ');
        let weight = weights.last().copied().unwrap_or(1);
        let known = reader.text_word(&base, numbers);
        let parts = known.forms.iter().filter(|f| f.part).count();
        let part_weight = if parts > 0 && weight > 0 { (weight / u8::try_from(parts).unwrap_or(u8::MAX)).max(1) } else { 0 };
        uses.extend(known.forms.iter().map(|f| (f.stem, f.form, position, if f.part { part_weight } else { weight })));
        spelling.extend_from_slice(&known.spelling);
        last_position = position;
        position += 1;
    }
    if uses.is_empty() {
        return None;
    }
    if content.ends_with(' ') {
        content.pop();
    }
    let mut meta_uses: Vec<MetaUse> = Vec::new();
    for (name, value) in &meta {
        let field = fields.iter().position(|f| f == name).unwrap_or_default() as u16;
        for (at, raw) in value.split_whitespace().enumerate() {
            meta_uses.extend(reader.meta_forms(raw, numbers).iter().map(|f| (f.stem, f.form, field, at as u32)));
        }
    }
    let (entries, packed) = pack(&reader.names, uses, meta_uses);
    spelling.sort_unstable();
    spelling.dedup();

    let word_count = last_position as usize + 1;
    let page_fields = meta.keys().cloned().collect();
    let fragment = Fragment { url: &page.url, content, word_count, filters: &filters, meta, anchors };
    let json = serde_json::to_vec(&fragment).expect("a fragment is plain data");
    let fragment_name = format!("{lang}_{}", sha1_hex(&json));
    Some(PageIndex { url: page.url.clone(), fragment: gzip(&json, Level::Fast), fragment_name, word_count, fields: page_fields, entries, packed, filters, spelling })
}

/// The page's entries, in the order Pagefind adds them to its words: for each word, its
/// plain entry (body and metadata positions together), then its accented forms found in
/// the body, by form, then those found only in the metadata, by form.
fn pack(names: &HashMap<u32, Arc<str>>, mut uses: Vec<Use>, mut meta_uses: Vec<MetaUse>) -> (Vec<Entry>, Vec<u8>) {
    // By word and form, then by position (and weight, or field and position): the order
    // they were read in, so that `write_locations` seldom has to sort them. Whole tuples
    // need no stable sort; the uses are sorted as one number each, compared in one step.
    let mut keys: Vec<u128> = uses.iter().map(|&(stem, form, at, weight)| u128::from(stem) << 96 | u128::from(form) << 64 | u128::from(at) << 32 | u128::from(weight)).collect();
    keys.sort_unstable();
    uses.clear();
    uses.extend(keys.iter().map(|&k| ((k >> 96) as u32, (k >> 64) as u32, (k >> 32) as u32, k as u8)));
    meta_uses.sort_unstable();
    let mut entries = Vec::new();
    let mut packed = Vec::new();
    let (mut text_at, mut meta_at) = (Vec::new(), Vec::new());
    let mut push = |stem: u32, form: u32, text: &[Use], meta: &[MetaUse]| {
        text_at.clear();
        text_at.extend(text.iter().map(|u| (u.2, u.3)));
        meta_at.clear();
        meta_at.extend(meta.iter().map(|u| (u.2, u.3)));
        let size = write_locations(&mut text_at, &mut packed) + write_meta_locations(&mut meta_at, &mut packed) + 1;
        entries.push(Entry { stem, form, size: size as u32, end: packed.len() as u32 });
    };
    let (mut t, mut m) = (&uses[..], &meta_uses[..]);
    while let Some(stem) = t.first().map(|u| u.0).into_iter().chain(m.first().map(|u| u.0)).min() {
        let text_end = t.iter().position(|u| u.0 != stem).unwrap_or(t.len());
        let meta_end = m.iter().position(|u| u.0 != stem).unwrap_or(m.len());
        let (text, meta) = (&t[..text_end], &m[..meta_end]);
        (t, m) = (&t[text_end..], &m[meta_end..]);
        let plain_text = text.iter().take_while(|u| u.1 == PLAIN).count();
        let plain_meta = meta.iter().take_while(|u| u.1 == PLAIN).count();
        if plain_text + plain_meta > 0 {
            push(stem, PLAIN, &text[..plain_text], &meta[..plain_meta]);
        }
        let name = |form: u32| names.get(&form).map_or("", |n| &**n);
        let mut in_text: Vec<(&str, u32, &[Use], &[MetaUse])> = Vec::new();
        for group in text[plain_text..].chunk_by(|a, b| a.1 == b.1) {
            let form = group[0].1;
            let start = meta.iter().position(|u| u.1 == form);
            let meta = start.map_or(&[][..], |s| &meta[s..s + meta[s..].iter().take_while(|u| u.1 == form).count()]);
            in_text.push((name(form), form, group, meta));
        }
        in_text.sort_by(|a, b| a.0.cmp(b.0));
        let mut only_meta: Vec<(&str, u32, &[MetaUse])> = Vec::new();
        for group in meta[plain_meta..].chunk_by(|a, b| a.1 == b.1) {
            let form = group[0].1;
            if !in_text.iter().any(|v| v.1 == form) {
                only_meta.push((name(form), form, group));
            }
        }
        only_meta.sort_by(|a, b| a.0.cmp(b.0));
        for (_, form, text, meta) in in_text {
            push(stem, form, text, meta);
        }
        for (_, form, meta) in only_meta {
            push(stem, form, &[], meta);
        }
    }
    (entries, packed)
}

/// Metadata and filter values without Pagefind's private markers.
fn tidy(value: &str) -> String {
    PRIVATE.replace_all(value, "").into_owned()
}
