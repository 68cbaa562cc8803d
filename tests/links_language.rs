//! Issue #34, parts 2 and 6: a link says where it leads before the tap. A link to a page
//! not yet translated says "(in English)" in the reader's language and carries
//! `hreflang="en"`; a leaflet link names the leaflet's language when it is not the page's;
//! the feedback link leads to the page in the reader's language; the header's language
//! links are large enough to tap and the breadcrumbs wrap crumb by crumb.

mod common;

use common::TestSite;

/// "(in English)" in Urdu, as the marker prints it.
const MARKER_UR: &str = "<span class=\"in-default-language\">(انگریزی میں)</span>";

#[test]
fn r34_cards_to_untranslated_pages_say_in_english_in_the_readers_language() {
    let site = TestSite::new();
    site.build().expect(0);
    // The section lists its page, the home page its section, the topic its page: all English.
    let section = site.read("ur/help/index.html");
    let card = format!("<li><a href=\"/local-offer/ur/help/advice/\" hreflang=\"en\"><span lang=\"en\" dir=\"ltr\">Free advice</span> {MARKER_UR}</a><p lang=\"en\" dir=\"ltr\">Advice that does not take sides.</p></li>");
    assert!(section.contains(&card), "{section}");
    let home = site.read("ur/index.html");
    assert!(home.contains(&format!("<li><a href=\"/local-offer/ur/help/\" hreflang=\"en\"><span lang=\"en\" dir=\"ltr\">Help</span> {MARKER_UR}</a><p lang=\"en\" dir=\"ltr\">Where to get help.</p></li>")), "{home}");
    let topic = site.read("ur/topics/transport/index.html");
    assert!(topic.contains(&card.replace("</li>", "")), "{topic}");
    // In English nothing is marked: every page is in the reader's language.
    for page in ["en/index.html", "en/help/index.html", "en/topics/transport/index.html"] {
        assert!(!site.read(page).contains("in-default-language"), "{page}");
    }
}

#[test]
fn r34_a_translated_page_is_listed_without_the_marker() {
    let site = TestSite::new();
    site.write("content/help/advice.ur.md", "---\ntitle: مفت مشورہ\ndescription: غیر جانبدار مشورہ۔\nsource_updated: 2026-11-27\n---\n\nہم مدد کرتے ہیں۔\n");
    site.build().expect(0);
    let section = site.read("ur/help/index.html");
    assert!(section.contains("<li><a href=\"/local-offer/ur/help/advice/\">مفت مشورہ</a><p>غیر جانبدار مشورہ۔</p></li>"), "{section}");
}

#[test]
fn r34_breadcrumbs_mark_untranslated_crumbs_and_keep_the_separator_in_the_readers_direction() {
    let site = TestSite::new();
    site.build().expect(0);
    let page = site.read("ur/help/advice/index.html");
    let crumbs = page.split("<nav class=\"breadcrumbs wrap\"").nth(1).and_then(|s| s.split("</nav>").next()).expect("breadcrumbs");
    let expected = format!(
        " aria-label=\"آپ یہاں ہیں\">
  <ol>
    <li><a href=\"/local-offer/ur/\">خوش آمدید</a></li>
    <li><a href=\"/local-offer/ur/help/\" hreflang=\"en\"><span lang=\"en\" dir=\"ltr\">Help</span> {MARKER_UR}</a></li>
    <li aria-current=\"page\"><span lang=\"en\" dir=\"ltr\">Free advice</span></li>
  </ol>
"
    );
    assert_eq!(crumbs, expected);
}

#[test]
fn r34_the_header_names_an_untranslated_home_page_in_english() {
    let site = TestSite::new();
    site.remove("content/_index.ur.md");
    site.build().expect(0);
    let page = site.read("ur/help/index.html");
    assert!(page.contains(&format!("<a class=\"site-name\" href=\"/local-offer/ur/\" hreflang=\"en\"><span lang=\"en\" dir=\"ltr\">Welcome</span> {MARKER_UR}</a>")), "{page}");
    assert!(site.read("en/help/index.html").contains("<a class=\"site-name\" href=\"/local-offer/en/\">Welcome</a>"));
}

#[test]
fn r34_a_leaflet_in_another_language_says_so_and_the_list_marks_untranslated_pages() {
    let site = TestSite::new();
    site.write(
        "content/help/advice.md",
        "---\ntitle: Free advice\ndescription: Advice that does not take sides.\nupdated: 2026-11-27\nleaflet: true\n---\n\nWe help every family.\n",
    );
    site.build().expect(0);
    let size = site.read_bytes("en/leaflets/advice.pdf").len().div_ceil(1024);
    let ur = site.read("ur/help/advice/index.html");
    let link = format!("<p class=\"leaflet-link\"><a href=\"/local-offer/en/leaflets/advice.pdf\" type=\"application/pdf\" hreflang=\"en\">یہ صفحہ کتابچے کی صورت میں ڈاؤن لوڈ کریں (PDF، {size} KB، انگریزی میں)</a></p>");
    assert!(ur.contains(&link), "{link} not in\n{ur}");
    let en = site.read("en/help/advice/index.html");
    assert!(en.contains(&format!("<p class=\"leaflet-link\"><a href=\"/local-offer/en/leaflets/advice.pdf\" type=\"application/pdf\">Download this page as a leaflet (PDF, {size} KB)</a></p>")), "{en}");
    let list = site.read("ur/leaflets/index.html");
    assert!(list.contains(&format!("<h2><a href=\"/local-offer/ur/help/advice/\" hreflang=\"en\"><span lang=\"en\" dir=\"ltr\">Free advice</span> {MARKER_UR}</a></h2>")), "{list}");
    assert!(list.contains(&format!("<li><a href=\"/local-offer/en/leaflets/advice.pdf\" type=\"application/pdf\" hreflang=\"en\"><span lang=\"en\" dir=\"ltr\">English</span> (PDF، {size} KB)</a></li>")), "{list}");
}

fn with_feedback(site: &TestSite, feedback: &str) {
    site.write("site.yaml", common::SITE_YAML.replace("feedback: feedback@example.org", &format!("feedback: {feedback}")));
}

#[test]
fn r34_feedback_on_a_page_of_the_site_leads_to_that_page_in_the_readers_language() {
    let site = TestSite::new();
    with_feedback(&site, "https://example.org/local-offer/en/help/advice/#say");
    site.build().expect(0);
    let en = site.read("en/help/index.html");
    assert!(en.contains("<a href=\"/local-offer/en/help/advice/#say\">Tell us what you think of this page</a>"), "{en}");
    // Not translated into Urdu: the link says so, as every link to such a page does.
    let ur = site.read("ur/help/index.html");
    assert!(ur.contains(&format!("<a href=\"/local-offer/ur/help/advice/#say\" hreflang=\"en\">ہمیں بتائیں کہ آپ کو یہ صفحہ کیسا لگا {MARKER_UR}</a>")), "{ur}");
    // Translated, it is a plain link.
    site.write("content/help/advice.ur.md", "---\ntitle: مفت مشورہ\ndescription: غیر جانبدار مشورہ۔\nsource_updated: 2026-11-27\n---\n\nہم مدد کرتے ہیں۔\n");
    site.build().expect(0);
    assert!(site.read("ur/help/index.html").contains("<a href=\"/local-offer/ur/help/advice/#say\">ہمیں بتائیں کہ آپ کو یہ صفحہ کیسا لگا</a>"));
}

#[test]
fn r34_feedback_elsewhere_is_kept_as_written() {
    let site = TestSite::new();
    for (feedback, href) in [
        ("https://survey.example.org/local-offer/en/help/", "https://survey.example.org/local-offer/en/help/"),
        ("https://example.org/local-offer/en/no-such-page/", "https://example.org/local-offer/en/no-such-page/"),
        ("https://example.org/local-offer/xx/help/", "https://example.org/local-offer/xx/help/"),
        ("feedback@example.org", "mailto:feedback@example.org"),
    ] {
        with_feedback(&site, feedback);
        site.build().expect(0);
        let ur = site.read("ur/help/index.html");
        assert!(ur.contains(&format!("<a href=\"{href}\">ہمیں بتائیں کہ آپ کو یہ صفحہ کیسا لگا</a>")), "{feedback}: {ur}");
    }
}

/// The published stylesheet's text.
fn stylesheet(site: &TestSite) -> String {
    let assets = site.path("public/assets");
    let css = std::fs::read_dir(&assets).unwrap().flatten().map(|e| e.path()).find(|p| p.file_name().unwrap().to_string_lossy().starts_with("style.")).expect("style.css");
    std::fs::read_to_string(css).unwrap()
}

#[test]
fn r34_language_links_are_targets_of_24_px_and_of_44_px_on_touch_screens() {
    let site = TestSite::new();
    site.build().expect(0);
    let css = stylesheet(&site);
    assert!(css.contains(".language-switcher a {\n  display: inline-flex;\n  align-items: center;\n  justify-content: center;\n  min-width: 24px;\n  min-height: 24px;\n}"), "{css}");
    assert!(css.contains("@media (pointer: coarse) {\n  .language-switcher ul { gap: 0 .5rem; }\n  .language-switcher a { min-width: 44px; min-height: 44px; }\n}"), "{css}");
}

#[test]
fn r34_breadcrumbs_wrap_between_whole_crumbs_in_the_readers_direction() {
    let site = TestSite::new();
    site.build().expect(0);
    let css = stylesheet(&site);
    // Crumbs are flex items of a wrapping row: the row runs right to left in Urdu and Arabic,
    // and a line breaks between crumbs. One separator for both directions: "›" is mirrored
    // in right-to-left text, so a "‹" of its own would show as "›".
    assert!(css.contains(".breadcrumbs ol { display: flex; flex-wrap: wrap; margin: 0; padding: 0; list-style: none; }"), "{css}");
    assert!(css.contains(".breadcrumbs li + li::before { content: \"›\";"), "{css}");
    assert!(!css.contains(".breadcrumbs li { display: inline; }") && !css.contains("content: \"‹\""), "{css}");
}

#[test]
fn r34_new_to_luton_does_not_list_the_languages_of_its_advice_in_any_language() {
    // The page said advice for new families was "in English, Romanian and Urdu", which the
    // site no longer matches: the sentence went from every language version.
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/family-support");
    let said = ["Romanian and Urdu", "po rumuńsku i w urdu", "română și urdu", "رومانین اور اردو", "রোমানিয়ান ও উর্দু", "والرومانية والأردية"];
    for lang in ["", ".ur", ".ro", ".pl", ".bn", ".ar"] {
        let text = std::fs::read_to_string(folder.join(format!("new-to-luton{lang}.md"))).unwrap();
        assert!(said.iter().all(|words| !text.contains(words)), "new-to-luton{lang}.md still names the languages");
    }
}

#[test]
fn links_in_a_pages_text_to_untranslated_pages_say_in_english_too() {
    // In the text, the marker says its own language: the text around it may be English.
    const MARKER_UR: &str = "<span class=\"in-default-language\" lang=\"ur\" dir=\"rtl\">(انگریزی میں)</span>";
    let site = TestSite::new();
    site.write("content/_index.ur.md", "---\ntitle: خوش آمدید\ndescription: ہوم پیج۔\nsource_updated: 2025-01-01\n---\n\n[مفت مشورہ](help/advice.md) اور [یہ صفحہ](_index.md)۔\n");
    site.build().expect(0);
    // The Urdu home page's own text: the link to the English-only page is marked, the link
    // to a page written in Urdu is not.
    let home = site.read("ur/index.html");
    assert!(home.contains(&format!("<a href=\"/local-offer/ur/help/advice/\" hreflang=\"en\">مفت مشورہ {MARKER_UR}</a>")), "{home}");
    assert!(home.contains("<a href=\"/local-offer/ur/\">یہ صفحہ</a>"), "{home}");
    // An untranslated page's English text, shown in Urdu, marks its link the same way.
    let advice = site.read("ur/help/advice/index.html");
    assert!(advice.contains(&format!("<a href=\"/local-offer/ur/help/\" hreflang=\"en\">the help section {MARKER_UR}</a>")), "{advice}");
    // In English nothing is marked.
    assert!(!site.read("en/help/advice/index.html").contains("hreflang=\"en\">the help section"));
}

#[test]
fn service_cards_of_untranslated_services_say_in_english() {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}directory:\n  categories:\n    - {{ id: advice, name: Advice }}\n", common::SITE_YAML))
        .write("content/services/_index.md", "---\ntitle: Services\ndescription: Every service.\n---\n\nFind a service.\n")
        .write("content/services/line.md", "---\ntitle: Advice line\ndescription: A phone line.\norganisation: A charity\ncategories: [advice]\n---\n\nRing us.\n")
        .write("content/services/club.md", "---\ntitle: Club\ndescription: A club.\norganisation: A charity\ncategories: [advice]\n---\n\nCome.\n")
        .write("content/services/club.ur.md", "---\ntitle: کلب\ndescription: ایک کلب۔\n---\n\nآئیں۔\n");
    site.build().expect(0);
    let directory = site.read("ur/services/index.html");
    assert!(directory.contains(&format!("<a href=\"/local-offer/ur/services/line/\" hreflang=\"en\"><span lang=\"en\" dir=\"ltr\">Advice line</span> {MARKER_UR}</a>")), "{directory}");
    assert!(directory.contains("<a href=\"/local-offer/ur/services/club/\">کلب</a>"), "{directory}");
    assert!(!site.read("en/services/index.html").contains("in-default-language"));
}
