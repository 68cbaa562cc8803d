//! Raw HTML written in Markdown passes through ammonia with a short allow list: text
//! structure, links, images, tables. Scripts, styles, event handlers, forms and frames go;
//! only http, https, mailto and tel links stay. A relative address in raw HTML (a link's
//! `href`, an image's `src`) is resolved like a Markdown link, so `<img src="bus.png">`
//! beside the page works in every language.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use ammonia::Builder;

/// Stands in for a relative address while ammonia cleans; replaced afterwards.
const MARKER: &str = "localoffer-relative-address-";

/// Cleans `html`. Each relative `href` of a link and `src` of an image is handed to
/// `resolve`, which returns the address to publish (`None` keeps it as written).
pub fn sanitize(html: &str, mut resolve: impl FnMut(&str) -> Option<String>) -> String {
    // ammonia's attribute filter must own what it touches: it collects the addresses,
    // and they are resolved (with the page's context, and its errors) once it is done.
    let found: Arc<Mutex<Vec<String>>> = Arc::default();
    let collected = Arc::clone(&found);
    let mut builder = builder();
    builder.attribute_filter(move |element, attribute, value| {
        if matches!((element, attribute), ("a", "href") | ("img", "src")) && is_relative(value) {
            let mut list = collected.lock().unwrap_or_else(|e| e.into_inner());
            list.push(value.to_string());
            return Some(format!("{MARKER}{}", list.len() - 1).into());
        }
        Some(value.into())
    });
    let mut out = builder.clean(html).to_string();
    let found = std::mem::take(&mut *found.lock().unwrap_or_else(|e| e.into_inner()));
    for (i, value) in found.iter().enumerate() {
        let address = resolve(value).unwrap_or_else(|| value.clone());
        let mut quoted = String::from("\"");
        pulldown_cmark_escape::escape_href(&mut quoted, &address).expect("writing to a String cannot fail");
        quoted.push('"');
        out = out.replacen(&format!("\"{MARKER}{i}\""), &quoted, 1);
    }
    out
}

/// An address relative to the page: no scheme, not from the site's root, not a fragment.
/// (The addresses Markdown links resolve to all start with `/`.)
fn is_relative(url: &str) -> bool {
    let url = url.trim();
    let before_path = url.split(['/', '?', '#']).next().unwrap_or_default();
    !url.is_empty() && !url.starts_with(['/', '#', '?']) && !before_path.contains(':')
}

fn builder() -> Builder<'static> {
    let tags: HashSet<&str> = [
        "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "details", "div", "dl", "dt", "em",
        "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "s",
        "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul",
    ]
    .into();
    let mut builder = Builder::default();
    builder
        .tags(tags)
        .generic_attributes(["class", "id", "lang", "dir", "title"].into())
        .tag_attributes(
            [
                ("a", ["href", "hreflang"].into()),
                ("img", ["src", "alt", "width", "height"].into()),
                ("td", ["colspan", "rowspan"].into()),
                ("th", ["colspan", "rowspan", "scope"].into()),
                ("ol", ["start"].into()),
                ("div", ["tabindex"].into()),
                ("pre", ["tabindex"].into()),
            ]
            .into(),
        )
        .url_schemes(["http", "https", "mailto", "tel"].into())
        .link_rel(None);
    builder
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keep(html: &str) -> String {
        sanitize(html, |_| None)
    }

    #[test]
    fn scripts_handlers_and_javascript_urls_are_removed() {
        let html = keep("<p onclick=\"x()\">Hi<script>alert(1)</script><img src=\"a.png\" alt=\"A\" onerror=\"x()\"><a href=\"javascript:alert(1)\">x</a></p>");
        assert!(!html.contains("script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("<img src=\"a.png\" alt=\"A\">"), "{html}");
    }

    #[test]
    fn styles_and_iframes_are_removed() {
        let html = keep("<p style=\"color:red\">x</p><style>p{}</style><iframe src=\"https://e.org\"></iframe>");
        assert_eq!(html, "<p>x</p>");
    }

    #[test]
    fn language_marks_stay() {
        assert_eq!(keep("<span lang=\"ur\" dir=\"rtl\">اردو</span>"), "<span lang=\"ur\" dir=\"rtl\">اردو</span>");
    }

    #[test]
    fn relative_addresses_are_resolved_and_others_left_alone() {
        let mut asked = Vec::new();
        let html = sanitize(
            "<p><img src=\"bus.png\" alt=\"A bus\"> <a href=\"../transport/index.md#fares\">fares</a> <a href=\"/local-offer/en/\">home</a> <a href=\"https://e.org/x.png\">e</a> <a href=\"#top\">top</a> <a href=\"tel:0800\">call</a></p>",
            |url| {
                asked.push(url.to_string());
                Some(format!("/base/{}", url.replace("../", "")))
            },
        );
        assert_eq!(asked, ["bus.png", "../transport/index.md#fares"]);
        assert!(html.contains("<img src=\"/base/bus.png\" alt=\"A bus\">"), "{html}");
        assert!(html.contains("<a href=\"/base/transport/index.md#fares\">fares</a>"), "{html}");
        assert!(html.contains("href=\"/local-offer/en/\"") && html.contains("href=\"https://e.org/x.png\"") && html.contains("href=\"#top\"") && html.contains("href=\"tel:0800\""), "{html}");
    }

    #[test]
    fn a_resolved_address_cannot_break_out_of_its_attribute() {
        let html = sanitize("<img src=\"a.png\" alt=\"A\">", |_| Some("x\" onerror=\"alert(1)".into()));
        assert!(!html.contains("\" onerror"), "{html}");
    }
}

