//! An untranslated page shows the default-language text in every language, and its links
//! lead into the reader's language. Rendering its Markdown once per language would repeat
//! the same work but for those addresses, so the default-language HTML is copied with its
//! links to pages pointed into the reader's language instead.

use crate::model::Site;

use super::markdown::Rendered;

/// `rendered` (the default-language body) with its links to pages pointed into `lang`, or
/// `None` when that cannot be done with certainty (cleaned raw HTML, or a link not found
/// where expected): then the page is rendered again.
pub fn relink(site: &Site, rendered: &Rendered, lang: &str) -> Option<Rendered> {
    let links = rendered.links.as_ref()?;
    let default = site.default_lang();
    let mut targets: Vec<(String, String)> = links.iter().map(|&page| (escaped(&site.url(page, default)), escaped(&site.url(page, lang)))).collect();
    targets.sort_unstable();
    targets.dedup();

    // Text may hold `href="` (the Markdown writer leaves quotes in text as they are), but
    // never `<`: this is the start of a link.
    const HREF: &str = "<a href=\"";
    let html = &rendered.html;
    let mut out = String::with_capacity(html.len() + 8 * links.len());
    let mut done = 0;
    let mut replaced = 0;
    for (at, _) in html.match_indices(HREF) {
        let start = at + HREF.len();
        let end = start + html[start..].find('"')?;
        let url = &html[start..end];
        let path = url.split_once('#').map_or(url, |(path, _)| path);
        if let Ok(i) = targets.binary_search_by(|(from, _)| from.as_str().cmp(path)) {
            out.push_str(&html[done..start]);
            out.push_str(&targets[i].1);
            done = start + path.len();
            replaced += 1;
        }
    }
    out.push_str(&html[done..]);
    (replaced == links.len()).then(|| Rendered { html: out.into(), ..rendered.clone() })
}

/// An address as the Markdown writer puts it in `href`.
fn escaped(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    pulldown_cmark_escape::escape_href(&mut out, url).expect("writing to a String cannot fail");
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::Config;
    use crate::diag::Diagnostics;
    use crate::load::{front_matter, walk};

    fn load(root: &Path) -> Site {
        let config = Config::load(root, None).unwrap();
        let walked = walk::walk(&config);
        let docs = walked.sources.into_iter().map(|s| front_matter::parse(s).unwrap()).collect();
        crate::model::build(config, docs, walked.assets, &[]).0
    }

    /// The body of `page` rendered afresh for a reader of `lang`.
    fn fresh(site: &Site, page: usize, lang: &str) -> Rendered {
        let (doc, _) = site.pages[page].doc(lang, site.default_lang());
        super::super::render(site, doc, lang, &mut Diagnostics::new())
    }

    fn assert_same(relinked: &Rendered, fresh: &Rendered) {
        assert_eq!(relinked.html, fresh.html);
        assert_eq!(relinked.toc, fresh.toc);
        assert_eq!(relinked.cards, fresh.cards);
    }

    #[test]
    fn a_relinked_body_is_the_body_rendered_in_that_language() {
        let dir = tempfile::tempdir().unwrap();
        let write = |rel: &str, text: &str| {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write("site.yaml", "title: T\nbase_url: https://example.org/local-offer/\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n  - { code: ur, name: اردو, direction: rtl }\nfeedback: f@example.org\n");
        write("content/_index.md", "---\ntitle: Home\ndescription: Home.\n---\n\nHello.\n");
        write("content/a/_index.md", "---\ntitle: A\ndescription: A.\n---\n\nA.\n");
        write("content/a/b.md", "---\ntitle: B\ndescription: B.\n---\n\nB.\n");
        write("content/a/form.txt", "a form");
        write(
            "content/a/links.md",
            "---\ntitle: Links\ndescription: Links.\n---\n\n## To [A](_index.md#top)\n\n\
             See [A](_index.md), [B](b.md) and [B again](./b.md#who)[^1], [the form](form.txt), \
             [home](../_index.md), [here](#here) and [out](https://example.org/local-offer/en/a/).\n\n\
             ```html\n<a href=\"/local-offer/en/a/\">not a link</a>\n```\n\n`href=\"/local-offer/en/a/b/\"`\n\n\
             [^1]: Also [A](_index.md).\n",
        );
        write("content/a/raw.md", "---\ntitle: Raw\ndescription: Raw.\n---\n\n<p><a href=\"b.md\">B</a></p>\n");
        let site = load(dir.path());
        let page = |id: &str| site.pages.iter().position(|p| p.id == id).unwrap();

        let links = page("a/links");
        let english = fresh(&site, links, "en");
        assert_eq!(english.links.as_ref().map(Vec::len), Some(6), "{:?}", english.links);
        let relinked = relink(&site, &english, "ur").expect("every link is found");
        assert_same(&relinked, &fresh(&site, links, "ur"));
        assert!(relinked.html.contains("href=\"/local-offer/ur/a/b/#who\""), "{}", relinked.html);
        assert!(relinked.html.contains("href=\"/local-offer/en/a/form.txt\""), "assets stay where they are");
        assert!(relinked.html.contains("href=\"https://example.org/local-offer/en/a/\""), "other sites' addresses are kept");
        assert!(relinked.html.contains("<code>href=\"/local-offer/en/a/b/\"</code>"), "text is kept, quotes and all");

        assert!(relink(&site, &fresh(&site, page("a/raw"), "en"), "ur").is_none(), "cleaned HTML is rendered again");
        let mut mislaid = english.clone();
        mislaid.html = english.html.replacen("/local-offer/en/a/b/", "/elsewhere/", 1).into();
        assert!(relink(&site, &mislaid, "ur").is_none(), "a link not found where expected means a fresh render");
    }

    #[test]
    fn every_untranslated_page_of_the_example_site_relinks_like_a_fresh_render() {
        let site = load(Path::new(env!("CARGO_MANIFEST_DIR")));
        let (rendered, _) = crate::pipeline::render_all(&site);
        let mut relinked = 0;
        for ((page, lang), built) in site.page_languages().zip(&rendered) {
            assert_same(built, &fresh(&site, page, lang));
            let untranslated = !site.pages[page].docs.contains_key(lang);
            let source = fresh(&site, page, site.default_lang());
            relinked += usize::from(untranslated && source.links.as_ref().is_some_and(|l| !l.is_empty()) && relink(&site, &source, lang).is_some());
        }
        assert!(relinked > 50, "only {relinked} untranslated pages with links were relinked");
    }
}
