//! Pagefind 1.6's file format: the CBOR records of its metadata, word and filter files,
//! how a word's positions on a page are packed, how the sorted words are cut into chunks,
//! and how the files are named and compressed. [`super::bundle`] fills them in.

use std::cell::RefCell;

use libdeflater::{CompressionLvl, Compressor};
use minicbor::{Encode, Encoder};
use sha1::{Digest as _, Sha1};

/// Locations per word file: Pagefind's default is 20,000. A search downloads the file
/// holding its word, so smaller files make a first search lighter: at 10,000 the example
/// site's first searches download less than with Pagefind's default (see the README),
/// at the cost of a longer list of files in the metadata file.
pub const CHUNK_SIZE: usize = 10_000;
/// Pagefind's own, for the tests that compare our files with its.
#[cfg(test)]
pub const PAGEFIND_CHUNK_SIZE: usize = 20_000;
/// The weight most words have, which Pagefind stores without a marker.
const PLAIN_WEIGHT: u8 = 25;

#[derive(Encode)]
pub struct MetaIndex {
    #[n(0)]
    pub version: String,
    #[n(1)]
    pub pages: Vec<MetaPage>,
    #[n(2)]
    pub index_chunks: Vec<MetaChunk>,
    #[n(3)]
    pub filters: Vec<MetaFilter>,
    #[n(4)]
    pub sorts: Vec<MetaSort>,
    #[n(5)]
    pub meta_fields: Vec<String>,
}

#[derive(Encode)]
pub struct MetaPage {
    #[n(0)]
    pub hash: String,
    #[n(1)]
    pub word_count: u32,
    #[n(2)]
    pub group_hash: String,
}

#[derive(Encode)]
pub struct MetaChunk {
    #[n(0)]
    pub from: String,
    #[n(1)]
    pub to: String,
    #[n(2)]
    pub hash: String,
}

#[derive(Encode)]
pub struct MetaFilter {
    #[n(0)]
    pub filter: String,
    #[n(1)]
    pub hash: String,
}

#[derive(Encode)]
pub struct MetaSort {
    #[n(0)]
    pub sort: String,
    #[n(1)]
    pub pages: Vec<usize>,
}

/// A word's (or an accented form's) pages: Pagefind's page records, already encoded, one
/// after another, with what the word file's header needs to know of them.
#[derive(Default)]
pub struct Postings {
    count: u64,
    last: usize,
    /// How much the pages add to a chunk: their positions and one each.
    pub size: usize,
    bytes: Vec<u8>,
}

impl Postings {
    /// Adds page `number` (above any added before) with `positions`: its body and metadata
    /// positions as two CBOR arrays, and their `size`.
    pub fn push(&mut self, number: usize, positions: &[u8], size: u32) {
        // A page record is [page number, as a delta; body positions; metadata positions].
        let mut encoder = Encoder::new(&mut self.bytes);
        encoder.array(3).and_then(|e| e.u64((number - self.last) as u64)).expect("writing into memory cannot fail");
        self.bytes.extend_from_slice(positions);
        self.count += 1;
        self.last = number;
        self.size += size as usize;
    }
}

/// A word in the index: its pages, and each accented form's, by the form's number.
#[derive(Default)]
pub struct IndexedWord {
    pub pages: Postings,
    pub variants: Vec<(u32, Postings)>,
}

impl IndexedWord {
    /// What it adds to a chunk.
    pub fn size(&self) -> usize {
        self.pages.size + self.variants.iter().map(|(_, v)| v.size + 1).sum::<usize>()
    }
}

/// A word file: `words`, sorted, each with its pages; `form` names a form by its number.
/// The CBOR of Pagefind's `[[word, [page...], [[form, [page...]]...]]...]`.
pub fn word_file<'a>(words: &[(&str, &IndexedWord)], form: impl Fn(u32) -> &'a str) -> Vec<u8> {
    let mut encoder = Encoder::new(Vec::new());
    let mut write = || -> Result<Vec<u8>, minicbor::encode::Error<std::convert::Infallible>> {
        encoder.array(1)?.array(words.len() as u64)?;
        for (word, indexed) in words {
            encoder.array(3)?.str(word)?.array(indexed.pages.count)?;
            encoder.writer_mut().extend_from_slice(&indexed.pages.bytes);
            encoder.array(indexed.variants.len() as u64)?;
            for (number, pages) in &indexed.variants {
                encoder.array(2)?.str(form(*number))?.array(pages.count)?;
                encoder.writer_mut().extend_from_slice(&pages.bytes);
            }
        }
        Ok(std::mem::take(encoder.writer_mut()))
    };
    write().expect("writing into memory cannot fail")
}

#[derive(Encode)]
pub struct FilterIndex {
    #[n(0)]
    pub filter: String,
    #[n(1)]
    pub values: Vec<PackedValue>,
}

#[derive(Encode)]
pub struct PackedValue {
    #[n(0)]
    pub value: String,
    #[n(1)]
    pub pages: Vec<usize>,
}

/// The body positions of a word on a page: the common weight first, then each other weight
/// after a marker (`-weight - 1`, then the first position); positions are deltas. Appended
/// to `out` as a CBOR array (as minicbor encodes a `Vec<i32>`); gives the array's length.
/// `at` is sorted in place: it is the caller's, reused from word to word.
pub fn write_locations(at: &mut [(u32, u8)], out: &mut Vec<u8>) -> usize {
    let key = |&(position, weight): &(u32, u8)| (if weight == PLAIN_WEIGHT { 0 } else { weight }, position);
    if !at.is_sorted_by_key(key) {
        at.sort_by_key(key);
    }
    let mut current = PLAIN_WEIGHT;
    let markers = at.iter().filter(|&&(_, weight)| std::mem::replace(&mut current, weight) != weight).count();
    let len = at.len() + markers;
    cbor_head(out, ARRAY, len as u64);
    let mut current = PLAIN_WEIGHT;
    let mut last = 0;
    for &(position, weight) in at.iter() {
        if weight != current {
            cbor_int(out, -i64::from(weight) - 1);
            cbor_int(out, i64::from(position));
            current = weight;
        } else {
            cbor_int(out, i64::from(position - last));
        }
        last = position;
    }
    len
}

/// The metadata positions of a word on a page: a marker (`-field - 1`) before each field's
/// positions, which are deltas. Appended and sorted as [`write_locations`].
pub fn write_meta_locations(at: &mut [(u16, u32)], out: &mut Vec<u8>) -> usize {
    if !at.is_sorted() {
        at.sort_unstable();
    }
    let mut current = None;
    let fields = at.iter().filter(|&&(field, _)| current.replace(field) != Some(field)).count();
    let len = at.len() + fields;
    cbor_head(out, ARRAY, len as u64);
    let mut current = None;
    let mut last = 0;
    for &(field, position) in at.iter() {
        if current != Some(field) {
            cbor_int(out, -i64::from(field) - 1);
            current = Some(field);
            last = 0;
        }
        cbor_int(out, i64::from(position - last));
        last = position;
    }
    len
}

/// CBOR's major types used here (RFC 8949, 3.1).
const UNSIGNED: u8 = 0;
const NEGATIVE: u8 = 1;
const ARRAY: u8 = 4;

/// A CBOR integer in its shortest form. Written here rather than through minicbor's
/// encoder, which went through its writer a byte at a time: the word positions of every
/// page are written this way, and it took a tenth of the indexing.
fn cbor_int(out: &mut Vec<u8>, n: i64) {
    if n >= 0 {
        cbor_head(out, UNSIGNED, n as u64);
    } else {
        cbor_head(out, NEGATIVE, (-1 - n) as u64);
    }
}

fn cbor_head(out: &mut Vec<u8>, major: u8, n: u64) {
    let major = major << 5;
    match n {
        0..=23 => out.push(major | n as u8),
        24..=0xff => out.extend_from_slice(&[major | 24, n as u8]),
        0x100..=0xffff => {
            out.push(major | 25);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        }
        0x1_0000..=0xffff_ffff => {
            out.push(major | 26);
            out.extend_from_slice(&(n as u32).to_be_bytes());
        }
        _ => {
            out.push(major | 27);
            out.extend_from_slice(&n.to_be_bytes());
        }
    }
}

/// Where to cut the sorted words, of the sizes given, into chunks of about `chunk_size`
/// locations each: the index of each chunk's first word after the first chunk.
pub fn chunk(sizes: impl Iterator<Item = usize>, chunk_size: usize) -> Vec<std::ops::Range<usize>> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut size = 0;
    let mut end = 0;
    for word in sizes {
        size += word;
        end += 1;
        if size >= chunk_size {
            chunks.push(start..end);
            start = end;
            size = 0;
        }
    }
    if start < end {
        chunks.push(start..end);
    }
    chunks
}

/// Each chunk's first and last word, cut to the shortest prefixes that still tell the
/// neighbouring chunks apart.
pub fn chunk_ranges(bounds: &[(&str, &str)]) -> Vec<MetaChunk> {
    let mut ranges: Vec<MetaChunk> = bounds.iter().map(|(from, to)| MetaChunk { from: from.to_string(), to: to.to_string(), hash: String::new() }).collect();
    for i in 1..ranges.len() {
        let (before, after) = ranges.split_at_mut(i);
        let (a, b) = (&mut before[i - 1], &mut after[0]);
        let common = b.from.chars().zip(a.to.chars()).take_while(|(x, y)| x == y).count();
        let to: String = a.to.chars().take(common + 1).collect();
        if to >= a.from {
            a.to = to;
        }
        b.from = b.from.chars().take(common + 1).collect();
    }
    ranges
}

/// The shortest name, from `prefix` characters of `full` on, that is not taken yet.
pub fn unique_name(full: &str, prefix: usize, taken: impl Fn(&str) -> bool) -> String {
    let mut length = prefix.min(full.len());
    while taken(&full[..length]) && length < full.len() {
        length += 1;
    }
    full[..length].to_string()
}

/// SHA-1 in hexadecimal as Pagefind writes it: each byte without a leading zero.
pub fn sha1_hex(bytes: &[u8]) -> String {
    Sha1::digest(bytes).iter().fold(String::with_capacity(40), |mut hex, b| {
        use std::fmt::Write as _;
        let _ = write!(hex, "{b:x}"); // writing to a String cannot fail
        hex
    })
}

pub fn cbor<T: Encode<()>>(value: &T) -> Vec<u8> {
    minicbor::to_vec(value).expect("encoding into memory cannot fail")
}

/// How hard a file is compressed.
#[derive(Clone, Copy)]
pub enum Level {
    /// libdeflate's level 6, for the files a first search downloads (the metadata, word
    /// and filter files): within a few per cent of zlib's best, in a fraction of its time.
    Small = 0,
    /// libdeflate's level 1, for the fragments: most of the index's bytes, but a search
    /// downloads only those of the results it shows. On the 1,000-page benchmark corpus
    /// they are 3.9% larger than at level 6 and take 0.11 s instead of 0.28 s.
    Fast = 1,
}

/// A file as Pagefind ships it: gzip of its signature and content (Pagefind compresses
/// at zlib's level 9). Each thread keeps its compressors: making one allocates its tables.
pub fn gzip(bytes: &[u8], level: Level) -> Vec<u8> {
    thread_local! {
        static COMPRESSORS: RefCell<[Compressor; 2]> = RefCell::new([6, 1].map(|n| Compressor::new(CompressionLvl::new(n).expect("a level libdeflate has"))));
    }
    let mut input = Vec::with_capacity(SIGNATURE.len() + bytes.len());
    input.extend_from_slice(SIGNATURE);
    input.extend_from_slice(bytes);
    COMPRESSORS.with_borrow_mut(|compressors| {
        let compressor = &mut compressors[level as usize];
        let mut out = vec![0; compressor.gzip_compress_bound(input.len())];
        let written = compressor.gzip_compress(&input, &mut out).expect("the output is as large as libdeflate's bound");
        out.truncate(written);
        out
    })
}

/// What Pagefind's script expects at the start of every file it decompresses.
const SIGNATURE: &[u8] = b"pagefind_dcd";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_and_arrays_are_written_as_minicbor_writes_them() {
        let edges = [0i64, 1, 23, 24, 255, 256, 65_535, 65_536, u32::MAX as i64, u32::MAX as i64 + 1, i64::MAX];
        for n in edges.iter().flat_map(|&n| [n, -n, -n - 1]) {
            let mut ours = Vec::new();
            cbor_int(&mut ours, n);
            assert_eq!(ours, minicbor::to_vec(n).unwrap(), "{n}");
        }
        for len in [0usize, 5, 23, 24, 300, 70_000] {
            let mut ours = Vec::new();
            cbor_head(&mut ours, ARRAY, len as u64);
            let theirs = minicbor::to_vec(vec![0u8; len]).unwrap();
            assert_eq!(ours, theirs[..ours.len()], "{len}");
        }
    }

    #[test]
    fn positions_are_grouped_by_weight_and_field_as_deltas() {
        // Plain-weight positions first; the others after a marker, by weight.
        let mut at = [(3, PLAIN_WEIGHT), (0, 48), (7, PLAIN_WEIGHT), (9, 48), (12, 12)];
        let mut out = vec![0xAA];
        assert_eq!(write_locations(&mut at, &mut out), 7);
        assert_eq!(out[1..], minicbor::to_vec(vec![3i32, 4, -13, 12, -49, 0, 9]).unwrap(), "appended to what was there");
        // Metadata: by field, each after its marker, positions as deltas from the field's start.
        let mut at = [(1, 5), (0, 2), (1, 9), (0, 4)];
        let mut out = Vec::new();
        assert_eq!(write_meta_locations(&mut at, &mut out), 6);
        assert_eq!(out, minicbor::to_vec(vec![-1i32, 2, 2, -2, 5, 4]).unwrap());
    }
}
