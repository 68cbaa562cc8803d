//! Links in a page's text that lead to a page not yet translated into the reader's
//! language say so before the tap, as the site's own lists and breadcrumbs do: the link
//! gets `hreflang` (the default language's code) and, inside it, "(in English)" in the
//! reader's language. Done on the finished body (its text, its contact cards), so that a
//! body rendered once and relinked into each language is marked like any other.

use std::borrow::Cow;

use crate::model::Site;

/// `html` with each link to a page of `lang` that is shown untranslated marked with
/// `hreflang` and `marker` (the reader's words for "(in English)", already escaped). The
/// marker carries the reader's language and direction: the text around it may be the
/// default language's, on a page shown untranslated.
pub fn mark_links<'h>(site: &Site, html: &'h str, lang: &str, marker: &str) -> Cow<'h, str> {
    let default = site.default_lang();
    if lang == default {
        return Cow::Borrowed(html);
    }
    let prefix = format!("{}{lang}/", site.config.base_path);
    let dir = match site.config.language(lang).map(|l| l.dir) {
        Some(crate::config::Direction::Rtl) => "rtl",
        _ => "ltr",
    };
    const HREF: &str = "<a href=\"";
    let mut out = String::new();
    let mut done = 0;
    for (at, _) in html.match_indices(HREF) {
        if at < done {
            continue;
        }
        let start = at + HREF.len();
        let Some(end) = html[start..].find('"').map(|i| start + i) else { break };
        let path = html[start..end].split(['#', '?']).next().unwrap_or_default();
        let Some(id) = path.strip_prefix(&prefix).map(|rest| rest.trim_end_matches('/')) else { continue };
        let untranslated = site.page(id).is_some_and(|p| !site.pages[p].docs.contains_key(lang));
        let Some(close) = html[end..].find("</a>").map(|i| end + i) else { break };
        if !untranslated || html[end..close].contains("hreflang=") {
            continue;
        }
        out.push_str(&html[done..=end]);
        out.push_str(" hreflang=\"");
        out.push_str(default);
        out.push('"');
        out.push_str(&html[end + 1..close]);
        out.push_str(" <span class=\"in-default-language\" lang=\"");
        out.push_str(lang);
        out.push_str("\" dir=\"");
        out.push_str(dir);
        out.push_str("\">");
        out.push_str(marker);
        out.push_str("</span>");
        done = close;
    }
    if done == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[done..]);
    Cow::Owned(out)
}
