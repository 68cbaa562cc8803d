//! A page's HTML body as the text Pagefind 1.6 indexes: its "digest".
//!
//! The digest is the text of the body with markers Pagefind's indexer reads between the
//! words: where a heading or a `data-pagefind-weight` element starts and ends (so its words
//! weigh more), and where an element with an `id` starts (so a result can link to the
//! heading nearest the match). Blocks are kept apart by a full stop when their text ends
//! without one, so that excerpts read as sentences.
//!
//! The body comes from our own renderer and sanitiser, so it is well formed: a small scanner
//! walks it instead of a full HTML parser. What Pagefind's parser would do with the same
//! HTML is the specification, checked by the tests of [`super::bundle`].

use std::collections::BTreeMap;

use hashbrown::HashMap;
use std::sync::LazyLock;

use regex::Regex;

/// Blocks, which end a sentence.
const SENTENCE: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section"];
/// Inline elements, which share the anchor of the element around them.
const INLINE: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdo", "big", "br", "button", "cite", "code", "dfn", "em", "i", "img", "input", "kbd", "label", "map", "object", "output", "q", "samp",
    "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "tt", "var",
];
/// Elements whose text is not indexed.
const REMOVED: &[&str] = &["head", "style", "script", "noscript", "label", "form", "svg", "footer", "nav", "iframe", "template"];
/// Elements without content or end tag.
const VOID: &[&str] = &["area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"];
/// Elements whose content is text up to their end tag.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// Which of the lists above an element is on, looked up once per tag.
#[derive(Clone, Copy, Default)]
struct Kind {
    sentence: bool,
    inline: bool,
    removed: bool,
    void: bool,
    raw_text: bool,
}

static KINDS: LazyLock<HashMap<&'static str, Kind>> = LazyLock::new(|| {
    let mut kinds: HashMap<&'static str, Kind> = HashMap::new();
    type Marked = (&'static [&'static str], fn(&mut Kind));
    let lists: [Marked; 5] =
        [(SENTENCE, |k| k.sentence = true), (INLINE, |k| k.inline = true), (REMOVED, |k| k.removed = true), (VOID, |k| k.void = true), (RAW_TEXT, |k| k.raw_text = true)];
    for (names, mark) in lists {
        for name in names {
            mark(kinds.entry(name).or_default());
        }
    }
    kinds
});

fn kind(name: &str) -> Kind {
    KINDS.get(name).copied().unwrap_or_default()
}

static SENTENCE_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"[\w'"\)\$\*]"#).expect("a valid pattern"));
static ALL_SPACES: LazyLock<Regex> = LazyLock::new(|| Regex::new("\\s").expect("a valid pattern"));

/// Whether a block whose text ends in `c` gets a full stop: Pagefind's pattern
/// `[\w'")$*]`, without running it for ASCII characters.
fn ends_sentence(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || matches!(c, '_' | '\'' | '"' | ')' | '$' | '*')
    } else {
        SENTENCE_END.is_match(c.encode_utf8(&mut [0; 4]))
    }
}

/// Text as Pagefind keeps it: entities decoded, trimmed, and each run of white space made
/// one space (a lone white space character other than a line feed is kept as it is).
pub fn normalize_content(text: &str) -> String {
    let decoded = if text.contains('&') { html_escape::decode_html_entities(text) } else { std::borrow::Cow::Borrowed(text) };
    let text = decoded.trim();
    // The next character from byte `i`, whether it is white space, and its length; ASCII
    // (nearly every byte of most pages) without decoding.
    let at = |i: usize| -> (char, bool, usize) {
        match text.as_bytes()[i] {
            b if b.is_ascii() => (b as char, matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'), 1),
            _ => {
                let c = text[i..].chars().next().expect("a character starts here");
                (c, c.is_whitespace(), c.len_utf8())
            }
        }
    };
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while i < text.len() {
        let (c, space, len) = at(i);
        if !space {
            i += len;
            continue;
        }
        out.push_str(&text[copied..i]);
        let mut end = i + len;
        while end < text.len() {
            let (_, space, len) = at(end);
            if !space {
                break;
            }
            end += len;
        }
        if end - i > len {
            out.push(' ');
        } else {
            out.push(if c == '\n' { ' ' } else { c });
        }
        copied = end;
        i = end;
    }
    out.push_str(&text[copied..]);
    out
}

/// What the scanner found in a body.
#[derive(Debug, Default, PartialEq)]
pub struct Digest {
    /// The text with its markers, normalised.
    pub text: String,
    /// The text of each element with an `id`, by `<counter>:<id>`.
    pub anchors: BTreeMap<String, String>,
    /// The first image after the first heading: its address and alternative text.
    pub image: Option<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Indexing,
    Ignored,
}

#[derive(Debug)]
struct Node {
    tag: String,
    value: String,
    status: Status,
    weight: Option<String>,
    anchors: Option<Vec<String>>,
}

struct Scanner {
    stack: Vec<Node>,
    anchors: BTreeMap<String, String>,
    counter: usize,
    titled: bool,
    image: Option<(String, String)>,
}

/// The digest of `html`, a body fragment (what Pagefind reads inside `data-pagefind-body`).
pub fn digest(html: &str) -> Digest {
    let root = Node { tag: String::new(), value: String::new(), status: Status::Indexing, weight: None, anchors: None };
    let mut scanner = Scanner { stack: vec![root], anchors: BTreeMap::new(), counter: 0, titled: false, image: None };
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            scanner.text(rest);
            break;
        };
        if lt > 0 {
            scanner.text(&rest[..lt]);
            rest = &rest[lt..];
        }
        rest = scanner.markup(rest);
    }
    // Elements left open give their text to the ones around them.
    while scanner.stack.len() > 1 {
        let node = scanner.stack.pop().expect("more than the root");
        if node.status == Status::Indexing {
            scanner.top().value.push_str(&node.value);
        }
    }
    let root = scanner.stack.pop().expect("the root");
    Digest { text: normalize_content(&root.value), anchors: scanner.anchors, image: scanner.image }
}

impl Scanner {
    fn top(&mut self) -> &mut Node {
        self.stack.last_mut().expect("the root is never popped")
    }

    fn text(&mut self, text: &str) {
        let node = self.stack.last_mut().expect("the root is never popped");
        node.value.push_str(text);
        if node.status == Status::Indexing {
            for id in node.anchors.iter().flatten() {
                self.anchors.entry(id.clone()).or_default().push_str(text);
            }
        }
    }

    /// Reads the markup at the start of `rest` (which starts with `<`); returns what follows.
    fn markup<'a>(&mut self, rest: &'a str) -> &'a str {
        if let Some(comment) = rest.strip_prefix("<!--") {
            return comment.find("-->").map_or("", |end| &comment[end + 3..]);
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            return rest.find('>').map_or("", |end| &rest[end + 1..]);
        }
        if let Some(end_tag) = rest.strip_prefix("</") {
            let close = end_tag.find('>').unwrap_or(end_tag.len());
            let name = end_tag[..close].trim().to_ascii_lowercase();
            self.end(&name);
            return end_tag.get(close + 1..).unwrap_or("");
        }
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            self.text("<");
            return &rest[1..];
        }
        let (tag, rest) = start_tag(&rest[1..]);
        let name = tag.name.clone();
        self.start(tag);
        if kind(&name).raw_text {
            let end = find_end_tag(rest, &name).unwrap_or(rest.len());
            self.text(&rest[..end]);
            return &rest[end..];
        }
        rest
    }

    fn start(&mut self, tag: StartTag) {
        // Pagefind tells `data-pagefind-ignore="all"` (filters and metadata left out too)
        // from its other values; a body has neither, so both only keep the text out here.
        let ignore = tag.attr("data-pagefind-ignore").is_some();
        let status = if ignore { Status::Ignored } else { Status::Indexing };
        let mut anchor = None;
        if status == Status::Indexing {
            if let Some(id) = tag.attr("id") {
                let id = ALL_SPACES.replace_all(id, "");
                let counter = self.counter;
                self.top().value.push_str(&format!(" ___PAGEFIND_ANCHOR___{}:{counter}:{id} ", tag.name));
                anchor = Some(format!("{counter}:{id}"));
                self.counter += 1;
            }
        }
        if tag.name == "br" {
            self.top().value.push(' ');
        }
        let parent = self.stack.last().expect("the root is never popped");
        let kind = kind(&tag.name);
        let mut anchors = if kind.inline { parent.anchors.clone() } else { None };
        if let Some(anchor) = anchor {
            anchors.get_or_insert_with(Vec::new).push(anchor);
        }
        let status = if kind.removed { Status::Ignored } else { status };
        let node = Node { weight: tag.attr("data-pagefind-weight").map(str::to_string), tag: tag.name, value: String::new(), status, anchors };
        if kind.void {
            if node.tag == "img" && self.titled && self.image.is_none() {
                if let Some(src) = tag.attrs.iter().find(|(n, _)| n == "src").map(|(_, v)| v) {
                    let alt = tag.attrs.iter().find(|(n, _)| n == "alt").map(|(_, v)| normalize_content(v)).unwrap_or_default();
                    self.image = Some((normalize_content(src), alt));
                }
            }
            return;
        }
        self.stack.push(node);
    }

    fn end(&mut self, name: &str) {
        // An end tag without its start tag is ignored, as a browser does.
        let Some(open) = self.stack.iter().rposition(|n| n.tag == name).filter(|&i| i > 0) else { return };
        // Elements left open inside it give their text to the ones around them.
        while self.stack.len() > open + 1 {
            let node = self.stack.pop().expect("above the open element");
            if node.status == Status::Indexing {
                self.top().value.push_str(&node.value);
            }
        }
        let mut node = self.stack.pop().expect("the open element");
        if node.tag == "h1" && !node.value.trim().is_empty() {
            self.titled = true;
        }
        if node.status == Status::Ignored {
            return;
        }
        if kind(&node.tag).sentence {
            node.value.insert(0, ' ');
            if node.value.chars().last().is_some_and(ends_sentence) {
                node.value.push('.');
            }
            node.value.push(' ');
        }
        let auto = match node.tag.as_str() {
            "h1" => Some("7"),
            "h2" => Some("6"),
            "h3" => Some("5"),
            "h4" => Some("4"),
            "h5" => Some("3"),
            "h6" => Some("2"),
            _ => None,
        };
        let value = match (&node.weight, auto) {
            (Some(weight), _) => [" ___PAGEFIND_WEIGHT___", weight, " ", &node.value, " ___END_PAGEFIND_WEIGHT___ "].concat(),
            (None, Some(auto)) => [" ___PAGEFIND_AUTO_WEIGHT___", auto, " ", &node.value, " ___END_PAGEFIND_WEIGHT___ "].concat(),
            (None, None) => node.value,
        };
        self.top().value.push_str(&value);
    }
}

struct StartTag {
    name: String,
    attrs: Vec<(String, String)>,
}

impl StartTag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// The start tag at the beginning of `s` (after its `<`), and what follows it. Attribute
/// values are kept as written, entities and all, as Pagefind's parser gives them.
fn start_tag(s: &str) -> (StartTag, &str) {
    let name_end = s.find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>').unwrap_or(s.len());
    let mut tag = StartTag { name: s[..name_end].to_ascii_lowercase(), attrs: Vec::new() };
    let mut rest = &s[name_end..];
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return (tag, rest);
        }
        if let Some(after) = rest.strip_prefix('>') {
            return (tag, after);
        }
        let name_end = rest.find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/').unwrap_or(rest.len()).max(1);
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start_matches(|c: char| c.is_ascii_whitespace());
        let mut value = "";
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start_matches(|c: char| c.is_ascii_whitespace());
            if let Some(quote) = after.chars().next().filter(|&c| c == '"' || c == '\'') {
                let body = &after[1..];
                let end = body.find(quote).unwrap_or(body.len());
                value = &body[..end];
                rest = body.get(end + 1..).unwrap_or("");
            } else {
                let end = after.find(|c: char| c.is_ascii_whitespace() || c == '>').unwrap_or(after.len());
                value = &after[..end];
                rest = &after[end..];
            }
        }
        if !tag.attrs.iter().any(|(n, _)| *n == name) {
            tag.attrs.push((name, value.to_string()));
        }
    }
}

/// Where `</name` starts in `s`, ignoring case.
fn find_end_tag(s: &str, name: &str) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    lower.find(&format!("</{name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_end_in_full_stops_and_headings_carry_weights() {
        let d = digest("<h1>Help</h1><p>Ask us &amp; we answer</p><ul><li>one</li><li>two?</li></ul>");
        assert_eq!(d.text, "___PAGEFIND_AUTO_WEIGHT___7 Help. ___END_PAGEFIND_WEIGHT___ Ask us & we answer. one. two?");
    }

    #[test]
    fn explicit_weights_and_ignored_elements() {
        let d = digest(r#"<p>EHC plan <span data-pagefind-weight="10">ehcp</span></p><div data-pagefind-ignore="index"><p>hidden</p></div>"#);
        assert_eq!(d.text, "EHC plan ___PAGEFIND_WEIGHT___10 ehcp ___END_PAGEFIND_WEIGHT___");
    }

    #[test]
    fn ids_become_anchors_with_their_text() {
        let d = digest(r#"<h2 id="how to">How to <em>apply</em></h2><p>Text</p>"#);
        assert!(d.text.starts_with("___PAGEFIND_ANCHOR___h2:0:howto ___PAGEFIND_AUTO_WEIGHT___6 How to apply."), "{}", d.text);
        assert_eq!(d.anchors.get("0:howto").map(String::as_str), Some("How to apply"));
    }

    #[test]
    fn the_first_image_after_the_heading_is_the_page_image() {
        let d = digest(r#"<img src="a.png" alt="before"><h1>T</h1><p><img src="b.png" alt="A  map"><br>x</p>"#);
        assert_eq!(d.image, Some(("b.png".into(), "A map".into())));
    }

    #[test]
    fn the_ascii_full_stop_test_is_pagefinds_pattern() {
        // The ASCII branch is written by hand: it must agree with the pattern it skips.
        for c in (0..=0x7f_u8).map(char::from) {
            assert_eq!(ends_sentence(c), SENTENCE_END.is_match(&c.to_string()), "{c:?}");
        }
    }

    #[test]
    fn blocks_in_other_scripts_end_as_pagefind_ends_them() {
        // Written out from the Unicode categories, not from the pattern: letters, marks and
        // digits are word characters, so a block ending in one gets a full stop; the
        // scripts' own punctuation is not, so a sentence ended in it gets none.
        let cases = [
            // Urdu: a letter; the full stop U+06D4.
            ("<p>ہم مدد کرتے ہیں</p>", "ہم مدد کرتے ہیں."),
            ("<p>درخواست دیں۔</p>", "درخواست دیں۔"),
            // Bengali: a letter; a vowel sign (a mark); a digit; the danda U+0964.
            ("<p>ফোন করুন</p>", "ফোন করুন."),
            ("<li>ধন্যবাদ দে</li>", "ধন্যবাদ দে."),
            ("<p>বয়স ৫</p>", "বয়স ৫."),
            ("<p>আমরা সাহায্য করি।</p>", "আমরা সাহায্য করি।"),
            // Arabic: a letter; a digit; the question mark U+061F; the comma U+060C.
            ("<p>ساعدني</p>", "ساعدني."),
            ("<p>العمر ٣</p>", "العمر ٣."),
            ("<p>هل تحتاج إلى مساعدة؟</p>", "هل تحتاج إلى مساعدة؟"),
            ("<p>نعم، لا،</p>", "نعم، لا،"),
            // Latin letters beyond ASCII; a dash, guillemets and curly quotes, which are
            // not on the list (it has the ASCII ' and " only).
            ("<h2>Asistență</h2>", "___PAGEFIND_AUTO_WEIGHT___6 Asistență. ___END_PAGEFIND_WEIGHT___"),
            ("<p>Pomoc —</p>", "Pomoc —"),
            ("<p>«Bună»</p>", "«Bună»"),
            ("<p>‘families’</p>", "‘families’"),
        ];
        for (html, text) in cases {
            assert_eq!(digest(html).text, text, "{html}");
        }
    }

    #[test]
    fn white_space_is_normalised_as_pagefind_does() {
        assert_eq!(normalize_content("  a\n\nb\r\nc\td\re \n f&amp;g  "), "a b c\td\re f&g");
        assert_eq!(normalize_content("ș\u{a0}ș\u{2003}\u{a0}ا\nب"), "ș\u{a0}ș ا ب");
        // Against the rule written plainly, on every mix of a few characters.
        let plainly = |text: &str| {
            let mut out = String::new();
            let mut chars = text.trim().chars().peekable();
            while let Some(c) = chars.next() {
                if !c.is_whitespace() {
                    out.push(c);
                } else if chars.peek().is_some_and(|n| n.is_whitespace()) {
                    while chars.next_if(|n| n.is_whitespace()).is_some() {}
                    out.push(' ');
                } else {
                    out.push(if c == '\n' { ' ' } else { c });
                }
            }
            out
        };
        let alphabet = ['a', ' ', '\n', '\t', '\u{a0}', 'ș', '\u{2028}', '\r'];
        for n in 0..alphabet.len().pow(4) {
            let text: String = (0..4).map(|k| alphabet[n / alphabet.len().pow(k) % alphabet.len()]).collect();
            assert_eq!(normalize_content(&text), plainly(&text), "{text:?}");
        }
    }

    #[test]
    fn code_and_scripts() {
        let d = digest("<pre><code>if a &lt; b { }</code></pre><script>var x = '<p>';</script><p>after</p>");
        assert_eq!(d.text, "if a < b { } after.");
    }
}
