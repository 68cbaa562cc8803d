//! Markdown to HTML for one page in one reader's language.
//!
//! The body is parsed once by pulldown-cmark (tables, footnotes, strikethrough, heading
//! attributes, smart punctuation), then rewritten in small passes, in this order:
//!
//! 1. `links`: relative `.md` links become the target's URL in the reader's language;
//!    files under `content/` become their published URL; `javascript:`/`data:` links,
//!    links out of `content/` and links to missing files are errors at their line.
//! 2. `images`: an image without alt text is an error; images must be files of the site.
//! 3. `headings`: every heading gets a unique id in its own script; `##` headings make
//!    the contents list.
//! 4. `code_blocks`: fenced code is highlighted into CSS classes.
//! 5. `tables`: each table is wrapped so it scrolls by itself on a narrow screen.
//!
//! Then the events become HTML, and if the body held raw HTML the whole result is
//! sanitised ([`super::sanitize`]).

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use super::anchor::{anchor, UniqueIds};
use super::highlight::highlight;
use super::sanitize::sanitize;
use crate::diag::{Diagnostics, Pos};
use crate::load::Document;
use crate::model::{LinkError, LinkTarget, Site};

/// A heading of the page, for the contents list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// Shared, as `serve` keeps every page's and hands them to each rebuild.
    pub html: std::sync::Arc<str>,
    /// The `##` headings, in order.
    pub toc: Vec<Heading>,
    /// The services whose contact cards the body shows (see [`card_marker`]).
    pub cards: Vec<usize>,
    /// The page of each link to a page, in order, so that [`super::relink`] can point the
    /// body into another language; `None` when raw HTML was cleaned, as the cleaner writes
    /// addresses its own way.
    pub links: Option<Vec<usize>>,
}

type Spanned<'a> = Vec<(Event<'a>, Range<usize>)>;

/// Where a service's contact card goes in a rendered body; the output stage puts the card
/// (the theme's `contact-card.html`) in its place. An element, not a comment, so that it
/// survives the cleaning of raw HTML.
pub fn card_marker(service: usize) -> String {
    format!("<div id=\"localoffer-contact-card-{service}\"></div>")
}

/// Renders `doc` for a reader of `lang` (links point into `lang`), reporting problems.
pub fn render(site: &Site, doc: &Document, lang: &str, diagnostics: &mut Diagnostics) -> Rendered {
    let body = doc.body();
    let mut events: Spanned = Parser::new_ext(body, options()).into_offset_iter().collect();
    // Raw HTML from the editor, before the passes below add HTML of their own.
    let has_raw_html = events.iter().any(|(e, _)| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    let pass = Pass { site, doc, lang, links: Default::default() };
    let cards = pass.contact_cards(&mut events);
    let mut report = |range: &Range<usize>, message: String, hint: &str| {
        let pos = Pos::of_offset(body, range.start).shifted(doc.body_line - 1);
        diagnostics.error(&doc.source.path, pos, message, hint);
    };
    pass.links(&mut events, &mut report);
    pass.images(&events, &mut report);
    let toc = headings(&mut events);
    let events = tables(code_blocks(events));

    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if has_raw_html {
        html = sanitize(&html, |url| match pass.resolve(url) {
            Ok(address) => address,
            Err((message, hint)) => {
                // The cleaned HTML has no positions: the first place the address is written.
                let at = body.find(url).unwrap_or(0);
                report(&(at..at), message, &hint);
                Some("#".into())
            }
        });
    }
    let links = (!has_raw_html).then(|| pass.links.into_inner());
    Rendered { html: html.into(), toc, cards, links }
}

/// The body's events for a printed copy (the leaflets): links resolved as for the web
/// page (a link the web page reports as an error leads to `#`), and each contact-card
/// paragraph replaced by its marker, raw HTML that printers leave out.
pub fn print_events<'d>(site: &Site, doc: &'d Document, lang: &str) -> Vec<Event<'d>> {
    let mut events: Spanned = Parser::new_ext(doc.body(), options()).into_offset_iter().collect();
    let pass = Pass { site, doc, lang, links: Default::default() };
    pass.contact_cards(&mut events);
    // Problems are reported once, by the web page's render.
    pass.links(&mut events, &mut |_, _, _| {});
    events.into_iter().map(|(event, _)| event).collect()
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
}

struct Pass<'s> {
    site: &'s Site,
    doc: &'s Document,
    lang: &'s str,
    /// The page of each link resolved so far (the cleaner resolves through `&self`).
    links: std::cell::RefCell<Vec<usize>>,
}

/// What a link's address is, before it is resolved.
enum Href<'u> {
    Fragment,
    External,
    Refused(&'static str, &'static str),
    Relative { path: &'u str, fragment: &'u str },
}

fn classify_href(url: &str) -> Href<'_> {
    let squeezed: String = url.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
    for scheme in ["javascript:", "vbscript:", "data:"] {
        if squeezed.starts_with(scheme) {
            return Href::Refused("a link or image address starting with '{scheme}' is not allowed", "link to a web page (https://...) or to a .md file of the site");
        }
    }
    if url.starts_with('#') {
        return Href::Fragment;
    }
    if let Some((scheme, _)) = url.split_once(':') {
        let is_scheme = !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
        if is_scheme {
            return match scheme.to_ascii_lowercase().as_str() {
                "http" | "https" | "mailto" | "tel" => Href::External,
                _ => Href::Refused("only http, https, mailto and tel addresses are allowed", "link to a web page (https://...), an email (mailto:) or a phone number (tel:)"),
            };
        }
    }
    if url.starts_with('/') {
        return Href::Refused("links to pages of the site are written as relative paths to their .md file", "write the path from this file, like ../transport/travel-training.md");
    }
    let (path, fragment) = url.split_once('#').unwrap_or((url, ""));
    let path = path.split_once('?').map_or(path, |(p, _)| p);
    Href::Relative { path, fragment }
}

impl Pass<'_> {
    /// The address to publish for `url`, or the reason it cannot be published.
    fn resolve(&self, url: &str) -> Result<Option<String>, (String, String)> {
        match classify_href(url) {
            Href::Fragment | Href::External => Ok(None),
            Href::Refused(message, hint) => {
                let scheme = url.split(':').next().unwrap_or_default().trim().to_lowercase();
                Err((message.replace("{scheme}", &format!("{scheme}:")), hint.to_string()))
            }
            Href::Relative { path: "", fragment } => Ok(Some(format!("#{fragment}"))),
            Href::Relative { path, fragment } => {
                let fragment = if fragment.is_empty() { String::new() } else { format!("#{fragment}") };
                match self.site.resolve(&self.doc.source.path, path) {
                    Ok(LinkTarget::Page(page)) => {
                        self.links.borrow_mut().push(page);
                        Ok(Some(format!("{}{fragment}", self.site.url(page, self.lang))))
                    }
                    Ok(LinkTarget::Asset(rel)) => Ok(Some(self.site.asset_url(&rel))),
                    // The target's own error is reported; the link is left as written.
                    Err(LinkError::Unreadable) => Ok(None),
                    Err(LinkError::Outside) => Err((format!("the link '{url}' leads out of the content/ folder"), "link only to files inside content/".into())),
                    Err(LinkError::Missing(rel)) => Err((
                        format!("there is no file content/{rel} for the link '{url}'"),
                        "check the file name and the ../ steps: links are relative to this file's folder".into(),
                    )),
                }
            }
        }
    }

    /// A paragraph that is only a link to a service's `#contact` becomes that service's
    /// contact card: `[Contact Penrose](../services/penrose.md#contact)`.
    fn contact_cards(&self, events: &mut Spanned) -> Vec<usize> {
        let mut cards = Vec::new();
        let mut i = 0;
        while i + 3 < events.len() {
            let (Event::Start(Tag::Paragraph), Event::Start(Tag::Link { dest_url, .. })) = (&events[i].0, &events[i + 1].0) else {
                i += 1;
                continue;
            };
            let Some(path) = dest_url.strip_suffix("#contact").filter(|p| !p.contains(':')) else {
                i += 1;
                continue;
            };
            let mut end = i + 2;
            while end < events.len() && matches!(events[end].0, Event::Text(_) | Event::Code(_)) {
                end += 1;
            }
            let closes = matches!(events.get(end).map(|e| &e.0), Some(Event::End(TagEnd::Link))) && matches!(events.get(end + 1).map(|e| &e.0), Some(Event::End(TagEnd::Paragraph)));
            let service = match self.site.resolve(&self.doc.source.path, path) {
                Ok(LinkTarget::Page(p)) if self.site.services.contains(&p) => Some(p),
                _ => None,
            };
            match (closes, service) {
                (true, Some(p)) => {
                    let range = events[i].1.clone();
                    events.splice(i..=end + 1, [(Event::Html(CowStr::from(format!("{}\n", card_marker(p)))), range)]);
                    cards.push(p);
                    i += 1;
                }
                _ => i += 1,
            }
        }
        cards
    }

    fn links(&self, events: &mut Spanned, report: &mut impl FnMut(&Range<usize>, String, &str)) {
        for (event, range) in events.iter_mut() {
            let dest = match event {
                Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => dest_url,
                _ => continue,
            };
            match self.resolve(dest) {
                Ok(Some(url)) => *dest = CowStr::from(url),
                Ok(None) => {}
                Err((message, hint)) => {
                    report(range, message, &hint);
                    *dest = CowStr::Borrowed("#");
                }
            }
        }
    }

    fn images(&self, events: &Spanned, report: &mut impl FnMut(&Range<usize>, String, &str)) {
        let mut open: Option<(&Range<usize>, String, bool)> = None;
        for (event, range) in events {
            match event {
                Event::Start(Tag::Image { dest_url, .. }) => {
                    let external = matches!(classify_href(dest_url), Href::External);
                    open = Some((range, String::new(), external));
                }
                Event::Text(text) | Event::Code(text) => {
                    if let Some((_, alt, _)) = open.as_mut() {
                        alt.push_str(text);
                    }
                }
                Event::End(TagEnd::Image) => {
                    let Some((at, alt, external)) = open.take() else { continue };
                    if alt.trim().is_empty() {
                        report(at, "this image has no alt text".into(), "describe the picture between the brackets, like ![A bus outside a school](bus.jpg)");
                    }
                    if external {
                        report(at, "images must be files of the site, not on another website".into(), "save the picture beside the page and link to it by its file name");
                    }
                }
                _ => {}
            }
        }
    }
}

/// Gives every heading a unique id and returns the `##` headings.
fn headings(events: &mut Spanned) -> Vec<Heading> {
    let mut ids = UniqueIds::default();
    let mut toc = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let Event::Start(Tag::Heading { level, .. }) = &events[i].0 else {
            i += 1;
            continue;
        };
        let level = *level;
        let mut text = String::new();
        let mut j = i + 1;
        while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
            if let Event::Text(t) | Event::Code(t) = &events[j].0 {
                text.push_str(t);
            }
            j += 1;
        }
        if let Event::Start(Tag::Heading { id, .. }) = &mut events[i].0 {
            let wanted = id.as_ref().map_or_else(|| anchor(&text), |given| given.to_string());
            let unique = ids.unique(wanted);
            if level == HeadingLevel::H2 {
                toc.push(Heading { level: 2, id: unique.clone(), text: text.trim().to_string() });
            }
            *id = Some(CowStr::from(unique));
        }
        i = j + 1;
    }
    toc
}

/// Replaces each code block by its highlighted HTML.
fn code_blocks(events: Spanned) -> Vec<Event> {
    let mut out = Vec::with_capacity(events.len());
    let mut block: Option<(String, String)> = None;
    for (event, _) in events {
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or_default().to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                block = Some((lang, String::new()));
            }
            Event::Text(text) if block.is_some() => block.as_mut().expect("checked").1.push_str(&text),
            Event::End(TagEnd::CodeBlock) => {
                if let Some((lang, code)) = block.take() {
                    out.push(Event::Html(CowStr::from(highlight(&code, &lang))));
                }
            }
            event => out.push(event),
        }
    }
    out
}

/// Wraps tables in a focusable box that scrolls sideways on its own at 320 px.
fn tables(events: Vec<Event>) -> Vec<Event> {
    let mut out = Vec::with_capacity(events.len() + 2);
    for event in events {
        match event {
            Event::Start(Tag::Table(_)) => {
                out.push(Event::Html(CowStr::Borrowed("<div class=\"table-wrap\" tabindex=\"0\">")));
                out.push(event);
            }
            Event::End(TagEnd::Table) => {
                out.push(event);
                out.push(Event::Html(CowStr::Borrowed("</div>\n")));
            }
            event => out.push(event),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_refuses_script_urls_whatever_their_case_or_spacing() {
        assert!(matches!(classify_href("javascript:alert(1)"), Href::Refused(..)));
        assert!(matches!(classify_href(" JaVa\tScript:alert(1)"), Href::Refused(..)));
        assert!(matches!(classify_href("data:text/html;base64,xx"), Href::Refused(..)));
        assert!(matches!(classify_href("ftp://example.org"), Href::Refused(..)));
        assert!(matches!(classify_href("/en/page/"), Href::Refused(..)));
        assert!(matches!(classify_href("https://example.org"), Href::External));
        assert!(matches!(classify_href("tel:01582 548156"), Href::External));
        assert!(matches!(classify_href("#top"), Href::Fragment));
        assert!(matches!(classify_href("../a.md#x"), Href::Relative { path: "../a.md", fragment: "x" }));
    }
}
