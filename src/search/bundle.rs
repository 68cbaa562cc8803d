//! One language's search index, in the files of Pagefind 1.6's format, written here.
//!
//! Pagefind's own indexer reads every page as HTML, keeps each page's words in its own map,
//! copies each page once more on the way in, and compresses every file at the highest
//! level: on our example site it took most of the build, and at 10,000 pages most of the
//! memory. The format itself is small and documented by Pagefind's source: this module
//! writes the same files from the pages we have in hand.
//!
//! 1. Each page is read into a fragment (its address, text, filters, title and anchors, as
//!    JSON) and its words with their positions and weights ([`read_page`], on every core).
//! 2. The pages' words are merged, in page order, into one map from word to pages.
//! 3. The words are sorted and cut into chunks of about [`super::format::CHUNK_SIZE`] locations, each a
//!    CBOR file; the filters are one CBOR file each; the metadata file lists the pages,
//!    the chunks and the filters.
//! 4. Every file is gzip-compressed behind Pagefind's `pagefind_dcd` signature and named
//!    by the SHA-1 of its content, as Pagefind names them.
//!
//! The tests index the same pages with Pagefind's own indexer and compare every byte of
//! every file, uncompressed (we compress faster), with Pagefind's chunk size (ours is
//! smaller, so that a search downloads less).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use hashbrown::HashMap;
use rayon::prelude::*;
use regex::Regex;
use serde::Serialize;

use super::digest::{digest, normalize_content};
use super::format::{cbor, chunk, chunk_ranges, delta_pages, gzip, locations, meta_locations, sha1_hex, unique_name};
use super::format::{FilterIndex, MetaFilter, MetaIndex, MetaPage, PackedPage, PackedValue, PackedVariant, PackedWord, WordIndex};
use super::words::Words;

/// Pagefind's multiplier from a `data-pagefind-weight` to the weight it stores.
const WEIGHT_SCALE: f32 = 24.0;
const MAX_WEIGHT: f32 = 10.0;

static PRIVATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"___PAGEFIND_[\S]+\s?").expect("a valid pattern"));

/// A page to index.
pub struct Page {
    pub url: String,
    /// The HTML of what is indexed: title, description and body.
    pub body: String,
    /// Metadata shown with a result (its title), by name, as HTML text.
    pub meta: BTreeMap<String, String>,
    /// Filter values as HTML text, by filter name, in the order the page gives them.
    pub filters: BTreeMap<String, Vec<String>>,
}

/// A language's index: its files (named as under the bundle folder) and what the entry
/// file says of it.
pub struct Bundle {
    pub files: Vec<(String, Vec<u8>)>,
    /// The name of the metadata file, `<lang>_<hash>`.
    pub hash: String,
    pub page_count: usize,
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

/// What one page gives the index.
struct PageWords {
    fragment: String,
    word_count: usize,
    /// Its metadata fields, in order: meta positions name them by their place here.
    fields: Vec<String>,
    /// Each word it uses, by its indexed form.
    words: HashMap<String, PageWord>,
    filters: BTreeMap<String, Vec<String>>,
}

#[derive(Default)]
struct PageWord {
    /// (position, weight) where the word is written as indexed.
    text: Vec<(u32, u8)>,
    /// The same for each accented form.
    text_variants: BTreeMap<String, Vec<(u32, u8)>>,
    /// (field, position) in the metadata.
    meta: Vec<(u16, u32)>,
    meta_variants: BTreeMap<String, Vec<(u16, u32)>>,
}

/// Indexes `pages` of language `lang` (Pagefind's language code: lower case).
/// `version` is the Pagefind version its WebAssembly expects ([`super::PAGEFIND_VERSION`]).
pub fn build(lang: &str, version: &str, pages: &[Page]) -> Bundle {
    build_chunked(lang, version, pages, super::format::CHUNK_SIZE)
}

fn build_chunked(lang: &str, version: &str, pages: &[Page], chunk_size: usize) -> Bundle {
    let started = std::time::Instant::now();
    let read: Vec<PageWords> = pages.par_iter().map_init(|| Words::new(lang), read_page).flatten().collect();
    log::debug!("search index, {lang}: {} pages read in {:?}", read.len(), started.elapsed());
    write(lang, version, read, chunk_size)
}

/// Reads a page's digest into its fragment and words; `None` for a page without words,
/// which Pagefind leaves out.
fn read_page(words: &mut Words, page: &Page) -> Option<PageWords> {
    let digest = digest(&page.body);
    let mut meta: BTreeMap<String, String> = page.meta.iter().map(|(k, v)| (k.clone(), tidy(&normalize_content(v)))).collect();
    if let Some((src, alt)) = digest.image {
        if !meta.contains_key("image") {
            meta.insert("image".into(), tidy(&src));
            meta.insert("image_alt".into(), tidy(&alt));
        }
    }
    let filters = page.filters.iter().map(|(k, values)| (k.clone(), values.iter().map(|v| tidy(&normalize_content(v))).collect())).collect::<BTreeMap<_, Vec<_>>>();

    let mut found: HashMap<String, PageWord> = HashMap::new();
    let mut content = String::with_capacity(digest.text.len());
    let mut anchors = Vec::new();
    let mut weights: Vec<u8> = vec![WEIGHT_SCALE as u8];
    let mut position: u32 = 0;
    let mut last_position: u32 = 0;
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
        let base = word.replace('\u{200B}', "");
        if base.is_empty() {
            continue;
        }
        content.push_str(&base);
        content.push(' ');
        let weight = weights.last().copied().unwrap_or(1);
        let forms = words.of_text(&base);
        let parts = forms.iter().filter(|f| f.part).count();
        let part_weight = if parts > 0 && weight > 0 { (weight / u8::try_from(parts).unwrap_or(u8::MAX)).max(1) } else { 0 };
        for form in forms {
            let entry = found.entry_ref(form.stemmed.as_str()).or_default();
            let at = (position, if form.part { part_weight } else { weight });
            match &form.original {
                None => entry.text.push(at),
                Some(original) => entry.text_variants.entry(original.clone()).or_default().push(at),
            }
        }
        last_position = position;
        position += 1;
    }
    if found.is_empty() {
        return None;
    }
    if content.ends_with(' ') {
        content.pop();
    }
    let fields: Vec<String> = meta.keys().cloned().collect();
    for (field, value) in meta.values().enumerate() {
        for (at, raw) in value.split_whitespace().enumerate() {
            for form in words.of_meta(raw) {
                let entry = found.entry(form.stemmed).or_default();
                let at = (field as u16, at as u32);
                match form.original {
                    None => entry.meta.push(at),
                    Some(original) => entry.meta_variants.entry(original).or_default().push(at),
                }
            }
        }
    }
    let word_count = last_position as usize + 1;
    let fragment = Fragment { url: &page.url, content, word_count, filters: &filters, meta, anchors };
    let fragment = serde_json::to_string(&fragment).expect("a fragment is plain data");
    Some(PageWords { fragment, word_count, fields, words: found, filters })
}

/// Metadata and filter values without Pagefind's private markers.
fn tidy(value: &str) -> String {
    PRIVATE.replace_all(value, "").into_owned()
}

/// Merges the pages' words and writes the language's files.
fn write(lang: &str, version: &str, pages: Vec<PageWords>, chunk_size: usize) -> Bundle {
    let started = std::time::Instant::now();
    let fields: Vec<String> = pages.iter().flat_map(|p| p.fields.iter().cloned()).collect::<BTreeSet<_>>().into_iter().collect();
    let mut words: HashMap<String, PackedWord> = HashMap::new();
    let mut filters: BTreeMap<String, BTreeMap<String, Vec<usize>>> = BTreeMap::new();
    let mut fragments: Vec<(String, String, usize)> = Vec::with_capacity(pages.len());
    let mut fragment_names: HashMap<String, String> = HashMap::new();
    let prefix = lang.len() + 8;
    for (number, page) in pages.into_iter().enumerate() {
        let field_ids: Vec<u16> = page.fields.iter().map(|f| fields.iter().position(|g| g == f).expect("every field is listed") as u16).collect();
        for (stemmed, found) in page.words {
            let word = words.entry(stemmed).or_insert_with_key(|stemmed| PackedWord { word: stemmed.clone(), ..PackedWord::default() });
            let meta = meta_locations(found.meta.iter().map(|&(f, at)| (field_ids[f as usize], at)).collect());
            if !found.text.is_empty() {
                word.pages.push(PackedPage { page_number: number, locs: locations(found.text), meta_locs: Vec::new() });
            }
            if !meta.is_empty() {
                match word.pages.last_mut().filter(|p| p.page_number == number) {
                    Some(page) => page.meta_locs = meta,
                    None => word.pages.push(PackedPage { page_number: number, locs: Vec::new(), meta_locs: meta }),
                }
            }
            for (form, at) in found.text_variants {
                let page = PackedPage { page_number: number, locs: locations(at), meta_locs: Vec::new() };
                match word.additional_variants.iter_mut().find(|v| v.form == form) {
                    Some(variant) => variant.pages.push(page),
                    None => word.additional_variants.push(PackedVariant { form, pages: vec![page] }),
                }
            }
            for (form, at) in found.meta_variants {
                let meta_locs = meta_locations(at.iter().map(|&(f, at)| (field_ids[f as usize], at)).collect());
                match word.additional_variants.iter_mut().find(|v| v.form == form) {
                    Some(variant) => match variant.pages.last_mut().filter(|p| p.page_number == number) {
                        Some(page) => page.meta_locs = meta_locs,
                        None => variant.pages.push(PackedPage { page_number: number, locs: Vec::new(), meta_locs }),
                    },
                    None => word.additional_variants.push(PackedVariant { form, pages: vec![PackedPage { page_number: number, locs: Vec::new(), meta_locs }] }),
                }
            }
        }
        for (filter, values) in page.filters {
            for value in values {
                filters.entry(filter.clone()).or_default().entry(value).or_default().push(number);
            }
        }
        let full = format!("{lang}_{}", sha1_hex(page.fragment.as_bytes()));
        let name = unique_name(&full, prefix, |name| fragment_names.contains_key(name));
        fragment_names.insert(name.clone(), full);
        fragments.push((name, page.fragment, page.word_count));
    }

    let mut meta = MetaIndex { version: version.to_string(), pages: Vec::new(), index_chunks: Vec::new(), filters: Vec::new(), sorts: Vec::new(), meta_fields: fields };
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for (name, _, word_count) in &fragments {
        meta.pages.push(MetaPage { hash: name.clone(), word_count: *word_count as u32, group_hash: String::new() });
    }
    let page_count = fragments.len();

    let mut filter_names: BTreeSet<String> = BTreeSet::new();
    for (filter, values) in filters {
        let values = values.into_iter().map(|(value, pages)| PackedValue { value, pages }).collect();
        let bytes = cbor(&FilterIndex { filter: filter.clone(), values });
        let full = format!("{lang}_{}", sha1_hex(&bytes));
        let name = unique_name(&full, prefix, |name| filter_names.contains(name));
        filter_names.insert(name.clone());
        meta.filters.push(MetaFilter { filter, hash: name.clone() });
        files.push((format!("filter/{name}.pf_filter"), bytes));
    }

    log::debug!("search index, {lang}: {} words merged in {:?}", words.len(), started.elapsed());
    let mut words: Vec<PackedWord> = words.into_values().collect();
    words.sort_unstable_by(|a, b| a.word.cmp(&b.word));
    let chunks = chunk(words, chunk_size);
    meta.index_chunks = chunk_ranges(&chunks);
    let encoded: Vec<Vec<u8>> = chunks.into_par_iter().map(|mut chunk| {
        for word in &mut chunk {
            delta_pages(&mut word.pages);
            for variant in &mut word.additional_variants {
                delta_pages(&mut variant.pages);
            }
        }
        cbor(&WordIndex { words: &chunk })
    }).collect();
    let mut chunk_names: BTreeSet<String> = BTreeSet::new();
    for (i, bytes) in encoded.into_iter().enumerate() {
        let full = format!("{lang}_{}", sha1_hex(&bytes));
        let name = unique_name(&full, prefix, |name| chunk_names.contains(name));
        chunk_names.insert(name.clone());
        meta.index_chunks[i].hash = name.clone();
        files.push((format!("index/{name}.pf_index"), bytes));
    }

    log::debug!("search index, {lang}: {} chunks encoded in {:?}", meta.index_chunks.len(), started.elapsed());
    let bytes = cbor(&meta);
    let hash = format!("{lang}_{}", &sha1_hex(&bytes)[..prefix]);
    files.push((format!("pagefind.{hash}.pf_meta"), bytes));
    files.extend(fragments.into_iter().map(|(name, json, _)| (format!("fragment/{name}.pf_fragment"), json.into_bytes())));
    let files = files.into_par_iter().map(|(name, bytes)| (name, gzip(&bytes))).collect();
    log::debug!("search index, {lang}: compressed in {:?}", started.elapsed());
    Bundle { files, hash, page_count }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::io::Read;

    fn page(url: &str, body: &str, title: &str, filters: &[(&str, &str)]) -> Page {
        let mut by_name: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (name, value) in filters {
            by_name.entry(name.to_string()).or_default().push(value.to_string());
        }
        Page { url: url.into(), body: body.into(), meta: BTreeMap::from([("title".to_string(), title.to_string())]), filters: by_name }
    }

    /// The index files (not the scripts) Pagefind's own indexer writes for `pages`.
    fn pagefinds(lang: &str, pages: &[Page]) -> BTreeMap<String, Vec<u8>> {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let files = runtime.block_on(async {
            let mut index = pagefind::api::PagefindIndex::new(None).unwrap();
            for page in pages {
                index.add_html_file(None, Some(page.url.clone()), page.html(lang)).await.unwrap();
            }
            index.get_files().await.unwrap()
        });
        files
            .into_iter()
            .map(|f| (f.filename.to_string_lossy().trim_start_matches('/').to_string(), f.contents))
            .filter(|(name, _)| name.contains(".pf_"))
            .collect()
    }

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).unwrap();
        out
    }

    /// Every file the same name and content as Pagefind's, or the first difference, readable.
    fn assert_same_as_pagefind(lang: &str, pages: &[Page]) {
        let theirs = pagefinds(lang, pages);
        let ours: BTreeMap<String, Vec<u8>> = build_chunked(lang, super::super::PAGEFIND_VERSION, pages, super::super::format::PAGEFIND_CHUNK_SIZE).files.into_iter().collect();
        for (name, bytes) in &theirs {
            let Some(mine) = ours.get(name) else {
                let kind = name.split(['/', '.']).next().unwrap_or_default();
                let near: Vec<&String> = ours.keys().filter(|n| n.starts_with(kind)).collect();
                let show = |b: &[u8]| {
                    let b = gunzip(b);
                    if name.ends_with("pf_fragment") { String::from_utf8_lossy(&b).into_owned() } else { format!("{:?}", String::from_utf8_lossy(&b[12..b.len().min(300)])) }
                };
                let candidates: Vec<String> = near.iter().take(3).map(|n| format!("{n}: {}", show(&ours[*n]))).collect();
                panic!("Pagefind wrote {name}:\n{}\nwe wrote none by that name; ours of that kind:\n{}", show(bytes), candidates.join("\n"));
            };
            assert_eq!(gunzip(mine), gunzip(bytes), "{name} differs");
        }
        assert_eq!(ours.keys().collect::<Vec<_>>(), theirs.keys().collect::<Vec<_>>());
    }

    #[test]
    fn the_index_is_pagefinds_file_for_file() {
        let pages = vec![
            page("/en/", "<h1>Welcome to the Local Offer</h1><p>Help for families.</p><p>Schools, nurseries &amp; colleges.</p>", "Welcome to the Local Offer", &[("section", "Home")]),
            page(
                "/en/help/plans/",
                r#"<h1>EHC plans</h1><p>What an EHC plan<span data-pagefind-weight="3"> ⟦ehcp, education, health and care plan⟧</span> is.</p><h2 id="how-to-ask">How to <em>ask</em></h2><ol><li>Write to us</li><li>We reply in 6 weeks</li></ol><h3 id="cost">Cost</h3><table><tr><td>Free</td><td>£0</td></tr></table>"#,
                "EHC plans",
                &[("section", "Help"), ("topic", "Plans"), ("topic", "Schools & colleges")],
            ),
            page(
                "/en/help/code/",
                "<h1>Codes &amp; names</h1><p>Use sysconfig.is_python_build or ThreeAntelopes or three-antelopes 👋 here.</p><pre><code>let x = a &lt; b;</code></pre><p><img src=\"map.png\" alt=\"A map\">Map<br>below</p>",
                "Codes &amp; names",
                &[("section", "Help"), ("need", "All")],
            ),
            page("/en/empty/", "<h1></h1><p></p>", "", &[]),
        ];
        assert_same_as_pagefind("en", &pages);
    }

    #[test]
    fn accented_languages_and_right_to_left_scripts_too() {
        let ro = vec![
            page("/ro/", "<h1>Bine ați venit</h1><p>Școală, grădiniță și colegiu. Școala noastră.</p>", "Bine ați venit", &[("section", "Acasă")]),
            page("/ro/ajutor/", "<h1>Ajutor</h1><h2 id=\"școală\">Școală</h2><p>Sprijin pentru școală.</p>", "Ajutor — școală", &[("section", "Ajutor")]),
        ];
        assert_same_as_pagefind("ro", &ro);
        let ur = vec![page("/ur/", "<h1>لوٹن میں نئے</h1><p>خوش آمدید۔ اسکول اور کالج۔</p>", "لوٹن میں نئے", &[("section", "گھر")])];
        assert_same_as_pagefind("ur", &ur);
    }

    #[test]
    fn many_pages_make_many_chunks() {
        let words = ["school", "nursery", "college", "transport", "therapy", "plan", "support", "parent", "carer", "review", "assessment", "budget"];
        let pages: Vec<Page> = (0..120)
            .map(|i| {
                let text: Vec<String> = (0..300).map(|j| format!("{}{}", words[(i * 7 + j) % words.len()], (i + j) % 97)).collect();
                page(&format!("/en/p{i}/"), &format!("<h1>Page {i}</h1><p>{}</p>", text.join(" ")), &format!("Page {i}"), &[("section", if i % 2 == 0 { "Even" } else { "Odd" })])
            })
            .collect();
        let built = build_chunked("en", super::super::PAGEFIND_VERSION, &pages, super::super::format::PAGEFIND_CHUNK_SIZE);
        assert!(built.files.iter().filter(|(n, _)| n.starts_with("index/")).count() > 1, "the test needs more than one chunk");
        assert_same_as_pagefind("en", &pages);
    }

    #[test]
    fn the_example_site_is_indexed_as_pagefind_would_index_it() {
        use crate::load::{front_matter, walk};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let config = crate::config::Config::load(root, None).unwrap();
        let (localizer, _) = crate::localise::Localizer::load(&config);
        let (vocabulary, _) = super::super::Vocabulary::load(&config);
        let walked = walk::walk(&config);
        let docs = walked.sources.into_iter().map(|s| front_matter::parse(s).unwrap()).collect();
        let (site, _) = crate::model::build(config, docs, walked.assets, &[]);
        let (rendered, _) = crate::pipeline::render_all(&site);
        let mut by_language: BTreeMap<String, Vec<Page>> = BTreeMap::new();
        for ((p, lang), rendered) in site.page_languages().zip(&rendered) {
            if let Some(page) = super::super::page(&site, &localizer, &vocabulary, p, lang, rendered) {
                by_language.entry(lang.to_string()).or_default().push(page);
            }
        }
        assert!(by_language.len() >= 6, "{:?}", by_language.keys());
        for (lang, pages) in &by_language {
            assert_same_as_pagefind(lang, pages);
        }
    }
}
