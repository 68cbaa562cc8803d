//! The search index built by `localoffer build`: one index per language, the SEND
//! vocabulary, the search page with its A to Z for readers without JavaScript, and the
//! search box on every page. (The searches themselves run in Chromium: tests/browser.)

mod common;

use common::TestSite;
use localoffer::load::{front_matter, walk};
use localoffer::localise::Localizer;
use localoffer::search::{self, Vocabulary};

fn site() -> TestSite {
    let site = TestSite::new();
    site.write("vocabulary/en.yaml", "- [EHCP, EHC plan, education, health and care plan]\n- [SaLT, speech and language therapy, speech therapy]\n");
    site.write("content/help/plans.md", "---\ntitle: Plans\ndescription: About plans.\n---\n\nAsk the school about an EHC plan.\n");
    site.write("content/help/therapy.md", "---\ntitle: Therapy\ndescription: Therapy.\n---\n\nOur SaLT team visits schools.\n");
    site
}

#[test]
fn the_build_writes_one_index_per_language_in_the_same_run() {
    let site = site();
    site.build().expect(0);
    let entry: serde_json::Value = serde_json::from_str(&site.read("pagefind/pagefind-entry.json")).unwrap();
    assert_eq!(entry["languages"]["en"]["page_count"], 5, "{entry}");
    assert_eq!(entry["languages"]["ur"]["page_count"], 5, "every page published in Urdu, translated or not, is in the Urdu index: {entry}");
    assert!(site.exists("pagefind/pagefind.js"));
    assert!(!site.exists("pagefind/pagefind-ui.js"), "Pagefind's own interface is not published: ours is");
}

/// The document Pagefind indexes for page `id` in `lang`.
fn indexed(site: &TestSite, id: &str, lang: &str) -> String {
    let config = localoffer::config::Config::load(site.root(), None).unwrap();
    let (localizer, _) = Localizer::load(&config);
    let (vocabulary, diagnostics) = Vocabulary::load(&config);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let walked = walk::walk(&config);
    let docs = walked.sources.into_iter().map(|s| front_matter::parse(s).unwrap()).collect();
    let (site, _) = localoffer::model::build(config, docs, walked.assets, &[]);
    let (rendered, _) = localoffer::pipeline::render_all(&site);
    let p = site.page(id).unwrap();
    let index = site.page_languages().position(|(q, l)| q == p && l == lang).unwrap();
    search::document(&site, &localizer, &vocabulary, p, lang, &rendered[index]).map(|(_, html)| html).unwrap_or_default()
}

#[test]
fn a_page_using_one_form_of_a_word_is_indexed_with_the_others() {
    let site = site();
    let plans = indexed(&site, "help/plans", "en");
    assert!(plans.contains("EHC plan<span data-pagefind-weight=\"1\"> ⟦ehcp, education, health and care plan⟧</span>"), "{plans}");
    let therapy = indexed(&site, "help/therapy", "en");
    assert!(therapy.contains("SaLT<span data-pagefind-weight=\"1\"> ⟦speech and language therapy, speech therapy⟧</span>"), "{therapy}");
    assert!(therapy.contains("<span data-pagefind-meta=\"title\">Therapy</span>"), "titles stay as written");
    assert!(!indexed(&site, "help/advice", "en").contains('⟦'), "a page without the words gets none");
}

#[test]
fn an_untranslated_page_is_indexed_in_every_language_with_its_english_words_and_vocabulary() {
    let site = site();
    let urdu = indexed(&site, "help/plans", "ur");
    assert!(urdu.starts_with("<html lang=\"ur\">"), "{urdu}");
    // The English text the Urdu reader is shown, with the English forms of its SEND words,
    // weighing a little less than a translated page's.
    assert!(urdu.contains("<div data-pagefind-weight=\"0.9\"><h1 data-pagefind-weight=\"6.30\">Plans</h1>"), "{urdu}");
    assert!(urdu.contains("EHC plan<span data-pagefind-weight=\"1\"> ⟦ehcp, education, health and care plan⟧</span>"), "{urdu}");
    assert!(urdu.contains("<span data-pagefind-meta=\"lang\">en</span>"), "{urdu}");
    // A translated page is indexed as it is, in its own language.
    let home = indexed(&site, "", "ur");
    assert!(home.contains("<span data-pagefind-meta=\"lang\">ur</span>") && !home.contains("data-pagefind-weight=\"0.9\""), "{home}");
}

#[test]
fn pages_carry_their_section_topics_and_audience_as_filters() {
    let site = site();
    let advice = indexed(&site, "help/advice", "en");
    assert!(advice.contains("<span data-pagefind-filter=\"section\">Help</span>"), "{advice}");
    assert!(advice.contains("<span data-pagefind-filter=\"topic\">Transport</span>"));
    assert!(advice.contains("<span data-pagefind-filter=\"audience\">parents and carers</span>"));
    // In Urdu, its filters are named in Urdu (the section, untranslated, keeps its title).
    let urdu = indexed(&site, "help/advice", "ur");
    assert!(urdu.contains("<span data-pagefind-filter=\"audience\">والدین اور دیکھ بھال کرنے والے</span>"), "{urdu}");
    assert!(urdu.contains("<span data-pagefind-filter=\"section\">Help</span>"), "{urdu}");
}

#[test]
fn the_search_page_lists_every_page_a_to_z_and_every_page_has_a_search_box() {
    let site = site();
    site.build().expect(0);
    let page = site.read("en/search/index.html");
    let search = &page[page.find("class=\"a-z\"").unwrap()..];
    let order: Vec<usize> = ["Free advice", "Help", "Plans", "Therapy", "Welcome"].iter().map(|t| search.find(&format!(">{t}</a>")).unwrap_or_else(|| panic!("{t} missing"))).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "A to Z: {order:?}");
    assert!(page.contains("<label for=\"search-q\">Search this site</label>"));
    let ur = site.read("ur/search/index.html");
    assert!(ur.contains("<li><a href=\"/local-offer/ur/help/plans/\" hreflang=\"en\"><span lang=\"en\" dir=\"ltr\">Plans</span> <span class=\"in-default-language\">(انگریزی میں)</span></a>"), "untranslated titles are marked: {ur}");
    // Without JavaScript the page says search needs it, and a search lands on the A to Z.
    assert!(ur.contains("<noscript><p class=\"search-needs-javascript\">تلاش کے لیے JavaScript ضروری ہے"), "{ur}");
    assert!(ur.contains("<form class=\"search-form\" action=\"/local-offer/ur/search/#a-z-heading\""), "{ur}");
    for page in ["en/index.html", "ur/help/advice/index.html", "en/topics/index.html"] {
        assert!(site.read(page).contains("<form class=\"site-search\" action=\"/local-offer/"), "{page}");
    }
}

#[test]
fn a_broken_vocabulary_is_an_error_at_its_line() {
    let site = site();
    site.write("vocabulary/en.yaml", "- [EHCP, EHC plan]\n- [unclosed\n");
    site.build().expect(1).mentions("vocabulary/en.yaml:3:1: the vocabulary cannot be read");
}

#[test]
fn a_service_carries_its_first_and_last_age_as_filters() {
    let site = site();
    site.write("content/services/_index.md", "---\ntitle: Services\ndescription: Services.\n---\n");
    site.write("content/services/twos.md", "---\ntitle: Twos\ndescription: For two-year-olds.\norganisation: Example\nages: { from: 2, to: 4 }\n---\n\nPlay.\n");
    let twos = indexed(&site, "services/twos", "en");
    assert!(twos.contains("<span data-pagefind-filter=\"age-from\">2</span>") && twos.contains("<span data-pagefind-filter=\"age-to\">4</span>"), "{twos}");
    assert!(!indexed(&site, "help/plans", "en").contains("data-pagefind-filter=\"age-"), "a page without ages has none");
}
