//! `brand:` in site.yaml: a council's name, logo, colour and footer, without a copy of the
//! theme; and a site's own `static/custom.css`.

mod common;

use common::TestSite;

const LOGO: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"><rect width=\"120\" height=\"40\" fill=\"#fff\"/></svg>\n";

fn branded(brand: &str) -> TestSite {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}brand:\n{brand}", common::SITE_YAML));
    site.write("brand/logo.svg", LOGO);
    site
}

#[test]
fn the_brand_shows_on_every_page_from_its_own_files_under_the_csp() {
    let site = branded("  name: Anytown Council\n  logo: brand/logo.svg\n  colour: \"#0b3d2e\"\n  footer:\n    en: [Town Hall, High Street, ZZ1 2AB, 01632 960123]\n");
    site.write("static/custom.css", ".site-name { letter-spacing: .02em; }\n");
    site.build().expect(0);
    let home = site.read("en/index.html");
    // The colour comes in a style sheet of its own, then the site's custom.css, both after the theme's.
    let styles: Vec<&str> = home.match_indices("<link rel=\"stylesheet\" href=\"").map(|(i, m)| &home[i + m.len()..i + m.len() + home[i + m.len()..].find('"').unwrap()]).collect();
    assert_eq!(styles.len(), 3, "{styles:?}");
    assert!(styles[0].contains("/assets/style.") && styles[1].contains("/assets/brand.") && styles[2].contains("/assets/custom."), "{styles:?}");
    let brand_css = site.read(styles[1].trim_start_matches("/local-offer/"));
    assert!(brand_css.contains("--brand: #0b3d2e;") && brand_css.contains("--brand-text: #ffffff;"), "{brand_css}");
    assert!(home.contains("<img class=\"brand-logo\" src=\"/local-offer/assets/brand-logo."), "{home}");
    assert!(home.contains("alt=\"Anytown Council\""));
    assert!(!home.contains(" style=\""), "no inline style: the CSP forbids it");
    assert!(home.contains("<p>01632 960123</p>"), "{home}");
    // Urdu has no footer lines of its own: the English ones, marked as English.
    let ur = site.read("ur/index.html");
    assert!(ur.contains("<div class=\"brand-footer\" lang=\"en\" dir=\"ltr\">"), "{ur}");
}

#[test]
fn a_brand_colour_that_white_text_cannot_be_read_on_is_a_located_error() {
    let site = branded("  name: Anytown Council\n  colour: \"#7fb3e0\"\n");
    site.build().expect(1).has_line("site.yaml:12:12: the brand colour #7fb3e0 has a contrast of 2.2:1 against white, under the 4.5:1 that WCAG 2.2 AA asks - choose a darker colour (the default is #12436d), so that the header's text can be read");
    let site = branded("  name: Anytown Council\n  colour: \"#12436d\"\n  text_colour: \"#0b0c0c\"\n");
    site.build().expect(1).mentions("has a contrast of 1.9:1 against its text colour, under the 4.5:1 that WCAG 2.2 AA asks - choose a text colour that stands out on it");
    let site = branded("  name: Anytown Council\n  colour: blue\n  logo: ../logo.svg\n  footer: { fr: [x] }\n");
    let run = site.build().expect(1);
    run.mentions("'blue' is not a colour").mentions("the logo '../logo.svg' is outside the site's folder").mentions("the footer has lines for 'fr', which the site does not have");
}
