//! Markdown (pulldown-cmark's events) to typst markup, for the leaflets.
//!
//! Content never becomes typst code: every character a content editor wrote goes into a
//! typst string literal (`#"..."`, with `\` and `"` escaped), where no character is markup
//! and nothing runs. The only code in the output is this module's own fixed calls
//! (`#heading(level: 2)[...]`, `#list(...)`, `#link("...")[...]`), whose arguments are again
//! string literals. After a literal comes only `#`, `]`, `,`, `)` or a line break, so no
//! literal is ever continued into a field access or a call.
//!
//! 1. Paragraphs, headings, lists, block quotes, tables, code, rules and footnotes become
//!    the typst elements of the same meaning, so the PDF is tagged with the same structure.
//! 2. A link prints its text, then its full address in brackets, as paper cannot be
//!    clicked: the caller gives the address (absolute, in the reader's language).
//! 3. Images and raw HTML are left out: a leaflet is the text (a contact card's marker is
//!    raw HTML; the template shows the cards themselves).

use std::collections::HashMap;
use std::fmt::Write;

use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};

/// `text` as a typst string literal, quotes included.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32); // writing to a String cannot fail
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` with each of [`crate::bidi::ltr_runs`] between U+2066 (left-to-right isolate)
/// and U+2069 (pop directional isolate).
fn isolated(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut copied = 0;
    for run in crate::bidi::ltr_runs(text) {
        out.push_str(&text[copied..run.start]);
        out.push('\u{2066}');
        out.push_str(&text[run.clone()]);
        out.push('\u{2069}');
        copied = run.end;
    }
    out.push_str(&text[copied..]);
    out
}

/// Where a link leads, as printed and linked in the leaflet; `None` keeps only the text
/// (a link within the page, or one that could not be resolved).
pub type Address<'f> = &'f dyn Fn(&str) -> Option<String>;

/// The body as typst markup. In a right-to-left leaflet (`rtl`), phone numbers, postcodes
/// and addresses in the text are left-to-right isolates (U+2066 ... U+2069, which typst's
/// line layout honours), so that their digit groups print in their own order.
pub fn to_markup<'a>(events: impl IntoIterator<Item = Event<'a>>, address: Address, rtl: bool) -> String {
    let mut writer = Writer { out: String::new(), text: String::new(), address, links: Vec::new(), code: None, hidden: 0, footnotes: HashMap::new(), rtl };
    for event in events {
        writer.event(event);
    }
    writer.flush();
    writer.out
}

/// Only the `##` sections numbered in `wanted` (from 0, in order), and the text before
/// the first `##` heading.
pub fn select_sections<'a>(events: Vec<Event<'a>>, wanted: &[usize]) -> Vec<Event<'a>> {
    let mut section: Option<usize> = None;
    let mut count = 0;
    events
        .into_iter()
        .filter(|event| {
            if let Event::Start(Tag::Heading { level: HeadingLevel::H2, .. }) = event {
                section = Some(count);
                count += 1;
            }
            section.is_none_or(|s| wanted.contains(&s))
        })
        .collect()
}

/// A link being written: where it leads, and its text so far (to leave out an address
/// that only repeats it).
struct OpenLink {
    printed: Option<String>,
    text: String,
}

struct Writer<'f> {
    out: String,
    /// Text not yet written out: consecutive text events become one literal.
    text: String,
    address: Address<'f>,
    links: Vec<OpenLink>,
    /// The text of the code block being read.
    code: Option<String>,
    /// Inside an image (its alt text is not printed) or raw HTML.
    hidden: usize,
    /// Footnote label -> its number, in order of first reference.
    footnotes: HashMap<String, usize>,
    /// The leaflet reads right to left.
    rtl: bool,
}

impl Writer<'_> {
    fn flush(&mut self) {
        if !self.text.is_empty() {
            self.out.push('#');
            match self.rtl {
                true => self.out.push_str(&string(&isolated(&self.text))),
                false => self.out.push_str(&string(&self.text)),
            }
            self.text.clear();
        }
    }

    /// Writes fixed markup or code of this module's own (never content).
    fn code(&mut self, markup: &str) {
        self.flush();
        self.out.push_str(markup);
    }

    fn text(&mut self, text: &str) {
        if self.hidden > 0 {
            return;
        }
        if let Some(code) = self.code.as_mut() {
            code.push_str(text);
            return;
        }
        for link in &mut self.links {
            link.text.push_str(text);
        }
        self.text.push_str(text);
    }

    fn footnote(&mut self, label: &str) -> usize {
        let next = self.footnotes.len() + 1;
        *self.footnotes.entry(label.to_string()).or_insert(next)
    }

    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.code("#linebreak()"),
            Event::Code(code) if self.hidden == 0 => {
                for link in &mut self.links {
                    link.text.push_str(&code);
                }
                self.code(&format!("#raw({})", string(&code)));
            }
            Event::Rule => self.code("#line(length: 100%)\n\n"),
            Event::FootnoteReference(label) => {
                let n = self.footnote(&label);
                self.code(&format!("#super[#{}]", string(&n.to_string())));
            }
            Event::TaskListMarker(done) => self.text(if done { "\u{2611} " } else { "\u{2610} " }),
            // Raw HTML (and the contact cards' markers), maths and the rest: not printed.
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => self.flush(),
            Tag::Heading { level, .. } => self.code(&format!("#heading(level: {})[", level as usize)),
            Tag::BlockQuote(_) => self.code("#quote(block: true)["),
            Tag::CodeBlock(_) => {
                self.flush();
                self.code = Some(String::new());
            }
            Tag::List(None) => self.code("#list("),
            Tag::List(Some(first)) => self.code(&format!("#enum(start: {first}, ")),
            Tag::Item => self.code("["),
            Tag::FootnoteDefinition(label) => {
                let n = self.footnote(&label);
                self.code(&format!("#block[#super[#{}] ", string(&n.to_string())));
            }
            Tag::Table(alignments) => {
                let align: Vec<&str> = alignments
                    .iter()
                    .map(|a| match a {
                        Alignment::Center => "center",
                        Alignment::Right => "end",
                        Alignment::Left | Alignment::None => "start",
                    })
                    .collect();
                self.code(&format!("#table(columns: {}, align: ({},), ", alignments.len(), align.join(", ")));
            }
            Tag::TableHead => self.code("table.header("),
            Tag::TableCell => self.code("["),
            Tag::Emphasis => self.code("#emph["),
            Tag::Strong => self.code("#strong["),
            Tag::Strikethrough => self.code("#strike["),
            Tag::Link { dest_url, .. } => match (self.address)(&dest_url) {
                Some(url) => {
                    self.code(&format!("#link({})[", string(&url)));
                    let printed = url.strip_prefix("mailto:").or_else(|| url.strip_prefix("tel:")).unwrap_or(&url).to_string();
                    self.links.push(OpenLink { printed: Some(printed), text: String::new() });
                }
                None => self.links.push(OpenLink { printed: None, text: String::new() }),
            },
            Tag::Image { .. } | Tag::HtmlBlock => self.hidden += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.code("\n\n"),
            TagEnd::Heading(_) | TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition => self.code("]\n\n"),
            TagEnd::CodeBlock => {
                let code = self.code.take().unwrap_or_default();
                self.code(&format!("#raw(block: true, {})\n\n", string(code.trim_end_matches('\n'))));
            }
            TagEnd::List(_) | TagEnd::Table => self.code(")\n\n"),
            TagEnd::Item | TagEnd::TableCell => self.code("], "),
            TagEnd::TableHead => self.code("), "),
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => self.code("]"),
            TagEnd::Link => {
                let Some(link) = self.links.pop() else { return };
                let Some(printed) = link.printed else { return };
                self.code("]");
                if link.text.trim() != printed {
                    // A space that cannot break keeps the bracket with the words; the
                    // address reads left to right in a right-to-left line too.
                    self.text("\u{a0}(");
                    self.code(&format!("#text(dir: ltr, {})", string(&printed)));
                    self.text(")");
                }
            }
            TagEnd::Image | TagEnd::HtmlBlock => self.hidden = self.hidden.saturating_sub(1),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    fn markup(markdown: &str) -> String {
        let events = Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH);
        to_markup(events, &|url: &str| (!url.starts_with('#')).then(|| url.to_string()), false)
    }

    #[test]
    fn a_right_to_left_leaflet_isolates_its_numbers_and_a_left_to_right_one_does_not() {
        let text = "فون کریں 0808 808 3555 یا LU1 2BQ۔";
        let rtl = to_markup(Parser::new(text), &|_| None, true);
        assert_eq!(rtl, "#\"فون کریں \u{2066}0808 808 3555\u{2069} یا \u{2066}LU1 2BQ\u{2069}۔\"\n\n");
        assert_eq!(markup(text), "#\"فون کریں 0808 808 3555 یا LU1 2BQ۔\"\n\n");
    }

    #[test]
    fn string_literals_escape_only_what_ends_or_escapes_them() {
        assert_eq!(string(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(string("line\nnext\u{7}"), r#""line\nnext\u{7}""#);
        assert_eq!(string("#$@*<_`=-+/[]"), "\"#$@*<_`=-+/[]\"");
    }

    #[test]
    fn typst_syntax_in_content_stays_in_string_literals() {
        let out = markup("Try #read(\"/etc/passwd\") and $x$ @ref *a* <b> \\ _c_ `d` = - + / [e] \"\n");
        // The only `#` outside literals are this module's own; the content's are quoted.
        assert!(out.starts_with("#\"Try #read(\\\"/etc/passwd\\\") and $x$ @ref \"#emph["), "{out}");
        assert!(out.contains("#raw(\"d\")"), "{out}");
        let unquoted = strip_literals(&out);
        assert!(!unquoted.contains("read") && !unquoted.contains('$') && !unquoted.contains('@') && !unquoted.contains('<'), "{unquoted}");
    }

    /// The markup with every string literal removed: what typst reads as code or markup.
    fn strip_literals(markup: &str) -> String {
        let mut out = String::new();
        let mut chars = markup.chars();
        while let Some(c) = chars.next() {
            if c != '"' {
                out.push(c);
                continue;
            }
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    _ => {}
                }
            }
        }
        out
    }

    #[test]
    fn structure_becomes_typst_elements() {
        let out = markup("## Who we are\n\n- one\n- two\n\n1. first\n2. second\n\n**bold** and *em*\n");
        assert!(out.starts_with("#heading(level: 2)[#\"Who we are\"]\n\n#list([#\"one\"], [#\"two\"], )\n\n#enum(start: 1, [#\"first\"], [#\"second\"], )"), "{out}");
        assert!(out.contains("#strong[#\"bold\"]#\" and \"#emph[#\"em\"]"), "{out}");
    }

    #[test]
    fn links_print_their_address_once() {
        let out = markup("See [the guide](https://example.org/en/guide/), <https://example.org/x>, [top](#top) and [mail](mailto:a@example.org).\n");
        let expected = concat!(
            "#\"See \"#link(\"https://example.org/en/guide/\")[#\"the guide\"]#\"\u{a0}(\"#text(dir: ltr, \"https://example.org/en/guide/\")#\"), \"",
            "#link(\"https://example.org/x\")[#\"https://example.org/x\"]#\", top and \"",
            "#link(\"mailto:a@example.org\")[#\"mail\"]#\"\u{a0}(\"#text(dir: ltr, \"a@example.org\")#\").\"",
        );
        assert_eq!(out.trim_end(), expected);
    }

    #[test]
    fn tables_have_header_rows() {
        let out = markup("| A | B |\n|:--|--:|\n| 1 | 2 |\n");
        assert_eq!(out, "#table(columns: 2, align: (start, end,), table.header([#\"A\"], [#\"B\"], ), [#\"1\"], [#\"2\"], )\n\n");
    }

    #[test]
    fn images_and_raw_html_are_left_out() {
        assert_eq!(markup("![A bus](bus.jpg)\n"), "\n\n");
        assert_eq!(markup("<div>x</div>\n"), "");
    }

    #[test]
    fn sections_are_chosen_by_number() {
        let md = "Intro.\n\n## A\n\nIn A.\n\n## B\n\nIn B.\n\n### B.1\n\nStill B.\n\n## C\n\nIn C.\n";
        let events: Vec<Event> = Parser::new(md).collect();
        let out = to_markup(select_sections(events, &[1]), &|_| None, false);
        assert!(out.contains("Intro.") && out.contains("In B.") && out.contains("Still B."), "{out}");
        assert!(!out.contains("In A.") && !out.contains("In C."), "{out}");
    }
}
