//! One language's search index, in the files of Pagefind 1.6's format, written here.
//!
//! Pagefind's own indexer reads every page as HTML, keeps each page's words in its own map,
//! copies each page once more on the way in, and compresses every file at the highest
//! level: on our example site it took most of the build, and at 10,000 pages most of the
//! memory. The format itself is small and documented by Pagefind's source: this module
//! writes the same files from the pages we have in hand.
//!
//! 1. The pages are read a batch at a time on every core ([`read_page`]): each into its
//!    fragment (its address, text, filters, title and anchors, as JSON, compressed) and
//!    its words, numbered, with their positions packed as the word files store them.
//! 2. Each batch's words are appended, in page order, to the words of the pages before.
//!    Only the packed bytes are kept, so memory grows with the index, not with the pages.
//! 3. The words are sorted and cut into chunks of about [`super::format::CHUNK_SIZE`]
//!    locations, each a CBOR file; the filters are one CBOR file each; the metadata file
//!    lists the pages, the chunks and the filters.
//! 4. Every file is gzip-compressed behind Pagefind's `pagefind_dcd` signature and named
//!    by the SHA-1 of its content, as Pagefind names them.
//!
//! The tests index the same pages with Pagefind's own indexer and compare every byte of
//! every file, uncompressed (we compress differently), with Pagefind's chunk size (ours is
//! smaller, so that a search downloads less).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use hashbrown::HashMap;
use rayon::prelude::*;

use super::format::{cbor, chunk, chunk_ranges, gzip, sha1_hex, unique_name, word_file};
use super::format::{FilterIndex, Level, IndexedWord, MetaFilter, MetaIndex, MetaPage, PackedValue};
use super::read::{read_page, Numbers, Page, PageIndex, Reader, PLAIN};
use super::words::Words;
use crate::error::Error;

/// Pages read at a time: enough to keep every core busy, few enough that their words
/// take little memory before they are merged.
const BATCH: usize = 256;

/// A language's index: its files (named as under the bundle folder, compressed) but the
/// pages' fragments, which were handed on as they were made, and what the entry file says
/// of it.
pub struct Bundle {
    pub files: Vec<(String, Vec<u8>)>,
    /// The name of the metadata file, `<lang>_<hash>`; the spelling list ([`super::spelling`])
    /// is `spelling/<lang>_<hash>.txt`, so that the entry file need not name it.
    pub hash: String,
    pub page_count: usize,
    /// Each page's address and its fragment's file (as named under the bundle folder):
    /// what an offline copy of some pages needs of the index.
    pub fragments: Vec<(String, String)>,
}

/// Indexes the `count` pages `page(0)`, `page(1)`... of language `lang` (Pagefind's
/// language code: lower case), made as they are read; `None` leaves a page out.
/// `version` is the Pagefind version its WebAssembly expects ([`super::PAGEFIND_VERSION`]).
/// Each page's fragment is handed to `fragment` (its file's name under the bundle folder,
/// its bytes) as soon as its name is settled, so that a language's fragments (most of
/// its index) are never all in memory; the first error it gives stops the index.
pub fn build(lang: &str, version: &str, count: usize, page: impl Fn(usize) -> Option<Page> + Sync, fragment: &Emit<'_>) -> Result<Bundle, Error> {
    build_chunked(lang, version, count, &page, super::format::CHUNK_SIZE, Words::new, fragment)
}

/// Where a made file goes.
pub type Emit<'a> = dyn Fn(String, Vec<u8>) -> Result<(), Error> + Sync + 'a;

/// `words` makes each thread's indexing of words: ours, or (for the tests that compare
/// with Pagefind's indexer) Pagefind's own.
fn build_chunked(lang: &str, version: &str, count: usize, page: &(dyn Fn(usize) -> Option<Page> + Sync), chunk_size: usize, words: fn(&str) -> Words, fragment: &Emit<'_>) -> Result<Bundle, Error> {
    // Metadata positions name their field by its place among all the pages' fields, sorted.
    // Every page has the same fields but for an image (its first after the title), so the
    // first page's fields are the likely list; if the pages had others, they are read again
    // (the tests' pages have an image on their third page, so both ways are checked).
    let fields: Vec<String> = (0..count).find_map(page).map(|p| p.meta.into_keys().collect()).unwrap_or_default();
    match index(lang, version, count, page, &fields, chunk_size, words, fragment)? {
        Ok(bundle) => Ok(bundle),
        // The fragments do not name the fields: those handed on stand, with the same names.
        Err(fields) => Ok(index(lang, version, count, page, &fields, chunk_size, words, &|_, _| Ok(()))?.unwrap_or_else(|_| unreachable!("the fields are those of the pages"))),
    }
}

/// The index, or `Err` with the pages' fields when they are not `fields`.
#[allow(clippy::too_many_arguments)]
fn index(lang: &str, version: &str, count: usize, page: &(dyn Fn(usize) -> Option<Page> + Sync), fields: &[String], chunk_size: usize, words: fn(&str) -> Words, fragment: &Emit<'_>) -> Result<Result<Bundle, Vec<String>>, Error> {
    let started = std::time::Instant::now();
    let numbers = Numbers::new();
    let readers: Vec<Mutex<Reader>> = (0..rayon::current_num_threads()).map(|_| Mutex::new(Reader::new(words(lang)))).collect();
    let read = |i: usize| {
        let page = page(i)?;
        let mut reader = readers[rayon::current_thread_index().unwrap_or(0) % readers.len()].lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        read_page(&mut reader, &numbers, lang, fields, &page)
    };
    let mut merged = Merged { prefix: lang.len() + 8, ..Merged::default() };
    let batches: Vec<std::ops::Range<usize>> = (0..count).step_by(BATCH).map(|start| start..(start + BATCH).min(count)).collect();
    // Each batch is merged while the next is read.
    let mut pending: Vec<PageIndex> = Vec::new();
    for batch in batches {
        let (added, next) = rayon::join(|| merged.add(std::mem::take(&mut pending), fragment), || batch.into_par_iter().filter_map(read).collect::<Vec<_>>());
        added?;
        pending = next;
    }
    merged.add(pending, fragment)?;
    let actual: Vec<String> = merged.fields.iter().cloned().collect();
    if actual != fields {
        return Ok(Err(actual));
    }
    log::debug!("search index, {lang}: {} pages read and merged in {:?}", merged.fragments.len(), started.elapsed());
    Ok(Ok(merged.write(lang, version, numbers.into_words(), fields.to_vec(), chunk_size)))
}

/// The pages merged so far.
#[derive(Default)]
struct Merged {
    /// Each word by its number, once seen.
    words: Vec<Option<IndexedWord>>,
    /// The pages using each word of the spelling list, by its number.
    spelling: Vec<u32>,
    filters: BTreeMap<String, BTreeMap<String, Vec<usize>>>,
    /// (name, word count) of each page's fragment.
    fragments: Vec<(String, usize)>,
    /// Each page's address, in the order of `fragments`.
    urls: Vec<String>,
    fragment_names: HashMap<String, String>,
    fields: BTreeSet<String>,
    /// The shortest a file's name is cut to after `<lang>_`.
    prefix: usize,
}

impl Merged {
    /// Merges the pages' words and hands on their fragments.
    fn add(&mut self, pages: Vec<PageIndex>, fragment: &Emit<'_>) -> Result<(), Error> {
        for page in pages {
            let number = self.fragments.len();
            let mut start = 0;
            for entry in &page.entries {
                let stem = entry.stem as usize;
                if self.words.len() <= stem {
                    self.words.resize_with(stem + 1, || None);
                }
                let word = self.words[stem].get_or_insert_with(IndexedWord::default);
                let postings = if entry.form == PLAIN {
                    &mut word.pages
                } else {
                    match word.variants.iter().position(|(form, _)| *form == entry.form) {
                        Some(i) => &mut word.variants[i].1,
                        None => {
                            word.variants.push((entry.form, Default::default()));
                            &mut word.variants.last_mut().expect("just pushed").1
                        }
                    }
                };
                postings.push(number, &page.packed[start..entry.end as usize], entry.size);
                start = entry.end as usize;
            }
            for &word in &page.spelling {
                let word = word as usize;
                if self.spelling.len() <= word {
                    self.spelling.resize(word + 1, 0);
                }
                self.spelling[word] += 1;
            }
            for (filter, values) in page.filters {
                for value in values {
                    self.filters.entry(filter.clone()).or_default().entry(value).or_default().push(number);
                }
            }
            self.fields.extend(page.fields);
            let name = unique_name(&page.fragment_name, self.prefix, |name| self.fragment_names.contains_key(name));
            self.fragment_names.insert(name.clone(), page.fragment_name);
            fragment(format!("fragment/{name}.pf_fragment"), page.fragment)?;
            self.fragments.push((name, page.word_count));
            self.urls.push(page.url);
        }
        Ok(())
    }

    /// The language's files; `names` gives each word and form by its number.
    fn write(self, lang: &str, version: &str, names: Vec<std::sync::Arc<str>>, fields: Vec<String>, chunk_size: usize) -> Bundle {
        let started = std::time::Instant::now();
        let prefix = self.prefix;
        let mut meta = MetaIndex { version: version.to_string(), pages: Vec::new(), index_chunks: Vec::new(), filters: Vec::new(), sorts: Vec::new(), meta_fields: fields };
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        for (name, word_count) in &self.fragments {
            meta.pages.push(MetaPage { hash: name.clone(), word_count: *word_count as u32, group_hash: String::new() });
        }
        let page_count = self.fragments.len();

        let mut filter_names: BTreeSet<String> = BTreeSet::new();
        for (filter, values) in self.filters {
            let values = values.into_iter().map(|(value, pages)| PackedValue { value, pages }).collect();
            let bytes = cbor(&FilterIndex { filter: filter.clone(), values });
            let full = format!("{lang}_{}", sha1_hex(&bytes));
            let name = unique_name(&full, prefix, |name| filter_names.contains(name));
            filter_names.insert(name.clone());
            meta.filters.push(MetaFilter { filter, hash: name.clone() });
            files.push((format!("filter/{name}.pf_filter"), bytes));
        }

        let mut words: Vec<(&str, &IndexedWord)> = self.words.iter().enumerate().filter_map(|(n, w)| Some((&*names[n], w.as_ref()?))).collect();
        words.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let chunks = chunk(words.iter().map(|(_, w)| w.size()), chunk_size);
        let bounds: Vec<(&str, &str)> = chunks.iter().map(|c| (words[c.start].0, words[c.end - 1].0)).collect();
        meta.index_chunks = chunk_ranges(&bounds);
        let encoded: Vec<Vec<u8>> = chunks.into_par_iter().map(|c| word_file(&words[c], |n| &names[n as usize])).collect();
        let mut chunk_names: BTreeSet<String> = BTreeSet::new();
        for (i, bytes) in encoded.into_iter().enumerate() {
            let full = format!("{lang}_{}", sha1_hex(&bytes));
            let name = unique_name(&full, prefix, |name| chunk_names.contains(name));
            chunk_names.insert(name.clone());
            meta.index_chunks[i].hash = name.clone();
            files.push((format!("index/{name}.pf_index"), bytes));
        }
        log::debug!("search index, {lang}: {} words in {} chunks encoded in {:?}", words.len(), meta.index_chunks.len(), started.elapsed());

        let bytes = cbor(&meta);
        let hash = format!("{lang}_{}", &sha1_hex(&bytes)[..prefix]);
        // The metadata names every page and chunk, so it changes whenever the words do.
        let list = super::spelling::word_list(self.spelling.iter().enumerate().filter(|(_, pages)| **pages > 0).map(|(n, pages)| (&*names[n], *pages)));
        let spelling = format!("spelling/{hash}.txt");
        files.push((format!("pagefind.{hash}.pf_meta"), bytes));
        let mut files: Vec<(String, Vec<u8>)> = files.into_par_iter().map(|(name, bytes)| (name, gzip(&bytes, Level::Small))).collect();
        let mut fragments = Vec::with_capacity(self.fragments.len());
        for ((name, _), url) in self.fragments.into_iter().zip(self.urls) {
            fragments.push((url, format!("fragment/{name}.pf_fragment")));
        }
        files.push((spelling, list));
        log::debug!("search index, {lang}: compressed in {:?}", started.elapsed());
        Bundle { files, hash, page_count, fragments }
    }
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

    /// The bundle, with the fragments among its files.
    fn build_pages(lang: &str, pages: &[Page], chunk_size: usize) -> Bundle {
        let fragments = Mutex::new(BTreeMap::new());
        let keep = |name: String, bytes: Vec<u8>| {
            fragments.lock().unwrap().insert(name, bytes);
            Ok(())
        };
        let mut bundle = build_chunked(lang, super::super::PAGEFIND_VERSION, pages.len(), &|i| Some(pages[i].clone()), chunk_size, Words::pagefinds, &keep).unwrap();
        bundle.files.extend(fragments.into_inner().unwrap());
        bundle
    }

    /// Every file the same name and content as Pagefind's, or the first difference, readable.
    fn assert_same_as_pagefind(lang: &str, pages: &[Page]) {
        let theirs = pagefinds(lang, pages);
        // Pagefind has no spelling list: the rest is its format.
        let ours: BTreeMap<String, Vec<u8>> = build_pages(lang, pages, super::super::format::PAGEFIND_CHUNK_SIZE).files.into_iter().filter(|(name, _)| !name.starts_with("spelling/")).collect();
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
        let built = build_pages("en", &pages, super::super::format::PAGEFIND_CHUNK_SIZE);
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
            if let Some(page) = super::super::page(&site, &localizer, &vocabulary, p, lang, &rendered.html, None) {
                by_language.entry(lang.to_string()).or_default().push(page);
            }
        }
        assert!(by_language.len() >= 6, "{:?}", by_language.keys());
        for (lang, pages) in &by_language {
            assert_same_as_pagefind(lang, pages);
        }
    }
}
