//! Raw HTML written in Markdown passes through ammonia with a short allow list: text
//! structure, links, images, tables. Scripts, styles, event handlers, forms and frames go;
//! only http, https, mailto and tel links stay.

use std::collections::HashSet;
use std::sync::OnceLock;

use ammonia::Builder;

fn cleaner() -> &'static Builder<'static> {
    static CLEANER: OnceLock<Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
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
    })
}

pub fn sanitize(html: &str) -> String {
    cleaner().clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_handlers_and_javascript_urls_are_removed() {
        let html = sanitize("<p onclick=\"x()\">Hi<script>alert(1)</script><img src=\"a.png\" alt=\"A\" onerror=\"x()\"><a href=\"javascript:alert(1)\">x</a></p>");
        assert!(!html.contains("script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("<img src=\"a.png\" alt=\"A\">"), "{html}");
    }

    #[test]
    fn styles_and_iframes_are_removed() {
        let html = sanitize("<p style=\"color:red\">x</p><style>p{}</style><iframe src=\"https://e.org\"></iframe>");
        assert_eq!(html, "<p>x</p>");
    }

    #[test]
    fn language_marks_stay() {
        assert_eq!(sanitize("<span lang=\"ur\" dir=\"rtl\">اردو</span>"), "<span lang=\"ur\" dir=\"rtl\">اردو</span>");
    }
}
