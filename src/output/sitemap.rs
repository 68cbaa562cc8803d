//! `sitemap.xml` with `hreflang` alternates, and `robots.txt` pointing at it.

use std::fmt::Write;

use crate::model::Site;
use crate::escape::escape_html;

/// Every page in every language, each listing all its languages as alternates.
pub fn sitemap(site: &Site, extra_paths: &[String]) -> String {
    let config = &site.config;
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    let mut groups: Vec<Vec<(String, String)>> = (0..site.pages.len())
        .map(|p| site.languages().iter().map(|l| (l.code.clone(), site.page_path(p, &l.code))).collect())
        .collect();
    for path in extra_paths {
        groups.push(site.languages().iter().map(|l| (l.code.clone(), format!("{}/{path}", l.code))).collect());
    }
    for group in &groups {
        for (_, path) in group {
            let _ = writeln!(xml, "  <url>\n    <loc>{}</loc>", escape_html(&config.absolute_url(path)));
            for (code, alternate) in group {
                let _ = writeln!(xml, "    <xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>", escape_html(&config.absolute_url(alternate)));
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(site: &Site) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", site.config.absolute_url("sitemap.xml"))
}

