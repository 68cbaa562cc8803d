//! Phone numbers, postcodes and addresses keep their left-to-right order in right-to-left
//! pages: each is a `<bdi dir="ltr">` in the text of Urdu pages, wherever it comes from
//! (the Markdown, a contact card, the directory's cards), and nowhere else.

mod common;

use common::TestSite;

const HELPLINE: &str = "---
title: Family helpline
description: A free phone line on 0808 808 3555.
organisation: Example Charity
categories: [advice]
contact: { phone: 0808 808 3555, email: help@example.org, website: https://example.org/helpline }
locations:
  - { name: Town Hall, address: George Street, postcode: LU1 2BQ }
---

Ring us on 0808 808 3555.
";

fn site() -> TestSite {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}directory:\n  categories:\n    - {{ id: advice, name: Advice }}\n", common::SITE_YAML))
        .write("content/services/_index.md", "---\ntitle: Services\ndescription: Every service.\n---\n\nFind a service.\n")
        .write("content/services/helpline.md", HELPLINE)
        .write("content/services/helpline.ur.md", "---\ntitle: خاندانی ہیلپ لائن\ndescription: مفت فون لائن 0808 808 3555۔\n---\n\nہمیں 0808 808 3555 پر فون کریں۔\n")
        .write(
            "content/help/advice.ur.md",
            "---\ntitle: مفت مشورہ\ndescription: غیر جانبدار مشورہ۔\n---\n\nفون (01582) 546000 یا help@example.org یا https://example.org/help۔\n\n[Helpline](../services/helpline.md#contact)\n",
        );
    site
}

#[test]
fn urdu_text_marks_its_numbers_and_addresses_left_to_right() {
    let site = site();
    site.build().expect(0);
    let page = site.read("ur/help/advice/index.html");
    for run in ["(01582) 546000", "help@example.org", "https://example.org/help"] {
        assert!(page.contains(&format!("<bdi dir=\"ltr\">{run}</bdi>")), "{run} is not isolated:\n{page}");
    }
    // The contact card the page shows, and its address.
    assert!(page.contains("<a href=\"tel:+448088083555\"><bdi dir=\"ltr\">0808 808 3555</bdi></a>"), "{page}");
    assert!(page.contains("<bdi dir=\"ltr\">LU1 2BQ</bdi>"), "{page}");
}

#[test]
fn service_pages_and_the_directory_in_urdu_isolate_numbers_but_not_their_data() {
    let site = site();
    site.build().expect(0);
    let service = site.read("ur/services/helpline/index.html");
    assert!(service.contains("ہمیں <bdi dir=\"ltr\">0808 808 3555</bdi> پر فون کریں۔"), "{service}");
    // schema.org data is read by machines: its numbers stay plain.
    let json_ld = service.split("<script type=\"application/ld+json\">").nth(1).and_then(|s| s.split("</script>").next()).expect("JSON-LD");
    assert!(json_ld.contains("0808 808 3555") && !json_ld.contains("bdi"), "{json_ld}");
    // Attributes are never touched.
    assert!(!service.contains("=\"<bdi"), "{service}");
    let directory = site.read("ur/services/index.html");
    assert!(directory.contains("مفت فون لائن <bdi dir=\"ltr\">0808 808 3555</bdi>۔"), "{directory}");
}

#[test]
fn left_to_right_pages_are_left_as_they_are() {
    let site = site();
    site.build().expect(0);
    for page in ["en/services/helpline/index.html", "en/services/index.html", "en/help/advice/index.html"] {
        assert!(!site.read(page).contains("<bdi"), "{page}");
    }
}
