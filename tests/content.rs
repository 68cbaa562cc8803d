//! Checks on the example site's own content (Luton's Local Offer): it builds cleanly,
//! reads plainly, invents no phone numbers, covers what the law asks for, and has the
//! translations families need.

mod common;

use std::path::PathBuf;
use std::sync::LazyLock;

use localoffer::config::Config;
use localoffer::load::{front_matter, walk, Document};
use localoffer::readability::measure_markdown;
use regex::Regex;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn documents() -> Vec<Document> {
    let config = Config::load(&repo(), None).expect("site.yaml loads");
    let walked = walk::walk(&config);
    assert!(walked.diagnostics.is_empty(), "{:?}", walked.diagnostics);
    walked.sources.into_iter().map(|s| front_matter::parse(s).expect("front matter parses")).collect()
}

fn english(docs: &[Document]) -> impl Iterator<Item = &Document> {
    docs.iter().filter(|d| d.source.lang == "en")
}

#[test]
fn the_example_site_checks_without_errors_or_warnings() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_localoffer")).args(["check", "--root"]).arg(repo()).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // But two kinds, where a fact the source pages do not give stays out, and the warning
    // stays. A service whose source pages give none of its ages, referral and cost:
    let unknown = "warning: this service gives no ages, referral or cost";
    // And these pages, which ask the reader to get in touch with someone the sources give no
    // address, e-mail or number for (each says who can help meanwhile):
    let no_route = [
        // "Write to the council": the sources never give where requests go.
        "content/ehc-plans/ehc-needs-assessment.md:23:1:",
        // "ask a tribunal": the sources give no address of the SEN and Disability Tribunal.
        "content/ehc-plans/annual-reviews.md:26:88:",
        // "send us your comments or a complaint": the source says only "see related pages below".
        "content/advice/complaints.md:25:1:",
    ];
    let asks = "warning: this page asks the reader to contact someone but gives no way to";
    // And the paragraphs of Schedule 2 that no page of the example covers, because the
    // source pages say nothing of them: the provision Luton expects outside its area (2),
    // how schools and colleges teach, adapt and review (5), other educational provision (6).
    let uncovered = ["paragraph 2:", "paragraph 5:", "paragraph 6:"];
    let no_page = "warning: no page covers Schedule 2, ";
    // And the accessibility statement's tests, until a full run of the browser checks
    // (tests/browser) has written accessibility-report.json beside site.yaml.
    let untested = "accessibility-report.json:1:1: warning: the accessibility statement cannot say how the site was tested";
    let has_report = repo().join("accessibility-report.json").exists();
    let known = |l: &str| l.contains(unknown) || (l.contains(asks) && no_route.iter().any(|at| l.starts_with(at))) || (l.contains(no_page) && uncovered.iter().any(|p| l.contains(p))) || (!has_report && l.starts_with(untested));
    let others: Vec<&str> = stderr.lines().filter(|l| l.contains("warning: ") && !known(l)).collect();
    assert!(others.is_empty(), "{}", others.join("\n"));
    for paragraph in uncovered {
        assert!(stderr.lines().any(|l| l.contains(no_page) && l.contains(paragraph)), "a page covers {paragraph} now: take it off the list");
    }
    for at in no_route {
        assert!(stderr.lines().any(|l| l.starts_with(at) && l.contains(asks)), "{at} gives a way to act now: take it off the list");
    }
}

#[test]
fn there_are_at_least_thirty_english_pages() {
    let docs = documents();
    let pages = english(&docs).filter(|d| d.source.entry.kind == localoffer::load::EntryKind::Page).count();
    assert!(pages >= 30, "only {pages} pages");
}

#[test]
fn every_description_is_one_short_sentence() {
    for doc in documents() {
        let chars = doc.front.description.chars().count();
        assert!(chars > 0 && chars < 160, "{}: description is {chars} characters", doc.source.path.display());
    }
}

#[test]
fn english_pages_read_at_grade_six_or_below() {
    let mut worst = (0.0, PathBuf::new());
    for doc in english(&documents()) {
        let grade = measure_markdown(doc.body()).grade();
        assert!(grade <= 6.0, "{}: Flesch-Kincaid grade {grade:.1}; use shorter sentences and shorter words", doc.source.path.display());
        if grade > worst.0 {
            worst = (grade, doc.source.path.clone());
        }
    }
    eprintln!("hardest page: {} at grade {:.1}", worst.1.display(), worst.0);
}

/// Phone numbers as written, in the forms the directory accepts (see `is_uk_phone` in
/// src/directory/fields.rs): from 0, from +44 (with or without a (0) after it) or from a
/// bracketed area code like (01582), in groups split by a space or a dash, with 10 or 11
/// digits read from 0.
fn phone_numbers(text: &str) -> Vec<String> {
    // The group before the number is there because the regex crate cannot look behind: a
    // number does not start in the middle of a longer run of digits.
    static NUMBER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|[^0-9])((?:\+44[ -]?(?:\(0\)[ -]?)?|\(0[0-9]+\)[ -]?|0)[0-9]+(?:[ -][0-9]+)*)").unwrap());
    NUMBER.captures_iter(text).map(|c| c[1].to_string()).filter(|n| (10..=11).contains(&national(n).len())).collect()
}

/// The digits of a number read from 0: +44 stands for the leading 0, and a (0) after it is
/// that same 0, so +44 (0)1582 343230, (01582) 343230 and 01582 343230 are one number.
fn national(number: &str) -> String {
    let (zero, rest) = match number.strip_prefix("+44") {
        Some(rest) => ("0", rest.replacen("(0)", "", 1)),
        None => ("", number.to_string()),
    };
    zero.chars().chain(rest.chars().filter(char::is_ascii_digit)).collect()
}

fn known_numbers() -> Vec<String> {
    let list = std::fs::read_to_string(repo().join("tests/data/seed-phone-numbers.txt")).unwrap();
    list.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.trim().to_string()).collect()
}

#[test]
fn every_phone_number_comes_from_the_source_pages() {
    // By digits, so a number of the list written in another form (+44 1582 343230) is
    // still that number, and a mistyped one in any form is not.
    let known: Vec<String> = known_numbers().iter().map(|n| national(n)).collect();
    let mut seen = 0;
    for doc in documents() {
        for number in phone_numbers(&doc.source.text) {
            seen += 1;
            assert!(known.contains(&national(&number)), "{}: {number} is not a number the source pages give", doc.source.path.display());
        }
    }
    assert!(seen >= 10, "only {seen} phone numbers in the example content: are they still found?");
}

#[test]
fn the_phone_list_matches_the_source_pages_beside_the_repository() {
    let seeds = repo().join("../shared/seeds");
    let entries = std::fs::read_dir(&seeds).unwrap_or_else(|e| panic!("the source pages are expected in {} (../shared/seeds beside the repository, as CI has them): {e}", seeds.display()));
    let text: String = entries.filter_map(Result::ok).filter_map(|e| std::fs::read_to_string(e.path()).ok()).collect();
    let known = known_numbers();
    assert!(!known.is_empty(), "tests/data/seed-phone-numbers.txt lists no numbers");
    for number in known {
        assert!(text.contains(&number), "{number} is not in the source pages in {}", seeds.display());
    }
}

#[test]
fn phone_numbers_are_found_in_text() {
    assert_eq!(phone_numbers("Ring 0808 808 3555 or 01582 510371, not 2025 or 0300."), ["0808 808 3555", "01582 510371"]);
    assert_eq!(
        phone_numbers("From abroad +44 1582 510371 or +44 (0)1582 510371; (01582) 343230 or 0300-123-1231 here."),
        ["+44 1582 510371", "+44 (0)1582 510371", "(01582) 343230", "0300-123-1231"]
    );
    // Too short, too long, a date, a foreign number: none is a UK phone number.
    assert_eq!(phone_numbers("(01582) 3432, +44 20 7946 00001, 2025-03-01, +1 212 555 0100, 07700 9001234"), Vec::<String>::new());
    // Read from 0, the forms of one number are one number.
    for form in ["01582 343230", "+44 1582 343230", "+44 (0)1582 343230", "+441582343230", "(01582) 343230", "01582-343230"] {
        assert_eq!(national(form), "01582343230", "{form}");
    }
}

#[test]
fn the_page_of_what_this_local_offer_covers_keeps_its_address() {
    // The hand-written checklist became a generated page: at the same address, so links
    // and bookmarks to it keep working.
    let config = localoffer::config::Config::load(&repo(), None).unwrap();
    assert_eq!(config.coverage_page, "about/what-this-local-offer-covers");
    assert!(!repo().join("content/about/what-this-local-offer-covers.md").exists(), "the build writes it");
}

#[test]
fn every_page_is_translated_and_says_who_translated_it() {
    let docs = documents();
    let has = |id: &str, lang: &str| docs.iter().any(|d| d.source.entry.id == id && d.source.lang == lang);
    // Every page outside the directory's services in every language; the services too
    // in Urdu and Romanian, the languages most Luton families ask for after English.
    for doc in english(&docs) {
        let service = doc.source.entry.id.starts_with("services/");
        let langs: &[&str] = if service { &["ur", "ro"] } else { &["ur", "ro", "pl", "bn", "ar"] };
        for lang in langs {
            assert!(has(&doc.source.entry.id, lang), "{} is not translated into {lang}", doc.source.path.display());
        }
    }
    for doc in docs.iter().filter(|d| d.source.lang != "en") {
        let path = doc.source.path.display();
        assert!(doc.front.source_updated.is_some(), "{path}: a translation says which version it translates with source_updated");
        // No person has checked these: they must say so, and their readers are told.
        let by = doc.front.translation.map(|t| (t.by, t.reviewed));
        assert_eq!(by, Some((front_matter::TranslatedBy::Machine, None)), "{path}: a translation made here is marked translation: {{ by: machine }}");
    }
}

/// The text a reader reads: title, description and body, with its link addresses.
fn read_text(doc: &Document) -> String {
    format!("{}\n{}\n{}", doc.front.title, doc.front.description, doc.body())
}

/// E-mail and web addresses, and the targets of Markdown links, each once, sorted.
fn addresses(text: &str) -> Vec<String> {
    static ADDRESS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://[^\s)>\]]+|\]\(([^)\s]+)").unwrap());
    let mut found: Vec<String> = ADDRESS.captures_iter(text).map(|c| c.get(1).unwrap_or_else(|| c.get(0).unwrap()).as_str().trim_end_matches(['.', ',']).to_string()).collect();
    found.sort();
    found.dedup();
    found
}

/// The share of a text's words that are common English words: near 0 in a translation,
/// about a third in English.
fn english_share(text: &str) -> f64 {
    // Words that are also Polish or Romanian ("to", "do", "on", "are", "in") are left out.
    const COMMON: &[&str] = &["the", "and", "of", "for", "you", "your", "is", "with", "can", "this", "that", "they", "their", "what", "who", "how", "if", "or", "be", "have", "help", "it", "at", "from", "about", "will", "not"];
    // Left out: addresses, code, heading ids, and what is in brackets (the English term
    // after its translation, as the translations' style asks).
    static LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\([^)]*\)|https?://\S+|[\w.+-]+@\S+|`[^`]*`|\{#[^}]*\}").unwrap());
    let text = LINK.replace_all(text, " ");
    let words: Vec<String> = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    words.iter().filter(|w| COMMON.contains(&w.as_str())).count() as f64 / words.len().max(1) as f64
}

#[test]
fn each_translation_is_in_its_language_and_gives_the_facts_of_its_english_page() {
    let docs = documents();
    let source_of = |doc: &Document| english(&docs).find(|e| e.source.entry.id == doc.source.entry.id).expect("a translation has an English page");
    let mut checked = 0;
    for doc in docs.iter().filter(|d| d.source.lang != "en") {
        let path = doc.source.path.display();
        let (text, source) = (read_text(doc), read_text(source_of(doc)));
        let mut numbers: Vec<String> = phone_numbers(&text).iter().map(|n| national(n)).collect();
        let mut source_numbers: Vec<String> = phone_numbers(&source).iter().map(|n| national(n)).collect();
        numbers.sort();
        source_numbers.sort();
        assert_eq!(numbers, source_numbers, "{path}: the phone numbers differ from its English page's");
        assert_eq!(addresses(&text), addresses(&source), "{path}: the e-mail and web addresses or links differ from its English page's");
        let share = english_share(doc.body());
        assert!(share < 0.04, "{path}: {:.0}% of its words are common English words: is English left in place?", share * 100.0);
        checked += 1;
    }
    assert!(checked > 400, "only {checked} translations checked");
    // The measure tells English apart: every English page is far above the line.
    for doc in english(&docs).filter(|d| d.body().split_whitespace().count() > 40) {
        assert!(english_share(doc.body()) > 0.15, "{}: {:.2}", doc.source.path.display(), english_share(doc.body()));
    }
}

/// Runs of digit groups in `text` long enough to be UK phone numbers, as `bidi` finds them.
fn number_runs(text: &str) -> Vec<String> {
    let digits = |run: &str| run.chars().filter(char::is_ascii_digit).count();
    localoffer::bidi::ltr_runs(text).into_iter().map(|r| text[r].to_string()).filter(|run| run.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '(') && digits(run) >= 10).collect()
}

#[test]
fn every_phone_number_in_the_urdu_and_arabic_leaflets_reads_in_its_own_order() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let build = std::process::Command::new(env!("CARGO_BIN_EXE_localoffer")).args(["build", "-q", "--root"]).arg(repo()).arg("--output").arg(&public).output().unwrap();
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
    let known = known_numbers();
    let mut seen = 0;
    for lang in ["ur", "ar"] {
        let leaflets = std::fs::read_dir(public.join(lang).join("leaflets")).unwrap();
        for pdf in leaflets.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "pdf")) {
            let text = std::process::Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext (poppler-utils) is installed");
            // Without the direction marks pdftotext puts around right-to-left runs.
            let text: String = String::from_utf8_lossy(&text.stdout).chars().filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')).collect();
            for run in number_runs(&text) {
                seen += 1;
                assert!(known.contains(&run), "{}: '{run}' is not a number of the site: a number printed out of order?", pdf.display());
            }
        }
    }
    assert!(seen >= 4, "only {seen} numbers in the Urdu and Arabic leaflets");
}
