//! Issue #34, part 3: the directory on a phone. A link at the top leads to the filters,
//! which come before the list; without JavaScript the filter area says so and links to a
//! page for each need, type of service and age band; a filter never hides a service whose
//! ages, areas of need or type it does not know, nor shows it as if they matched: such
//! services are listed apart.
//! What a person sees and does at 360 px is in tests/browser/test/directory.test.js.

mod common;

use common::{TestSite, DIRECTORY};

/// Builds a site of four services: ages 0 to 18, 0 to 25, 12 to 16, and none stated.
fn site() -> TestSite {
    let service = |title: &str, facts: &str| format!("---\ntitle: {title}\ndescription: About {title}.\norganisation: Example\n{facts}---\n\nText.\n");
    let site = TestSite::new();
    site.write("site.yaml", format!("{}{DIRECTORY}", common::SITE_YAML))
        .write("content/services/_index.md", "---\ntitle: Service directory\ndescription: Every service.\n---\n\nFind a service.\n")
        .write("content/services/speech.md", service("Speech therapy", "needs: [communication-and-interaction]\ncategories: [health]\nages: { from: 0, to: 18 }\ncost: free\n"))
        .write("content/services/advice-line.md", service("Advice line", "needs: [all]\ncategories: [advice]\nages: { from: 0, to: 25 }\nreferral: self\n"))
        .write("content/services/advice-line.ur.md", "---\ntitle: مشورہ لائن\ndescription: ہر خاندان کے لیے مشورہ۔\n---\n\nہمیں فون کریں۔\n")
        .write("content/services/teen-club.md", service("Teen club", "needs: [social-emotional-and-mental-health]\ncategories: [advice]\nages: { from: 12, to: 16 }\ncost: paid\n"))
        .write("content/services/parents-group.md", service("Parents group", "needs: [communication-and-interaction]\ncategories: [advice]\n"));
    site.build().expect(0);
    site
}

/// The titles of the cards in `html` between `from` and the next `</ul>`, in order.
fn titles_in(html: &str, from: &str) -> Vec<String> {
    let start = html.find(from).unwrap_or_else(|| panic!("no {from} in:\n{html}"));
    let list = &html[start..start + html[start..].find("</ul>").unwrap()];
    // The title as written: an untranslated one is in a span, with "(in English)" after it.
    let plain = |title: &str| {
        let title = title.split(" <span class=\"in-default-language\">").next().unwrap_or_default();
        title.split_once('>').filter(|_| title.starts_with("<span")).map_or(title, |(_, rest)| rest.trim_end_matches("</span>")).to_string()
    };
    let title = |card: &str| card.split_once("<a href=").and_then(|(_, a)| a.split_once('>')).and_then(|(_, text)| text.split_once("</a>")).map(|(title, _)| plain(title));
    list.split("<li data-service=").skip(1).map(|card| title(card).unwrap_or_else(|| panic!("no title in {card}"))).collect()
}

const LIST: &str = "<ul class=\"cards services\" aria-labelledby=\"directory-results\"";
const AGES_UNSTATED: &str = "data-unstated=\"ages\">";

#[test]
fn r34_a_link_at_the_top_leads_to_the_filters_which_come_before_the_list() {
    let site = site();
    for (lang, link) in [("en", "Filter services"), ("ur", "سروسز فلٹر کریں")] {
        let html = site.read(&format!("{lang}/services/index.html"));
        let jump = html.find(&format!("<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n\n<p class=\"directory-jump\"><a href=\"#directory-filters\">{link}</a></p>\n")).unwrap_or_else(|| panic!("{lang}: no link first in main:\n{html}"));
        let title = html.find("<h1").unwrap();
        let filters = html.find("<div class=\"directory-filters\" id=\"directory-filters\">\n    <form class=\"directory-filter\"").expect("the filters' area, the form first");
        let list = html.find(LIST).unwrap();
        assert!(jump < title && title < filters && filters < list, "{lang}: the link, the title, the filters, the list");
        assert_eq!(html.matches("id=\"directory-filters\"").count(), 1);
    }
    let filter_page = site.read("en/services/needs/cognition-and-learning/index.html");
    assert!(filter_page.contains("<p class=\"directory-jump\"><a href=\"#directory-filters\">Filter services</a></p>"), "filter pages too");
}

#[test]
fn r34_without_javascript_the_filters_say_so_and_link_to_each_need_type_and_age_band() {
    let site = site();
    let en = site.read("en/services/index.html");
    let nav = &en[en.find("<nav class=\"directory-facets\"").unwrap()..en.find("</nav>\n  </div>\n  <div class=\"directory-results\">").expect("the links end the filters' area")];
    assert!(nav.contains("<h2>Find a service</h2>\n      <p>Without JavaScript, choose an area of need, a type of service or an age below.</p>\n      <h3>Area of need</h3>"), "{nav}");
    assert!(nav.contains("<li><a href=\"/local-offer/en/services/needs/communication-and-interaction/\">Communication and interaction</a> (3)</li>"), "{nav}");
    assert!(nav.contains("<li><a href=\"/local-offer/en/services/categories/advice/\">Advice</a> (3)</li>"), "{nav}");
    let ages = "<h3>Age</h3>
      <ul>
        <li><a href=\"/local-offer/en/services/ages/0-4/\">Ages 0 to 4</a> (2)</li>
        <li><a href=\"/local-offer/en/services/ages/5-11/\">Ages 5 to 11</a> (2)</li>
        <li><a href=\"/local-offer/en/services/ages/12-16/\">Ages 12 to 16</a> (3)</li>
        <li><a href=\"/local-offer/en/services/ages/17-25/\">Ages 17 to 25</a> (2)</li>
      </ul>";
    assert!(nav.contains(ages), "{nav}");
    let ur = site.read("ur/services/index.html");
    assert!(ur.contains("<p>جاوا اسکرپٹ کے بغیر، نیچے ضرورت کا شعبہ، سروس کی قسم یا عمر منتخب کریں۔</p>"), "{ur}");
    assert!(ur.contains("<h3>عمر</h3>\n      <ul>\n        <li><a href=\"/local-offer/ur/services/ages/0-4/\">عمر 0 سے 4 سال تک</a> (2)</li>"), "{ur}");
    let sitemap = site.read("sitemap.xml");
    for band in ["0-4", "5-11", "12-16", "17-25"] {
        assert!(sitemap.contains(&format!("<loc>https://example.org/local-offer/ur/services/ages/{band}/</loc>")), "{band}: {sitemap}");
    }
}

#[test]
fn r34_an_age_bands_page_lists_its_services_then_apart_those_that_state_no_ages() {
    let site = site();
    let young = site.read("en/services/ages/0-4/index.html");
    assert!(young.contains("<title>Services: Ages 0 to 4 | Welcome</title>"), "{young}");
    assert!(young.contains("<link rel=\"canonical\" href=\"https://example.org/local-offer/en/services/ages/0-4/\">"));
    assert!(young.contains("<link rel=\"alternate\" hreflang=\"ur\" href=\"https://example.org/local-offer/ur/services/ages/0-4/\">"));
    assert!(young.contains("<a href=\"/local-offer/ur/services/ages/0-4/\" lang=\"ur\" hreflang=\"ur\" dir=\"rtl\">"), "the language switcher stays on the band");
    assert!(young.contains("<p class=\"lead\">Services for children and young people aged 0 to 4. Services that do not state their ages are listed after them.</p>"), "{young}");
    assert!(young.contains("<li><a href=\"/local-offer/en/services/ages/0-4/\" aria-current=\"page\">Ages 0 to 4</a> (2)</li>"));
    assert!(young.contains("<p><a href=\"/local-offer/en/services/\">Show all services</a></p>"));
    assert!(young.contains(">2 services</p>"), "{young}");
    assert_eq!(titles_in(&young, LIST), ["Advice line", "Speech therapy"], "the teen club is not for a 4-year-old");
    assert!(young.contains("<section class=\"directory-unstated\" aria-labelledby=\"directory-ages-unstated\">\n      <h3 id=\"directory-ages-unstated\">Ages not stated</h3>"), "{young}");
    assert_eq!(titles_in(&young, AGES_UNSTATED), ["Parents group"]);
    let teens = site.read("en/services/ages/17-25/index.html");
    assert_eq!(titles_in(&teens, LIST), ["Advice line", "Speech therapy"]);
    assert_eq!(titles_in(&teens, AGES_UNSTATED), ["Parents group"]);
    let ur = site.read("ur/services/ages/12-16/index.html");
    assert_eq!(titles_in(&ur, LIST), ["مشورہ لائن", "Speech therapy", "Teen club"], "in the Urdu order");
    assert_eq!(titles_in(&ur, AGES_UNSTATED), ["Parents group"]);
    assert!(ur.contains("<h3 id=\"directory-ages-unstated\">عمر نہیں بتائی گئی</h3>"), "{ur}");
}

#[test]
fn r34_unknown_ages_and_cost_are_empty_for_the_script_and_their_groups_wait_for_it() {
    let site = site();
    let html = site.read("en/services/index.html");
    assert!(html.contains("\" data-needs=\"communication-and-interaction\" data-categories=\"advice\" data-from=\"\" data-to=\"\" data-cost=\"\" data-referral=\"\">"), "no ages stated is not ages 0 to 25:\n{html}");
    assert!(html.contains("data-from=\"0\" data-to=\"25\" data-cost=\"\" data-referral=\"self\""), "no cost stated is empty too");
    assert!(html.contains("data-found-unstated=\"Services found: %N%. Not stated, listed below: %U%\""), "{html}");
    // Every service is in the directory's list; the lists of services that state no ages or
    // cost are empty and hidden until the script moves services there for a filter.
    assert_eq!(titles_in(&html, LIST), ["Advice line", "Parents group", "Speech therapy", "Teen club"]);
    assert!(html.contains("<section class=\"directory-unstated\" aria-labelledby=\"directory-ages-unstated\" hidden>\n      <h3 id=\"directory-ages-unstated\">Ages not stated</h3>\n      <ul class=\"cards services\" aria-labelledby=\"directory-ages-unstated\" data-unstated=\"ages\">\n      </ul>"), "{html}");
    assert!(html.contains("<section class=\"directory-unstated\" aria-labelledby=\"directory-cost-unstated\" hidden>\n      <h3 id=\"directory-cost-unstated\">Cost not stated</h3>\n      <ul class=\"cards services\" aria-labelledby=\"directory-cost-unstated\" data-unstated=\"cost\"></ul>"), "{html}");
}

#[test]
fn a_needs_page_lists_apart_the_services_that_name_no_area_of_need() {
    let site = site();
    site.write("content/services/drop-in.md", "---\ntitle: Drop-in\ndescription: About Drop-in.\norganisation: Example\ncategories: [advice]\n---\n\nText.\n");
    site.build().expect(0);
    let page = site.read("en/services/needs/communication-and-interaction/index.html");
    // "Advice line" is for all needs; the drop-in names none: it is not hidden, nor counted as a match.
    assert_eq!(titles_in(&page, LIST), ["Advice line", "Parents group", "Speech therapy"]);
    assert!(page.contains("<section class=\"directory-unstated\" aria-labelledby=\"directory-needs-unstated\">\n      <h3 id=\"directory-needs-unstated\">Area of need not stated</h3>"), "{page}");
    assert_eq!(titles_in(&page, "data-unstated=\"needs\">"), ["Drop-in"]);
    assert!(page.contains(">3 services</p>"), "{page}");
    // Its section on an age band's page stays empty and hidden, as the ages group does here.
    let band = site.read("en/services/ages/0-4/index.html");
    assert!(band.contains("aria-labelledby=\"directory-needs-unstated\" hidden>"), "{band}");
    assert!(page.contains("aria-labelledby=\"directory-ages-unstated\" hidden>"), "{page}");
    // The main directory lists it with the rest.
    assert!(titles_in(&site.read("en/services/index.html"), LIST).contains(&"Drop-in".to_string()));
}

#[test]
fn r34_a_categorys_page_lists_apart_the_services_that_name_no_type_of_service() {
    let site = site();
    site.write("content/services/drop-in.md", "---\ntitle: Drop-in\ndescription: About Drop-in.\norganisation: Example\nneeds: [communication-and-interaction]\n---\n\nText.\n");
    site.build().expect(0);
    let page = site.read("en/services/categories/health/index.html");
    // The drop-in names no type of service: it is not hidden, nor counted as a match.
    assert_eq!(titles_in(&page, LIST), ["Speech therapy"]);
    assert!(page.contains("<section class=\"directory-unstated\" aria-labelledby=\"directory-categories-unstated\">\n      <h3 id=\"directory-categories-unstated\">Type of service not stated</h3>"), "{page}");
    assert_eq!(titles_in(&page, "data-unstated=\"categories\">"), ["Drop-in"]);
    assert!(page.contains(">1 service</p>"), "the count is of the services found, as on a need's page:\n{page}");
    assert!(page.contains("<li><a href=\"/local-offer/en/services/categories/health/\" aria-current=\"page\">Health and therapy</a> (1)</li>"), "{page}");
    // The other groups stay empty and hidden here, and this one on a need's page.
    assert!(page.contains("aria-labelledby=\"directory-needs-unstated\" hidden>"), "{page}");
    assert!(page.contains("aria-labelledby=\"directory-ages-unstated\" hidden>"), "{page}");
    let need = site.read("en/services/needs/communication-and-interaction/index.html");
    assert!(need.contains("aria-labelledby=\"directory-categories-unstated\" hidden>"), "{need}");
    assert!(titles_in(&need, LIST).contains(&"Drop-in".to_string()), "it names that need");
    // The directory lists it with the rest, with no type for the script; the group waits.
    let all = site.read("en/services/index.html");
    assert!(titles_in(&all, LIST).contains(&"Drop-in".to_string()));
    assert!(all.contains("\" data-needs=\"communication-and-interaction\" data-categories=\"\" data-from=\"\""), "{all}");
    assert!(all.contains("<section class=\"directory-unstated\" aria-labelledby=\"directory-categories-unstated\" hidden>\n      <h3 id=\"directory-categories-unstated\">Type of service not stated</h3>\n      <ul class=\"cards services\" aria-labelledby=\"directory-categories-unstated\" data-unstated=\"categories\">\n      </ul>"), "{all}");
    // In Urdu, under its Urdu heading.
    let ur = site.read("ur/services/categories/advice/index.html");
    assert_eq!(titles_in(&ur, LIST), ["مشورہ لائن", "Parents group", "Teen club"]);
    assert_eq!(titles_in(&ur, "data-unstated=\"categories\">"), ["Drop-in"]);
    assert!(ur.contains("<h3 id=\"directory-categories-unstated\">سروس کی قسم نہیں بتائی گئی</h3>"), "{ur}");
}
