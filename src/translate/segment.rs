//! A page's text cut into translation units, and a translated unit put back as Markdown.
//!
//! A unit is one block's inline text: a heading, a paragraph, a list item's text, a table
//! cell. Everything a translator must not change is an inline code: a link's brackets and
//! address, `**`, `` `code` ``, an `<abbr>` tag, a line break. A code that wraps text (a
//! link, emphasis) is a pair, `<g>`; the others are placeholders, `<x/>`. The code's
//! Markdown is never sent out: it is taken again from the source page when the translation
//! comes back, so a translator cannot break a link's address.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// One block's text, ready to be written as XLIFF: plain text and codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Where the block's inline text is in the body: replaced by the translation.
    pub range: Range<usize>,
    pub parts: Vec<Part>,
    /// Each code's Markdown, by id (id `n` is `codes[n - 1]`).
    pub codes: Vec<Code>,
    /// For a heading whose id comes from its words: that id, which its translation keeps
    /// (`## Translated {#id}`), so that links to it still arrive.
    pub anchor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    /// A pair around text: `<g id>`.
    Open(usize),
    Close(usize),
    /// A placeholder: `<x id/>`.
    Placeholder(usize),
}

/// The Markdown of a code: `open` and `close` around a pair's text, or `open` alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub kind: &'static str,
    pub open: String,
    pub close: Option<String>,
}

/// The options the export reads Markdown with: the site's, without smart punctuation, so
/// that the source text is sent as written.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES
}

/// A node of a block's inline tree, with its place in the body.
enum Inline {
    Leaf { event_kind: LeafKind, range: Range<usize> },
    Span { kind: &'static str, range: Range<usize>, children: Vec<Inline> },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LeafKind {
    Text,
    SoftBreak,
    Code(&'static str),
}

/// Cuts `body` into units, in reading order. Code blocks and HTML blocks are not units:
/// they are kept as written.
pub fn units(body: &str) -> Vec<Unit> {
    let mut units = Vec::new();
    // The inline tree of the block being read: a stack of open spans, the outermost first.
    let mut stack: Vec<(&'static str, Range<usize>, Vec<Inline>)> = vec![("", 0..0, Vec::new())];
    let mut in_code_block = false;
    let mut heading: Option<bool> = None;
    let finish = |stack: &mut Vec<(&'static str, Range<usize>, Vec<Inline>)>, units: &mut Vec<Unit>, heading: &mut Option<bool>| {
        // A block ends: anything still open is closed where its text ends.
        while stack.len() > 1 {
            let (kind, range, children) = stack.pop().expect("more than one");
            stack.last_mut().expect("the root").2.push(Inline::Span { kind, range, children });
        }
        let nodes = std::mem::take(&mut stack[0].2);
        if let Some(mut unit) = unit_of(body, nodes) {
            if heading.take() == Some(false) {
                unit.anchor = Some(crate::render::anchor::anchor(&plain(&unit.parts)));
            }
            units.push(unit);
        }
        *heading = None;
    };
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        if in_code_block {
            in_code_block = !matches!(event, Event::End(TagEnd::CodeBlock));
            continue;
        }
        let leaf = |kind| Inline::Leaf { event_kind: kind, range: range.clone() };
        match event {
            Event::Text(_) => stack.last_mut().expect("root").2.push(leaf(LeafKind::Text)),
            Event::SoftBreak => stack.last_mut().expect("root").2.push(leaf(LeafKind::SoftBreak)),
            Event::Code(_) => stack.last_mut().expect("root").2.push(leaf(LeafKind::Code("x-code"))),
            Event::InlineHtml(_) => stack.last_mut().expect("root").2.push(leaf(LeafKind::Code("x-html"))),
            Event::HardBreak => stack.last_mut().expect("root").2.push(leaf(LeafKind::Code("lb"))),
            Event::FootnoteReference(_) => stack.last_mut().expect("root").2.push(leaf(LeafKind::Code("x-footnote"))),
            Event::InlineMath(_) | Event::DisplayMath(_) => stack.last_mut().expect("root").2.push(leaf(LeafKind::Code("x-math"))),
            Event::Start(Tag::Link { link_type: LinkType::Autolink | LinkType::Email, .. }) => stack.push(("x-autolink", range, Vec::new())),
            Event::Start(Tag::Link { .. }) => stack.push(("link", range, Vec::new())),
            Event::Start(Tag::Image { .. }) => stack.push(("image", range, Vec::new())),
            Event::Start(Tag::Emphasis) => stack.push(("italic", range, Vec::new())),
            Event::Start(Tag::Strong) => stack.push(("bold", range, Vec::new())),
            Event::Start(Tag::Strikethrough) => stack.push(("x-strike", range, Vec::new())),
            Event::Start(Tag::Superscript | Tag::Subscript) => stack.push(("x-script", range, Vec::new())),
            Event::End(TagEnd::Link | TagEnd::Image | TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Superscript | TagEnd::Subscript) => {
                if stack.len() > 1 {
                    let (kind, range, children) = stack.pop().expect("more than one");
                    stack.last_mut().expect("the root").2.push(Inline::Span { kind, range, children });
                }
            }
            Event::Start(Tag::CodeBlock(_)) => {
                finish(&mut stack, &mut units, &mut heading);
                in_code_block = true;
            }
            Event::Start(Tag::Heading { id, .. }) => {
                finish(&mut stack, &mut units, &mut heading);
                heading = Some(id.is_some());
            }
            // Every other event starts or ends a block: the text so far is one unit.
            _ => finish(&mut stack, &mut units, &mut heading),
        }
    }
    finish(&mut stack, &mut units, &mut heading);
    units
}

/// A block's inline nodes as a unit; `None` when they hold no words to translate.
fn unit_of(body: &str, nodes: Vec<Inline>) -> Option<Unit> {
    let range = nodes.first().map(start)?..nodes.last().map(end)?;
    let mut unit = Unit { range, parts: Vec::new(), codes: Vec::new(), anchor: None };
    for node in &nodes {
        add(body, node, &mut unit);
    }
    let words = unit.parts.iter().any(|p| matches!(p, Part::Text(t) if t.chars().any(char::is_alphabetic)));
    // A unit that is only a code (a lone link with no words around it is still words).
    words.then_some(unit)
}

fn start(node: &Inline) -> usize {
    match node {
        Inline::Leaf { range, .. } | Inline::Span { range, .. } => range.start,
    }
}

fn end(node: &Inline) -> usize {
    match node {
        Inline::Leaf { range, .. } | Inline::Span { range, .. } => range.end,
    }
}

fn add(body: &str, node: &Inline, unit: &mut Unit) {
    match node {
        Inline::Leaf { event_kind: LeafKind::Text, range } => push_text(&mut unit.parts, &flatten(&body[range.clone()])),
        Inline::Leaf { event_kind: LeafKind::SoftBreak, .. } => push_text(&mut unit.parts, " "),
        Inline::Leaf { event_kind: LeafKind::Code(kind), range } => {
            unit.codes.push(Code { kind, open: body[range.clone()].to_string(), close: None });
            unit.parts.push(Part::Placeholder(unit.codes.len()));
        }
        Inline::Span { kind, range, children } if children.is_empty() || kind.starts_with("x-autolink") => {
            unit.codes.push(Code { kind, open: body[range.clone()].to_string(), close: None });
            unit.parts.push(Part::Placeholder(unit.codes.len()));
        }
        Inline::Span { kind, range, children } => {
            let (first, last) = (start(&children[0]), end(&children[children.len() - 1]));
            unit.codes.push(Code { kind, open: body[range.start..first].to_string(), close: Some(body[last..range.end].to_string()) });
            let id = unit.codes.len();
            unit.parts.push(Part::Open(id));
            for child in children {
                add(body, child, unit);
            }
            unit.parts.push(Part::Close(id));
        }
    }
}

fn push_text(parts: &mut Vec<Part>, text: &str) {
    match parts.last_mut() {
        Some(Part::Text(last)) => last.push_str(text),
        _ => parts.push(Part::Text(text.to_string())),
    }
}

/// Source text as one line: a line break and the next line's indent become one space.
fn flatten(text: &str) -> String {
    let mut lines = text.lines();
    let mut out = lines.next().unwrap_or_default().to_string();
    for line in lines {
        out.push(' ');
        out.push_str(line.trim_start());
    }
    out
}

/// A translated unit's parts as Markdown, with each code's Markdown from the source unit.
/// The parts have been checked against the source's codes (see `xliff::check_codes`).
pub fn to_markdown(parts: &[Part], codes: &[Code]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(&escape(text, out.is_empty())),
            Part::Open(id) | Part::Placeholder(id) => out.push_str(&codes[id - 1].open),
            Part::Close(id) => out.push_str(codes[id - 1].close.as_deref().unwrap_or_default()),
        }
    }
    out.trim_end().to_string()
}

/// A translator's text made safe in Markdown: characters that would start markup are
/// escaped, as is what would make the line a heading, a list or a quote. The text was
/// sent as written, so a backslash escape the source had comes back as it was.
fn escape(text_in: &str, at_line_start: bool) -> String {
    // Runs of spaces and line breaks become one space: a unit is one line of Markdown.
    let mut text = String::with_capacity(text_in.len());
    for c in text_in.chars() {
        if !c.is_whitespace() {
            text.push(c);
        } else if !text.ends_with(' ') {
            text.push(' ');
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                // An escape from the source (`\*`) is kept; a lone backslash is escaped.
                match chars.peek() {
                    Some(&next) if next.is_ascii_punctuation() => {
                        out.push(c);
                        out.push(chars.next().expect("peeked"));
                    }
                    _ => out.push_str("\\\\"),
                }
            }
            '*' | '_' | '`' | '[' | ']' | '<' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    if at_line_start {
        out = out.trim_start().to_string();
        let digits = out.chars().take_while(char::is_ascii_digit).count();
        if out.starts_with(['#', '>', '-', '+', '=', '|']) {
            out.insert(0, '\\');
        } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
            out.insert(digits, '\\');
        }
    }
    out
}

/// A unit's text alone, for a value with no codes (a title, a description).
pub fn plain(parts: &[Part]) -> String {
    let text: String = parts.iter().filter_map(|p| if let Part::Text(t) = p { Some(t.as_str()) } else { None }).collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The unit's text as the source has it, with its codes' Markdown: what a unit with no
/// translation falls back to.
pub fn source_markdown(body: &str, unit: &Unit) -> String {
    body[unit.range.clone()].to_string()
}

/// The body with each unit's range replaced by its translation, in one pass.
pub fn replace(body: &str, units: &[Unit], translations: &[String]) -> String {
    let mut out = String::with_capacity(body.len() * 2);
    let mut at = 0;
    for (unit, text) in units.iter().zip(translations) {
        out.push_str(&body[at..unit.range.start]);
        out.push_str(text);
        at = unit.range.end;
    }
    out.push_str(&body[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<String> {
        units(body).iter().map(|u| u.parts.iter().map(|p| match p {
            Part::Text(t) => t.clone(),
            Part::Open(id) => format!("<g{id}>"),
            Part::Close(id) => format!("</g{id}>"),
            Part::Placeholder(id) => format!("<x{id}/>"),
        }).collect()).collect()
    }

    #[test]
    fn each_block_is_a_unit_and_inline_markup_is_a_code() {
        let body = "## Who can help {#help}\n\nTalk to **your GP** or read\n[EHC plans](../ehc-plans.md).\n\n- A list item with `code`\n- Second\n\n| A | B |\n|---|---|\n| one | two |\n\n```\nnot text\n```\n";
        assert_eq!(texts(body), [
            "Who can help",
            "Talk to <g1>your GP</g1> or read <g2>EHC plans</g2>.",
            "A list item with <x1/>",
            "Second",
            "A", "B", "one", "two",
        ]);
        let units = units(body);
        assert_eq!(units[1].codes[1].open, "[");
        assert_eq!(units[1].codes[1].close.as_deref(), Some("](../ehc-plans.md)"));
        assert_eq!(&body[units[0].range.clone()], "Who can help");
        assert_eq!(units[0].anchor, None, "an id written in the source stays where it is");
        assert_eq!(self::units("## Who to ring\n\nText.\n")[0].anchor.as_deref(), Some("who-to-ring"));
    }

    #[test]
    fn a_translation_keeps_the_codes_of_its_source_and_the_rest_of_the_page() {
        let body = "Intro with a [link](a.md \"Title\").\n\n- Item *one*\n";
        let units = units(body);
        let parts = vec![Part::Text("Wstęp z ".into()), Part::Open(1), Part::Text("linkiem".into()), Part::Close(1), Part::Text(".".into())];
        let first = to_markdown(&parts, &units[0].codes);
        assert_eq!(first, "Wstęp z [linkiem](a.md \"Title\").");
        let second = to_markdown(&[Part::Text("Punkt ".into()), Part::Open(1), Part::Text("jeden".into()), Part::Close(1)], &units[1].codes);
        assert_eq!(replace(body, &units, &[first, second]), "Wstęp z [linkiem](a.md \"Title\").\n\n- Punkt *jeden*\n");
    }

    #[test]
    fn a_translators_markup_characters_stay_text() {
        assert_eq!(escape("1. a *b* [c] <d> \\* \\", true), "1\\. a \\*b\\* \\[c\\] \\<d> \\* \\\\");
        assert_eq!(escape("# not a heading", true), "\\# not a heading");
        assert_eq!(escape("# mid", false), "# mid");
    }

    #[test]
    fn an_autolink_and_an_abbreviation_are_placeholders() {
        assert_eq!(texts("Write to <info@example.org> about <abbr title=\"x\">SEND</abbr>.\n"), ["Write to <x1/> about <x2/>SEND<x3/>."]);
    }

    #[test]
    fn a_block_with_no_words_is_not_a_unit() {
        assert!(units("01582 546000\n\n---\n").is_empty());
    }
}
