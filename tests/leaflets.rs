//! Printable leaflets: pages with `leaflet:` typeset into tagged PDFs in every language
//! they are written in, checked with poppler's tools (pdftotext, pdffonts, pdfinfo,
//! pdftoppm) as a person or a screen reader would meet them.

mod common;

use std::process::Command;

use common::TestSite;

const SITE_YAML: &str = "title: Test Local Offer
base_url: https://example.org/local-offer/
default_language: en
languages:
  - { code: en, name: English }
  - { code: ur, name: اردو, direction: rtl }
  - { code: bn, name: বাংলা }
directory:
  categories:
    - { id: advice, name: Advice }
";

const ADVICE: &str = "---
title: Free advice
description: Advice that does not take sides.
updated: 2026-11-27
leaflet: true
---

We give free advice to every family.

## Who we are

We are a small team. Read about [the help section](_index.md) or see <https://example.org/more>.

- We listen.
- We explain the law.

| Day | Hours |
|-----|-------|
| Monday | 9 to 5 |

[Helpline](../services/helpline.md#contact)

## Where we are

We are in the town hall.
";

const HELPLINE: &str = "---
title: Family helpline
description: A free phone line.
organisation: Example Charity
categories: [advice]
contact: { phone: 0808 808 3555, email: help@example.org, website: https://example.org/helpline }
---

Ring us.
";

fn site() -> TestSite {
    let site = TestSite::new();
    site.write("site.yaml", SITE_YAML)
        .write("content/help/advice.md", ADVICE)
        .write("content/help/advice.ur.md", "---\ntitle: مفت مشورہ\ndescription: غیر جانبدار مشورہ۔\nupdated: 2026-11-27\n---\n\nہم ہر خاندان کو مفت مشورہ دیتے ہیں۔\n\n## ہم کون ہیں\n\nہم ایک چھوٹی ٹیم ہیں۔\n\n## ہم کہاں ہیں\n\nٹاؤن ہال میں۔\n")
        .write("content/help/advice.bn.md", "---\ntitle: বিনামূল্যে পরামর্শ\ndescription: নিরপেক্ষ পরামর্শ।\nupdated: 2026-11-27\n---\n\nআমরা প্রতিটি পরিবারকে বিনামূল্যে পরামর্শ দিই।\n\n## আমরা কারা\n\nআমরা একটি ছোট দল।\n\n## আমরা কোথায়\n\nটাউন হলে।\n")
        .write("content/services/_index.md", "---\ntitle: Services\ndescription: Every service.\n---\n\nFind a service.\n")
        .write("content/services/helpline.md", HELPLINE);
    site
}

/// Runs one of poppler's tools on an output file.
fn poppler(tool: &str, args: &[&str], site: &TestSite, rel: &str) -> Vec<u8> {
    let path = site.path("public").join(rel);
    let output = Command::new(tool)
        .args(args)
        .arg(&path)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[][..] })
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool} ({e}): install poppler-utils (scripts/test.sh does)"));
    assert!(output.status.success(), "{tool} {}: {}", path.display(), String::from_utf8_lossy(&output.stderr));
    output.stdout
}

/// The text of a PDF as a reader gets it: without the direction marks pdftotext adds
/// around right-to-left runs, with runs of white space made one space.
fn text(site: &TestSite, rel: &str) -> String {
    let raw = String::from_utf8(poppler("pdftotext", &[], site, rel)).unwrap();
    let plain: String = raw.chars().filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')).collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_leaflet_is_published_in_every_language_the_page_is_written_in() {
    let site = site();
    site.write("content/help/only-english.md", "---\ntitle: Only English\ndescription: Not translated.\nleaflet: { paper: a5 }\n---\n\nHello.\n");
    site.build().expect(0);
    for lang in ["en", "ur", "bn"] {
        assert!(site.read_bytes(&format!("{lang}/leaflets/advice.pdf")).starts_with(b"%PDF-"), "{lang}");
    }
    assert!(site.exists("en/leaflets/only-english.pdf"));
    assert!(!site.exists("ur/leaflets/only-english.pdf"), "no leaflet in a language the page is not written in");
    assert!(!site.exists("en/leaflets/_index.pdf") && !site.exists("en/leaflets/help.pdf"), "only pages with leaflet:");
    let info = String::from_utf8(poppler("pdfinfo", &[], &site, "en/leaflets/only-english.pdf")).unwrap();
    assert!(info.contains("Page size:       419.528 x 595.276 pts"), "A5: {info}");
}

#[test]
fn the_text_reads_back_in_english_urdu_and_bengali_with_contacts_dates_and_addresses() {
    let site = site();
    site.build().expect(0);
    // Lines break where they fit: compare without white space.
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    let en = squeeze(&text(&site, "en/leaflets/advice.pdf"));
    for expected in [
        "Test Local Offer",
        "Free advice",
        "We give free advice to every family.",
        "We are a small team. Read about the help section (https://example.org/local-offer/en/help/) or see https://example.org/more.",
        "This page online: https://example.org/local-offer/en/help/advice/",
        "Last updated: 27 November 2026",
        "Key contacts Family helpline Phone 0808 808 3555 Email help@example.org Website https://example.org/helpline",
        "Monday 9 to 5",
        "Page 1 of 1",
    ] {
        assert!(en.contains(&squeeze(expected)), "'{expected}' not in:\n{en}");
    }
    let ur = text(&site, "ur/leaflets/advice.pdf");
    assert!(ur.contains("ہم ہر خاندان کو مفت مشورہ دیتے ہیں۔"), "{ur}");
    assert!(ur.contains("https://example.org/local-offer/ur/help/advice/"), "the QR code's page in the same language: {ur}");
    let bn = text(&site, "bn/leaflets/advice.pdf");
    assert!(bn.contains("আমরা প্রতিটি পরিবারকে বিনামূল্যে পরামর্শ দিই।"), "{bn}");
    assert!(bn.contains("২৭ নভেম্বর ২০২৬"), "dates in the language's digits: {bn}");
}

#[test]
fn every_font_is_embedded_and_subset_and_the_pdf_is_tagged_with_title_and_language() {
    let site = site();
    site.build().expect(0);
    for (lang, title) in [("en", "Free advice"), ("ur", "مفت مشورہ"), ("bn", "বিনামূল্যে পরামর্শ")] {
        let rel = format!("{lang}/leaflets/advice.pdf");
        let fonts = String::from_utf8(poppler("pdffonts", &[], &site, &rel)).unwrap();
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{fonts}");
        for row in rows {
            let columns: Vec<&str> = row.split_whitespace().collect();
            let n = columns.len();
            // name type... encoding emb sub uni object ID
            assert_eq!((columns[n - 5], columns[n - 4]), ("yes", "yes"), "embedded and subset: {row}");
            assert!(columns[0].chars().nth(6) == Some('+'), "a subset's name has a tag: {row}");
        }
        let info = String::from_utf8(poppler("pdfinfo", &[], &site, &rel)).unwrap();
        assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "{info}");
        assert!(info.lines().any(|l| l.starts_with("Title:") && l.ends_with(title)), "{info}");
        let meta = String::from_utf8(poppler("pdfinfo", &["-meta"], &site, &rel)).unwrap();
        assert!(meta.contains(&format!("<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li>")), "{meta}");
        assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "PDF/UA-1: {meta}");
        let bytes = site.read_bytes(&rel);
        let lang_entry = format!("/Lang({lang})");
        assert!(bytes.windows(lang_entry.len()).any(|w| w == lang_entry.as_bytes()), "the catalog names the language");
    }
    let ur_fonts = String::from_utf8(poppler("pdffonts", &[], &site, "ur/leaflets/advice.pdf")).unwrap();
    assert!(ur_fonts.contains("NotoNaskhArabic"), "{ur_fonts}");
    let bn_fonts = String::from_utf8(poppler("pdffonts", &[], &site, "bn/leaflets/advice.pdf")).unwrap();
    assert!(bn_fonts.contains("NotoSansBengali"), "{bn_fonts}");
}

#[test]
fn content_cannot_run_typst_code() {
    let site = site();
    let page = "---
title: '#read(\"/etc/passwd\") $x$ <b> \\ \"quoted\"'
description: 'Symbols #set page(fill: red)'
leaflet: true
---

Symbols: \\# \\$ \\@ \\* \\< \\\\ \\_ \\` \\= \\- \\+ \\/ \\[ \\] and #read(\"/etc/passwd\") and #image(\"/etc/hostname\").

## = #strong[not bold] @label

- #sys.inputs
- ]#panic(\"x\")[
";
    site.write("content/help/symbols.md", page);
    site.build().expect(0);
    let text = text(&site, "en/leaflets/symbols.pdf");
    for literal in [
        "#read(\"/etc/passwd\") $x$ <b> \\ \"quoted\"",
        "Symbols #set page(fill: red)",
        "Symbols: # $ @ * < \\ _ ` = - + / [ ] and #read(“/etc/passwd”) and #image(“/etc/hostname”).",
        "= #strong[not bold] @label",
        "#sys.inputs",
        "]#panic(“x”)[",
    ] {
        assert!(text.contains(literal), "'{literal}' not shown as written in:\n{text}");
    }
    assert!(!text.contains("root:"), "no file was read");
}

#[test]
fn the_qr_code_on_the_printed_page_opens_the_page_in_the_same_language() {
    let site = site();
    site.build().expect(0);
    let pgm = poppler("pdftoppm", &["-gray", "-r", "150", "-f", "1", "-l", "1"], &site, "ur/leaflets/advice.pdf");
    // Binary PGM: "P5", width, height, maximum, then one byte a pixel.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[start..at]).into_owned());
    }
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = &pgm[at + 1..];
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the first page");
    assert_eq!(grids[0].decode().unwrap().1, "https://example.org/local-offer/ur/help/advice/");
}

#[test]
fn pages_link_to_their_leaflet_and_each_language_lists_every_leaflet() {
    let site = site();
    site.build().expect(0);
    let size = site.read_bytes("en/leaflets/advice.pdf").len().div_ceil(1024);
    let page = site.read("en/help/advice/index.html");
    let link = format!("<a href=\"/local-offer/en/leaflets/advice.pdf\" type=\"application/pdf\">Download this page as a leaflet (PDF, {size} KB)</a>");
    assert!(page.contains(&link), "{link} not in the page");
    assert!(site.read("ur/help/advice/index.html").contains("href=\"/local-offer/ur/leaflets/advice.pdf\""));
    assert!(!site.read("en/help/index.html").contains("Download this page as a leaflet"), "no link on a page without a leaflet");
    let list = site.read("bn/leaflets/index.html");
    assert!(list.contains("<h1>ছাপার জন্য লিফলেট</h1>"), "{list}");
    for lang in ["en", "ur", "bn"] {
        assert!(list.contains(&format!("href=\"/local-offer/{lang}/leaflets/advice.pdf\" type=\"application/pdf\" hreflang=\"{lang}\"")), "{lang} in {list}");
    }
    assert!(site.read("en/index.html").contains("<a href=\"/local-offer/en/leaflets/\">Leaflets to print</a>"), "the footer links to the list");
    assert!(site.read("sitemap.xml").contains("<loc>https://example.org/local-offer/ur/leaflets/</loc>"));
}

#[test]
fn a_second_build_reuses_the_typeset_leaflets() {
    let site = site();
    site.build().expect(0);
    let first = site.snapshot();
    let cache = site.path(".localoffer-cache/leaflets");
    let kept = |dir: &std::path::Path| -> Vec<(String, std::time::SystemTime)> {
        let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap()).map(|e| (e.file_name().to_string_lossy().into_owned(), e.metadata().unwrap().modified().unwrap())).collect();
        files.sort();
        files
    };
    let before = kept(&cache);
    assert_eq!(before.len(), 3, "one PDF a language: {before:?}");
    site.build().expect(0);
    assert_eq!(kept(&cache), before, "nothing typeset again");
    assert_eq!(site.snapshot(), first, "the same output, byte for byte");

    site.write("content/help/advice.ur.md", "---\ntitle: مفت مشورہ\ndescription: غیر جانبدار مشورہ۔\n---\n\nنیا متن۔\n");
    site.build().expect(0);
    let after = kept(&cache);
    assert_eq!(after.len(), 3, "the old Urdu leaflet is dropped from the cache: {after:?}");
    assert_eq!(after.iter().filter(|f| before.contains(f)).count(), 2, "only the Urdu leaflet was typeset again");
    assert!(text(&site, "ur/leaflets/advice.pdf").contains("نیا متن۔"));
}

#[test]
fn sections_choose_what_is_printed() {
    let site = site();
    site.write("content/help/advice.md", ADVICE.replace("leaflet: true", "leaflet:\n  sections: [where we are]"));
    site.build().expect(0);
    let en = text(&site, "en/leaflets/advice.pdf");
    assert!(en.contains("We give free advice to every family.") && en.contains("We are in the town hall."), "{en}");
    assert!(!en.contains("We are a small team."), "{en}");
    let ur = text(&site, "ur/leaflets/advice.pdf");
    assert!(ur.contains("ٹاؤن ہال میں۔") && !ur.contains("ہم ایک چھوٹی ٹیم ہیں۔"), "the same section, by its place, in a translation: {ur}");
}

#[test]
fn a_language_without_a_font_stops_the_build_naming_the_language() {
    let site = site();
    site.write("site.yaml", SITE_YAML.replace("  - { code: bn, name: বাংলা }\n", "  - { code: bn, name: বাংলা }\n  - { code: hy, name: Հայերեն }\n"));
    site.write("content/help/advice.hy.md", "---\ntitle: Անվճար խորհրդատվություն\ndescription: Խորհուրդ։\n---\n\nՄենք օգնում ենք։\n");
    site.build().expect(1).has_line(
        "site.yaml:8:7: the leaflets cannot be printed in Հայերեն (hy): no leaflet font has its letters (ՀայերնԱվ) - add a font for Հայերեն to themes/default/leaflet/fonts/ (a .ttf or .otf file), or remove the hy translations of the leaflet pages",
    );
    assert!(!site.exists("index.html"), "nothing was published");
}

#[test]
fn leaflet_settings_are_checked_where_they_are_written() {
    let site = site();
    site.write("content/help/advice.ur.md", "---\ntitle: مفت مشورہ\ndescription: مشورہ۔\nleaflet: true\n---\n\nمتن۔\n");
    site.write("content/help/other.md", "---\ntitle: Other\ndescription: Other.\nleaflet: { sections: [Nowhere] }\n---\n\n## Somewhere\n\nText.\n");
    site.write("content/services/advice.md", "---\ntitle: Advice service\ndescription: Advice.\norganisation: Example\nleaflet: { papr: a5 }\n---\n\nText.\n");
    let run = site.build().expect(1);
    run.has_line("content/help/advice.ur.md:4:1: 'leaflet' is set in the en file only (this is ur) - remove it here: the leaflet of every language follows content/help/advice.md");
    run.has_line("content/help/other.md:4:23: the page has no ## heading 'Nowhere' for the leaflet - write one of its ## headings: 'Somewhere'");
    run.has_line("content/services/advice.md:5:12: unknown key 'papr' - did you mean 'paper'? Check the spelling, or remove the line");
}

#[test]
fn check_typesets_without_writing_the_cache() {
    let site = site();
    site.run(&["check"]).expect(0);
    assert!(!site.path(".localoffer-cache").exists());
}

#[test]
fn a_sites_own_template_cannot_read_files_either() {
    let site = site();
    site.write("themes/default/leaflet/leaflet.typ", "#import \"data.typ\": *\n#set document(title: page-title)\n#set text(lang: lang)\n#read(\"/etc/passwd\")\n");
    site.build().expect(1).has_line("themes/default/leaflet/leaflet.typ:4:7: the leaflet en/leaflets/advice.pdf cannot be typeset: failed to load file (access denied) - check the leaflet template, or remove 'leaflet:' from the page");
}

#[test]
fn numbers_in_a_right_to_left_leaflet_print_in_their_own_order() {
    let site = site();
    site.write(
        "content/help/advice.ur.md",
        "---\ntitle: مفت مشورہ\ndescription: غیر جانبدار مشورہ۔\nupdated: 2026-11-27\n---\n\nہمیں 01582 546000 پر فون کریں یا LU1 2BQ پر آئیں۔\n\n[Helpline](../services/helpline.md#contact)\n\n## ہم کون ہیں\n\nہم ایک چھوٹی ٹیم ہیں۔\n\n## ہم کہاں ہیں\n\nٹاؤن ہال میں۔\n",
    );
    site.build().expect(0);
    let urdu = text(&site, "ur/leaflets/advice.pdf");
    assert!(urdu.contains("01582 546000"), "the number reads backwards:\n{urdu}");
    assert!(!urdu.contains("546000 01582"), "{urdu}");
    assert!(urdu.contains("LU1 2BQ"), "{urdu}");
    // The contact box's number too.
    assert!(urdu.contains("0808 808 3555"), "{urdu}");
}
