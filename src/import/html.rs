//! A feed's HTML description to clean Markdown, and its one-sentence summary.
//!
//! 1. Plain text (no tags) becomes paragraphs first, so its line breaks are kept.
//! 2. ammonia cleans the HTML with a narrower list than raw HTML in a page has: only what
//!    Markdown can say (paragraphs, headings, emphasis, lists, links, tables). Scripts,
//!    styles, images (a `data:` one or another site's, which the page could not load
//!    under its CSP), `data-*` attributes and `target=_blank` go with it, and a link keeps
//!    only an http(s), mailto or tel address.
//! 3. htmd turns what is left into Markdown, by turndown's rules.
//! 4. Editor debris goes: non-breaking spaces, runs of spaces, empty paragraphs, empty
//!    links; a page's own `#` heading becomes a `##`, as the title is the page's `<h1>`.

use std::collections::HashSet;
use std::sync::OnceLock;

use htmd::options::{BrStyle, BulletListMarker, Options};
use htmd::HtmlToMarkdown;

/// The longest summary: a search engine shows about this much of a meta description.
pub const SUMMARY_MAX: usize = 160;

fn cleaner() -> &'static ammonia::Builder<'static> {
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let tags: HashSet<&str> = [
            "a", "b", "blockquote", "br", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "li", "ol", "p", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
        ]
        .into();
        let mut builder = ammonia::Builder::default();
        builder
            .tags(tags)
            .generic_attributes(HashSet::new())
            .tag_attributes([("a", ["href"].into())].into())
            .url_schemes(["http", "https", "mailto", "tel"].into())
            .url_relative(ammonia::UrlRelative::Deny)
            .link_rel(None);
        builder
    })
}

fn converter() -> &'static HtmlToMarkdown {
    static CONVERTER: OnceLock<HtmlToMarkdown> = OnceLock::new();
    CONVERTER.get_or_init(|| {
        let options = Options { br_style: BrStyle::Backslash, bullet_list_marker: BulletListMarker::Dash, ul_bullet_spacing: 1, ol_number_spacing: 1, ..Options::default() };
        HtmlToMarkdown::builder().options(options).build()
    })
}

/// The Markdown of a description written in HTML (or plain text).
pub fn to_markdown(description: &str) -> String {
    let html = if is_html(description) { description.to_string() } else { paragraphs(description) };
    let clean = cleaner().clean(&html).to_string();
    let markdown = converter().convert(&clean).unwrap_or_default();
    tidy(&markdown)
}

/// Whether a description is HTML: it has a tag an editor's HTML would have. A plain text
/// that says "<5 years" or "<paragraph>" is not.
fn is_html(text: &str) -> bool {
    static TAG: OnceLock<regex::Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| regex::Regex::new(r"(?i)</?(p|br|div|span|ul|ol|li|a|strong|b|em|i|u|h[1-6]|table|tr|td|img|script|style|iframe|font|blockquote)(\s[^>]*)?/?>").expect("a valid pattern"));
    tag.is_match(text)
}

/// Plain text as HTML paragraphs: a blank line parts paragraphs, a line break stays one.
fn paragraphs(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut html = String::with_capacity(text.len() + 32);
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        html.push_str("<p>");
        let lines: Vec<String> = paragraph.lines().map(|l| html_escape::encode_text(l.trim()).into_owned()).collect();
        html.push_str(&lines.join("<br>"));
        html.push_str("</p>");
    }
    html
}

fn tidy(markdown: &str) -> String {
    let markdown = markdown.replace(['\u{a0}', '\u{202f}'], " ").replace("[](", "](");
    let mut out = String::with_capacity(markdown.len());
    let mut blank = true;
    for line in markdown.lines() {
        let indent = line.len() - line.trim_start().len();
        let mut text = String::with_capacity(line.len());
        let mut space = false;
        for c in line[indent..].trim_end().chars() {
            if c == ' ' {
                space = true;
                continue;
            }
            if space {
                text.push(' ');
                space = false;
            }
            text.push(c);
        }
        // A line of nothing but a hard break's backslash was an empty paragraph's `<br>`.
        if text.is_empty() || text == "\\" {
            if !blank {
                out.push('\n');
            }
            blank = true;
            continue;
        }
        let text = match text.strip_prefix("# ") {
            Some(heading) => format!("## {heading}"),
            None => text,
        };
        out.push_str(&line[..indent]);
        out.push_str(text.strip_suffix('\\').unwrap_or(&text).trim_end());
        if text.ends_with('\\') {
            out.push('\\');
        }
        out.push('\n');
        blank = false;
    }
    // "](" left by an empty link is `[](x)` with its text gone: drop what remains.
    let out = drop_empty_links(&out);
    out.trim_end().to_string()
}

/// `](https://x)` left where a link had no text: the address alone means nothing.
fn drop_empty_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        let opened = rest[..i].rfind('[').is_some_and(|open| !rest[open..i].contains(']'));
        if opened {
            out.push_str(&rest[..i + 2]);
            rest = &rest[i + 2..];
            continue;
        }
        match rest[i..].find(')') {
            Some(close) => {
                out.push_str(&rest[..i]);
                rest = &rest[i + close + 1..];
            }
            None => {
                out.push_str(rest);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of Markdown, without its formatting, paragraphs joined by a space.
pub fn plain_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut text = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first sentence of `text`, cut at a word before [`SUMMARY_MAX`] characters (with an
/// ellipsis) when it is longer.
pub fn summary(text: &str) -> String {
    let text = text.trim();
    let mut end = text.len();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if matches!(c, '.' | '!' | '?') && chars.get(k + 1).is_none_or(|&(_, next)| next == ' ') && chars.get(k + 2).is_none_or(|&(_, after)| !after.is_lowercase()) {
            end = i + c.len_utf8();
            break;
        }
    }
    let sentence = &text[..end];
    if sentence.chars().count() <= SUMMARY_MAX {
        return sentence.to_string();
    }
    let cut: String = sentence.chars().take(SUMMARY_MAX - 1).collect();
    let cut = cut.rfind(' ').map_or(cut.as_str(), |space| &cut[..space]);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_debris_goes() {
        let html = "<p data-id=\"7\">Speech&nbsp;&nbsp;&nbsp;therapy for <strong>children</strong>.</p><p>&nbsp;</p><p></p><p><br></p>\
                    <p><a href=\"https://example.org/more\" target=\"_blank\" rel=\"noopener\">Read more</a></p>\
                    <p><img src=\"data:image/png;base64,AAAA\" alt=\"x\"><script>alert(1)</script><a href=\"javascript:alert(1)\">bad</a></p>";
        assert_eq!(to_markdown(html), "Speech therapy for **children**.\n\n[Read more](https://example.org/more)\n\nbad");
    }

    #[test]
    fn lists_and_headings() {
        let html = "<h1>About</h1><ul><li>One</li><li>Two</li></ul><ol><li>First</li></ol>";
        assert_eq!(to_markdown(html), "## About\n\n- One\n- Two\n\n1. First");
    }

    #[test]
    fn plain_text_keeps_its_paragraphs_and_escapes_nothing_into_html() {
        assert_eq!(to_markdown("Line one\nline two\n\nSecond <paragraph> & more"), "Line one\\\nline two\n\nSecond \\<paragraph> & more");
    }

    #[test]
    fn summaries_are_one_sentence_of_at_most_160_characters() {
        assert_eq!(summary("We help. Call us."), "We help.");
        assert_eq!(summary("Help for e.g. children. More"), "Help for e.g. children.");
        let long = "word ".repeat(60);
        let cut = summary(&long);
        assert!(cut.chars().count() <= SUMMARY_MAX && cut.ends_with("word…"), "{cut}");
        assert_eq!(plain_text("## Hi\n\nA **b** [c](https://e.org)."), "Hi A b c.");
    }
}
