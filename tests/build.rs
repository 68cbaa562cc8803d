//! What a good build publishes: every page in every language, the chooser, topics,
//! sitemap, redirects, images, theme overrides; byte-identical on every run.

mod common;

use common::TestSite;

#[test]
fn a_site_with_only_site_yaml_and_content_builds_every_page_in_every_language() {
    let site = TestSite::new();
    site.build().expect(0);
    for lang in ["en", "ur"] {
        for page in ["", "help/", "help/advice/", "topics/", "topics/transport/"] {
            assert!(site.exists(&format!("{lang}/{page}index.html")), "{lang}/{page}");
        }
    }
    for file in ["index.html", "404.html", "sitemap.xml", "robots.txt"] {
        assert!(site.exists(file), "{file}");
    }
}

#[test]
fn pages_carry_language_direction_and_alternates() {
    let site = TestSite::new();
    site.build().expect(0);
    let ur = site.read("ur/help/advice/index.html");
    assert!(ur.contains("<html lang=\"ur\" dir=\"rtl\">"), "{ur}");
    assert!(ur.contains("<link rel=\"canonical\" href=\"https://example.org/local-offer/ur/help/advice/\">"));
    assert!(ur.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/local-offer/en/help/advice/\">"));
    assert!(ur.contains("<a href=\"/local-offer/en/help/advice/\" lang=\"en\" hreflang=\"en\" dir=\"ltr\">English</a>"), "{ur}");
    assert!(ur.contains("<a class=\"skip-link\" href=\"#main\">"));
    assert!(ur.contains("<main id=\"main\""));
}

#[test]
fn an_untranslated_page_shows_the_default_text_with_a_notice_in_the_readers_language() {
    let site = TestSite::new();
    site.build().expect(0);
    let ur = site.read("ur/help/advice/index.html");
    assert!(ur.contains("<p class=\"untranslated-notice\">"), "{ur}");
    assert!(ur.contains("<h1 lang=\"en\" dir=\"ltr\">Free advice</h1>"), "{ur}");
    assert!(ur.contains("<div class=\"content\" lang=\"en\" dir=\"ltr\">"), "{ur}");
    // Its links lead to pages in Urdu.
    assert!(ur.contains("<a href=\"/local-offer/ur/help/\" hreflang=\"en\">the help section <span class=\"in-default-language\" lang=\"ur\" dir=\"rtl\">(انگریزی میں)</span></a>"), "{ur}");
    // Untranslated titles elsewhere are marked too: the breadcrumb of the section, and the
    // page's card on the section's page; translated ones are not.
    assert!(ur.contains("<li><a href=\"/local-offer/ur/help/\" hreflang=\"en\"><span lang=\"en\" dir=\"ltr\">Help</span> "), "{ur}");
    assert!(ur.contains("<li><a href=\"/local-offer/ur/\">خوش آمدید</a></li>"), "{ur}");
    let section = site.read("ur/help/index.html");
    assert!(section.contains("<li><a href=\"/local-offer/ur/help/advice/\" hreflang=\"en\"><span lang=\"en\" dir=\"ltr\">Free advice</span> "), "{section}");
    let en = site.read("en/help/advice/index.html");
    assert!(!en.contains("untranslated-notice"));
    assert!(en.contains("<a href=\"/local-offer/en/help/\">the help section</a>"));
    // A translated page has no notice and no foreign lang on its text.
    let home = site.read("ur/index.html");
    assert!(!home.contains("untranslated-notice"));
    assert!(home.contains("<h1>خوش آمدید</h1>"));
}

#[test]
fn the_chooser_names_every_language_in_its_own_script_without_javascript() {
    let site = TestSite::new();
    site.build().expect(0);
    let chooser = site.read("index.html");
    assert!(chooser.contains("<li lang=\"ur\" dir=\"rtl\"><a href=\"/local-offer/ur/\">اردو</a>"), "{chooser}");
    assert!(chooser.contains("<li lang=\"en\" dir=\"ltr\"><a href=\"/local-offer/en/\">English</a>"), "{chooser}");
    assert!(!chooser.contains("<script"));
}

#[test]
fn sections_list_their_pages_and_pages_have_breadcrumbs_topics_and_dates() {
    let site = TestSite::new();
    site.build().expect(0);
    let section = site.read("en/help/index.html");
    assert!(section.contains("<a href=\"/local-offer/en/help/advice/\">Free advice</a><p>Advice that does not take sides.</p>"), "{section}");
    let page = site.read("en/help/advice/index.html");
    assert!(page.contains("<li><a href=\"/local-offer/en/\">Welcome</a></li>"), "{page}");
    assert!(page.contains("<li><a href=\"/local-offer/en/help/\">Help</a></li>"));
    assert!(page.contains("Last updated: 27 November 2026"), "{page}");
    assert!(page.contains("<a href=\"/local-offer/en/topics/transport/\">Transport</a>"), "{page}");
    assert!(page.contains("href=\"mailto:feedback@example.org\""));
    let topic = site.read("en/topics/transport/index.html");
    assert!(topic.contains("<a href=\"/local-offer/en/help/advice/\">Free advice</a>"), "{topic}");
}

#[test]
fn dates_follow_the_readers_language() {
    let site = TestSite::new();
    site.write("site.yaml", common::SITE_YAML.replace("  - { code: ur, name: اردو, direction: rtl }", "  - { code: ur, name: اردو, direction: rtl }\n  - { code: pl, name: Polski }"));
    site.build().expect(0);
    assert!(site.read("pl/help/advice/index.html").contains("27 listopada 2026"));
}

#[test]
fn markdown_extensions_heading_ids_and_highlighting() {
    let site = TestSite::new();
    site.write(
        "content/help/advice.md",
        "---\ntitle: A\ndescription: B.\n---\n\n## Who we are\n\n## Who we are\n\n## ہمارے بارے میں\n\n## Custom {#mine}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nA note[^1] and ~~old~~ \"quotes\".\n\n[^1]: The note.\n\n```yaml\ntitle: x\n```\n",
    );
    site.build().expect(0);
    let html = site.read("en/help/advice/index.html");
    assert!(html.contains("<h2 id=\"who-we-are\">"), "{html}");
    assert!(html.contains("<h2 id=\"who-we-are-2\">"));
    assert!(html.contains("<h2 id=\"ہمارے-بارے-میں\">"));
    assert!(html.contains("<h2 id=\"mine\">"));
    assert!(html.contains("<nav class=\"toc\""), "four h2 headings make a contents list");
    assert!(html.contains("<a href=\"#ہمارے-بارے-میں\">"));
    assert!(html.contains("<div class=\"table-wrap\" tabindex=\"0\"><table>"));
    assert!(html.contains("<del>old</del>"));
    assert!(html.contains("“quotes”"));
    assert!(html.contains("class=\"footnote-definition\""));
    assert!(html.contains("<span class=\"hl-"), "{html}");
    assert!(!html.contains("style="));
}

#[test]
fn images_in_a_page_folder_are_published_and_linked() {
    let site = TestSite::new();
    site.remove("content/help/advice.md");
    site.write("content/help/advice/index.md", "---\ntitle: A\ndescription: B.\n---\n\n![A bus outside a school](bus.png)\n");
    site.write("content/help/advice/bus.png", [0x89, b'P', b'N', b'G']);
    site.build().expect(0);
    assert!(site.exists("en/help/advice/bus.png"));
    assert!(site.read("ur/help/advice/index.html").contains("<img src=\"/local-offer/en/help/advice/bus.png\" alt=\"A bus outside a school\""));

}

#[test]
fn raw_html_addresses_are_resolved_like_markdown_links() {
    let site = TestSite::new();
    site.remove("content/help/advice.md");
    site.write("content/help/advice/index.md", "---\ntitle: A\ndescription: B.\n---\n\n<figure><img src=\"bus.png\" alt=\"A bus\"><figcaption><a href=\"../../index.md\">Home</a></figcaption></figure>\n");
    site.write("content/help/advice/bus.png", [0x89, b'P', b'N', b'G']);
    site.build().expect(0);
    let html = site.read("ur/help/advice/index.html");
    assert!(html.contains("<img src=\"/local-offer/en/help/advice/bus.png\" alt=\"A bus\">"), "{html}");
    assert!(html.contains("<a href=\"/local-offer/ur/\">Home</a>"), "{html}");
}

#[test]
fn aliases_become_redirect_pages() {
    let site = TestSite::new();
    site.write("content/help/advice.md", "---\ntitle: A\ndescription: B.\naliases: [/ehcp-guide/]\n---\n");
    site.build().expect(0);
    let redirect = site.read("ehcp-guide/index.html");
    assert!(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=/local-offer/en/help/advice/\">"), "{redirect}");
}

#[test]
fn drafts_are_left_out() {
    let site = TestSite::new();
    site.write("content/help/draft.md", "---\ntitle: Secret\ndescription: B.\ndraft: true\n---\n");
    site.build().expect(0);
    assert!(!site.exists("en/help/draft/index.html"));
    assert!(!site.read("en/help/index.html").contains("Secret"));
}

#[test]
fn sitemap_lists_every_page_with_alternates_and_robots_points_at_it() {
    let site = TestSite::new();
    site.build().expect(0);
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/local-offer/ur/help/advice/</loc>"));
    assert!(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/local-offer/en/help/advice/\"/>"));
    assert!(site.read("robots.txt").contains("Sitemap: https://example.org/local-offer/sitemap.xml"));
}

#[test]
fn base_url_override_moves_every_url() {
    let site = TestSite::new();
    site.run(&["build", "--base-url", "https://preview.example.net/pr-7/"]).expect(0);
    let html = site.read("en/help/advice/index.html");
    assert!(html.contains("<link rel=\"canonical\" href=\"https://preview.example.net/pr-7/en/help/advice/\">"));
    assert!(html.contains("href=\"/pr-7/assets/style."));
    assert!(!html.contains("/local-offer/"));
}

#[test]
fn assets_carry_content_hashes() {
    let site = TestSite::new();
    site.build().expect(0);
    let html = site.read("en/index.html");
    let start = html.find("/local-offer/assets/style.").unwrap() + "/local-offer/".len();
    let href = &html[start..start + html[start..].find('"').unwrap()];
    assert!(site.exists(href), "{href}");
    assert_eq!(href.len(), "assets/style.0123456789.css".len(), "{href}");
}

#[test]
fn the_same_input_gives_byte_identical_output() {
    let site = TestSite::new();
    site.build().expect(0);
    let first = site.snapshot();
    site.build().expect(0);
    assert_eq!(first, site.snapshot());
}

#[test]
fn a_sites_own_theme_files_and_strings_override_the_built_in_ones() {
    let site = TestSite::new();
    site.write("themes/default/templates/topic.html", "{% extends \"base.html\" %}{% block main %}<h1>OWN {{ page.title }}</h1>{% endblock main %}");
    site.write("themes/default/static/style.css", "body { color: #000; }");
    site.write("translations/ur.ftl", "skip-link = اپنا\n");
    site.build().expect(0);
    assert!(site.read("en/topics/transport/index.html").contains("<h1>OWN Transport</h1>"));
    let ur = site.read("ur/index.html");
    assert!(ur.contains(">اپنا</a>"));
    // The site's ur.ftl is laid over the built-in one: what it lacks stays in Urdu.
    assert!(ur.contains("موضوعات") && !ur.contains(">Topics</a>"), "{ur}");
    assert!(!ur.contains("topics-heading"));
    // It does not name the site's topic in Urdu: the English name is marked as English,
    // and check says so.
    let advice = site.read("ur/help/advice/index.html");
    assert!(advice.contains("<a href=\"/local-offer/ur/topics/transport/\" lang=\"en\">Transport</a>"), "{advice}");
    let check = site.run(&["check"]).expect(0);
    check.mentions("translations/ur.ftl:1:1: warning: 1 topic or category name(s) are not translated into اردو: topic-transport - add them to translations/ur.ftl, like topic-transport = ...");
}

#[test]
fn the_output_folder_can_be_anywhere() {
    let site = TestSite::new();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("deep/site");
    site.run(&["build", "--output", target.to_str().unwrap()]).expect(0);
    assert!(target.join("en/index.html").exists());
}

#[test]
fn headers_for_static_hosts_carry_the_csp_long_caching_for_hashed_files_and_cors_for_the_export() {
    let site = TestSite::new();
    site.build().expect(0);
    let headers = site.read("_headers");
    assert!(headers.starts_with("/local-offer/*\n  Content-Security-Policy: default-src 'self';"), "{headers}");
    assert!(site.read("en/index.html").contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'self'; form-action 'self'\">"));
    assert!(headers.contains("/local-offer/assets/*\n  Cache-Control: public, max-age=31536000, immutable"), "{headers}");
    // The Open Referral UK profile asks every answer of its API to carry this (#29).
    assert!(headers.contains("/local-offer/openreferral/*\n  Access-Control-Allow-Origin: *\n"), "{headers}");
}

#[test]
fn a_machine_translation_no_person_checked_says_so_with_the_original_and_an_interpreter() {
    let site = TestSite::new();
    let machine = "---\ntitle: مشورہ\ndescription: مفت مشورہ۔\nsource_updated: 2026-11-27\ntranslation: { by: machine }\n---\n\nمتن۔\n";
    site.write("content/help/advice.ur.md", machine);
    site.write("site.yaml", format!("{}interpreting:\n  phone: 01632 960123\n  url: https://example.org/interpreters\n", common::SITE_YAML));
    site.build().expect(0);
    let html = site.read("ur/help/advice/index.html");
    let notice = &html[html.find("machine-notice").expect("the notice is there")..];
    let notice = &notice[..notice.find("</div>").unwrap()];
    assert!(notice.contains("اس صفحے کا ترجمہ کمپیوٹر نے کیا ہے۔"), "in the reader's language: {notice}");
    assert!(notice.contains("<a href=\"/local-offer/en/help/advice/\" hreflang=\"en\">یہ صفحہ English میں پڑھیں</a>"), "{notice}");
    assert!(notice.contains("<a href=\"tel:+441632960123\">"), "{notice}");
    assert!(notice.contains("<a href=\"https://example.org/interpreters\">"), "{notice}");
    // A person's translation, a reviewed one and the English page carry none.
    assert!(!site.read("ur/index.html").contains("machine-notice"), "the home page is by a person");
    assert!(!site.read("en/help/advice/index.html").contains("machine-notice"));
    site.write("content/help/advice.ur.md", machine.replace("{ by: machine }", "{ by: machine, reviewed: 2026-12-01 }"));
    site.build().expect(0);
    assert!(!site.read("ur/help/advice/index.html").contains("machine-notice"));
}

#[test]
fn a_topic_without_a_name_in_the_readers_language_is_marked_as_english() {
    let site = TestSite::new();
    site.build().expect(0);
    let topic = site.read("ur/topics/transport/index.html");
    assert!(topic.contains("<h1 lang=\"en\" dir=\"ltr\">Transport</h1>"), "{topic}");
    site.write("translations/ur.ftl", "topic-transport = سفر\n");
    site.build().expect(0);
    assert!(site.read("ur/topics/transport/index.html").contains("<h1>سفر</h1>"));
    assert!(site.read("ur/help/advice/index.html").contains("<a href=\"/local-offer/ur/topics/transport/\">سفر</a>"));
}

#[test]
fn a_category_without_a_name_in_the_readers_language_is_marked_as_english() {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}directory:\n  categories:\n    - {{ id: health, name: Health and therapy }}\n", common::SITE_YAML));
    site.write("content/services/_index.md", "---\ntitle: Services\ndescription: Every service.\n---\n\nFind one.\n");
    site.write("content/services/speech.md", "---\ntitle: Speech therapy\ndescription: Help to talk.\norganisation: Anytown Council\ncategories: [health]\n---\n\nWe help.\n");
    site.build().expect(0);
    let directory = site.read("ur/services/index.html");
    assert!(directory.contains("<option value=\"health\" lang=\"en\">Health and therapy</option>"), "{directory}");
    assert!(directory.contains("lang=\"en\">Health and therapy</a>"), "{directory}");
    assert!(site.read("ur/services/speech/index.html").contains("<span lang=\"en\">Health and therapy</span>"));
    assert!(!site.read("en/services/index.html").contains("lang=\"en\">Health"), "English pages need no mark");
    site.write("translations/ur.ftl", "category-health = صحت\n");
    site.build().expect(0);
    assert!(site.read("ur/services/index.html").contains("<option value=\"health\">صحت</option>"));
}
