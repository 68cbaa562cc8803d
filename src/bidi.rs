//! Numbers and addresses that must read left to right inside right-to-left text.
//!
//! In an Urdu or Arabic sentence, the Unicode bidirectional algorithm lays out the digit
//! groups of "0808 808 3555" from right to left, so the screen shows "3555 808 0808" and
//! a parent who dials what they see rings a wrong number. The same can happen to a
//! postcode, an e-mail or a web address. [`ltr_runs`] finds them in plain text;
//! [`isolate_html`] marks each one in a page's text as a left-to-right isolate,
//! `<bdi dir="ltr">`, at build time, so no editor has to remember. The leaflets do the
//! same in typst ([`crate::leaflets`]).

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// Phone numbers, postcodes, e-mail and web addresses. Digits are ASCII only: the
/// content gives numbers as the English page does.
static RUNS: LazyLock<Regex> = LazyLock::new(|| {
    // `\b` is ASCII's (`(?-u:\b)`): what it separates here (digits, Latin letters) is ASCII, and
    // a Unicode word boundary sends the regex engine from its DFA to a slower one on every
    // non-ASCII text, which made this a quarter of a build's work with one RTL language.
    Regex::new(
        r"(?x)
        (?:https?://|(?-u:\b)www\.)[!-~&&[^<>&'\x22]]*[!-~&&[^<>&'\x22.,;:!?)\]]]   # web address
        | [A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+                  # e-mail
        | (?-u:\b)[A-Z]{1,2}[0-9][A-Z0-9]?[\x20\xA0][0-9][A-Z]{2}(?-u:\b)                  # UK postcode
        | (?:\+[0-9]+|\([0-9]+\)|(?-u:\b)[0-9]+)(?:[\x20\xA0-]?(?:\([0-9]+\)|[0-9]+))*  # digit groups
        ",
    )
    .expect("the pattern is valid")
});

/// The fewest digits in a run of digit groups that is taken for a phone number: fewer,
/// and "2 3" in a sentence would be one.
const PHONE_DIGITS: usize = 7;

/// Where `text` has a phone number, postcode, e-mail or web address, in order.
pub fn ltr_runs(text: &str) -> Vec<Range<usize>> {
    // Each kind of run has a digit, an `@`, `www.` or `http`: most text has none.
    if !text.bytes().any(|b| b.is_ascii_digit() || b == b'@') && !text.contains("www.") && !text.contains("http") {
        return Vec::new();
    }
    RUNS.find_iter(text)
        .filter(|m| {
            let run = m.as_str();
            let starts_with_digit_group = run.starts_with(|c: char| c == '+' || c == '(' || c.is_ascii_digit());
            !starts_with_digit_group || run.contains(['@', '/', '.']) || run.bytes().filter(u8::is_ascii_digit).count() >= PHONE_DIGITS
        })
        .map(|m| m.range())
        .collect()
}

/// Elements whose text is not markup (or cannot hold any): left exactly as they are.
const RAW_TEXT: &[&str] = &["script", "style", "title", "textarea", "option"];

/// `html` with every run of [`ltr_runs`] in its text wrapped in `<bdi dir="ltr">`.
/// Attributes, comments and the text of [`RAW_TEXT`] elements are left alone.
pub fn isolate_html(html: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    let mut at = 0;
    while at < html.len() {
        let Some(lt) = html[at..].find('<').map(|i| at + i) else {
            isolate_text(html, at..html.len(), &mut out, &mut copied);
            break;
        };
        isolate_text(html, at..lt, &mut out, &mut copied);
        at = skip_markup(html, lt);
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Wraps the runs in `html[text]`, copying what comes before each into `out`.
fn isolate_text(html: &str, text: Range<usize>, out: &mut String, copied: &mut usize) {
    for run in ltr_runs(&html[text.clone()]) {
        let (start, end) = (text.start + run.start, text.start + run.end);
        if out.is_empty() {
            out.reserve(html.len() + 256);
        }
        out.push_str(&html[*copied..start]);
        out.push_str("<bdi dir=\"ltr\">");
        out.push_str(&html[start..end]);
        out.push_str("</bdi>");
        *copied = end;
    }
}

/// The end of the tag, comment or declaration at `lt`; for a [`RAW_TEXT`] element, the
/// end of its closing tag.
fn skip_markup(html: &str, lt: usize) -> usize {
    let rest = &html[lt..];
    if rest.starts_with("<!--") {
        return rest.find("-->").map_or(html.len(), |i| lt + i + 3);
    }
    let mut quote = None;
    let mut end = html.len();
    for (i, b) in rest.bytes().enumerate().skip(1) {
        match (quote, b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => {
                end = lt + i + 1;
                break;
            }
            _ => {}
        }
    }
    let name: String = rest[1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
    if RAW_TEXT.contains(&name.as_str()) {
        let close = format!("</{name}");
        let lower = html[end..].to_ascii_lowercase();
        return lower.find(&close).map_or(html.len(), |i| end + i);
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<&str> {
        ltr_runs(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn phone_numbers_in_every_written_form_are_found() {
        assert_eq!(runs("فون کریں 0808 808 3555 پر۔"), ["0808 808 3555"]);
        assert_eq!(runs("اتصل على 0808 808 3555."), ["0808 808 3555"]);
        assert_eq!(runs("Ring +44 1582 546000 or (01582) 548000, or 01582-548-000."), ["+44 1582 546000", "(01582) 548000", "01582-548-000"]);
        assert_eq!(runs("08088083555"), ["08088083555"]);
        assert_eq!(runs("0808\u{a0}808\u{a0}3555"), ["0808\u{a0}808\u{a0}3555"]);
        // Written against a letter of another script, with no space: still one number.
        assert_eq!(runs("فون0808 808 3555"), ["0808 808 3555"]);
        assert_eq!(runs("ফোন০৮০৮ 0808 808 3555।"), ["0808 808 3555"]);
    }

    #[test]
    fn short_numbers_dates_and_times_are_left_to_the_text() {
        assert!(runs("عمر 0 سے 25 سال").is_empty());
        assert!(runs("Year 11 and 2 3 children, 1,300 files").is_empty());
        assert!(runs("9:00 to 17:00").is_empty());
        assert!(runs("ages 16 25").is_empty());
    }

    #[test]
    fn postcodes_emails_and_web_addresses_are_found_without_trailing_punctuation() {
        assert_eq!(runs("پتہ: Town Hall, LU1 2BQ۔"), ["LU1 2BQ"]);
        assert_eq!(runs("ای میل sendias@luton.gov.uk."), ["sendias@luton.gov.uk"]);
        assert_eq!(runs("دیکھیں https://www.luton.gov.uk/send?x=1. اور (www.example.org)"), ["https://www.luton.gov.uk/send?x=1", "www.example.org"]);
        assert!(runs("no address here. none").is_empty());
    }

    #[test]
    fn only_text_is_marked_never_attributes_scripts_or_comments() {
        let html = r#"<p title="0808 808 3555">رابطہ: <a href="tel:+448088083555">0808 808 3555</a></p><!-- 0808 808 3555 --><script type="application/ld+json">{"telephone":"0808 808 3555"}</script><title>0808 808 3555</title>"#;
        let marked = isolate_html(html);
        assert_eq!(
            marked,
            r#"<p title="0808 808 3555">رابطہ: <a href="tel:+448088083555"><bdi dir="ltr">0808 808 3555</bdi></a></p><!-- 0808 808 3555 --><script type="application/ld+json">{"telephone":"0808 808 3555"}</script><title>0808 808 3555</title>"#
        );
        assert!(matches!(isolate_html("<p>کچھ نہیں</p>"), Cow::Borrowed(_)), "a page with nothing to mark is not copied");
        assert_eq!(isolate_html("call 0808 808 3555"), "call <bdi dir=\"ltr\">0808 808 3555</bdi>");
    }

    #[test]
    fn a_quoted_angle_bracket_does_not_end_a_tag() {
        let html = r##"<a data-x="a>b 0808 808 3555" href="#">x</a> 0808 808 3555"##;
        assert_eq!(isolate_html(html), r##"<a data-x="a>b 0808 808 3555" href="#">x</a> <bdi dir="ltr">0808 808 3555</bdi>"##);
    }
}
