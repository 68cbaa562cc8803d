//! Issue #34, part 4: a page that asks a family to act gives a way to act. `check` warns
//! about a page in `check.action_sections` that asks the reader to get in touch with
//! someone and gives no phone number, e-mail, postal address or service with a contact.

mod common;

use common::TestSite;

const WARNING: &str = "warning: this page asks the reader to contact someone but gives no way to - add a phone number, e-mail, address or a link to a service page with one";

const FILE: &str = "content/help/assessment.md";

/// A page whose first asking sentence is the second of its line 13, after a link; a
/// second one (line 15) is not reported again. The sentences before it do not ask.
const ASKS: &str = "---
title: Assessment
description: How to ask for an assessment.
---

## Who can ask

- You, for your child.
- Your child's school. You do not need to apply yourself.

Staff will write to you. In Luton it is called SENAT. Ask your GP first.

If you are not happy, the [advice service](_index.md) listens. Please write to the council to ask for one.

You can also call the council.
";

fn site(page: &str) -> TestSite {
    let site = TestSite::new();
    let yaml = format!("{}check:\n  action_sections: [help]\ndirectory:\n  categories:\n    - {{ id: advice, name: Advice }}\n", common::SITE_YAML);
    site.write("site.yaml", yaml);
    site.write("content/services/_index.md", "---\ntitle: Services\ndescription: Every service.\n---\n\nFind a service.\n");
    site.write("content/services/helpline.md", "---\ntitle: Helpline\ndescription: A helpline.\norganisation: A charity\nreferral: self\ncontact: { phone: 0808 808 3555 }\n---\n\nRing us.\n");
    site.write("content/services/centre.md", "---\ntitle: Centre\ndescription: A centre.\norganisation: A charity\nreferral: self\nlocations:\n  - { name: Hall, postcode: LU1 5NP }\n---\n\nCome in.\n");
    site.write("content/services/unknown.md", "---\ntitle: Unknown\ndescription: A service with no contact.\norganisation: NHS\nreferral: self\n---\n\nAsk us.\n");
    site.write(FILE, page);
    site
}

fn warnings(run: &common::Run) -> Vec<&str> {
    run.stderr.lines().filter(|l| l.contains("asks the reader")).collect()
}

#[test]
fn a_page_that_asks_without_a_way_is_warned_once_at_the_first_asking_sentence() {
    let run = site(ASKS).run(&["check"]).expect(0);
    assert_eq!(warnings(&run), [format!("{FILE}:13:64: {WARNING}")]);
}

#[test]
fn a_list_item_is_placed_at_its_text() {
    let run = site("---\ntitle: A\ndescription: B.\n---\n\nSteps:\n\n- Read the guide.\n- Then, email the team.\n").run(&["check"]).expect(0);
    assert_eq!(warnings(&run), [format!("{FILE}:9:3: {WARNING}")]);
}

#[test]
fn each_way_to_act_answers_it() {
    let ways = [
        "Call 0808 808 3555.",
        "Or email help@example.org.",
        "Write to Town Hall, George Street, Luton LU1 5NP.",
        "[Ring us](tel:+448088083555).",
        "[Write to us](mailto:help@example.org).",
        "Read about [the helpline](../services/helpline.md).",
        "[Contact the helpline](../services/helpline.md#contact)",
        "[Visit the centre](../services/centre.md#contact)",
    ];
    for way in ways {
        let run = site(&format!("{ASKS}\n{way}\n")).run(&["check"]).expect(0);
        assert_eq!(warnings(&run), Vec::<&str>::new(), "{way}");
    }
    // A service that gives no contact is no way to act; nor is a number too short to ring.
    for no_way in ["[Contact the service](../services/unknown.md#contact)", "Call 3555."] {
        let run = site(&format!("{ASKS}\n{no_way}\n")).run(&["check"]).expect(0);
        assert_eq!(warnings(&run), [format!("{FILE}:13:64: {WARNING}")], "{no_way}");
    }
}

#[test]
fn only_english_pages_of_the_named_sections_are_checked() {
    let site = site(ASKS);
    site.write("content/help/assessment.ur.md", "---\ntitle: جائزہ\ndescription: جائزہ۔\nsource_updated: 2026-11-27\n---\n\nWrite to the council.\n");
    site.write("content/other/_index.md", "---\ntitle: Other\ndescription: Other.\n---\n\nWrite to the council.\n");
    let run = site.run(&["check"]).expect(0);
    assert_eq!(warnings(&run), [format!("{FILE}:13:64: {WARNING}")]);
    // Without the setting, nothing is checked.
    site.write("site.yaml", common::SITE_YAML);
    site.remove("content/services/helpline.md").remove("content/services/centre.md").remove("content/services/unknown.md");
    assert_eq!(warnings(&site.run(&["check"]).expect(0)), Vec::<&str>::new());
}

#[test]
fn an_unknown_section_is_an_error_at_its_line() {
    let site = site(ASKS);
    site.write("site.yaml", format!("{}check:\n  action_sections: [help, hepl, ../content/help]\n", common::SITE_YAML));
    for command in ["check", "build"] {
        let run = site.run(&[command]).expect(1);
        run.has_line("site.yaml:11:27: there is no section 'hepl' in content/ - did you mean 'help'? A section is a folder under content/ with an _index.md");
        run.has_line("site.yaml:11:33: there is no section '../content/help' in content/ - a section is a folder under content/ with an _index.md: help, services");
    }
}

#[test]
fn action_sections_is_a_list_of_names() {
    let site = site(ASKS);
    site.write("site.yaml", format!("{}check:\n  action_sections: advice\n", common::SITE_YAML));
    site.run(&["check"]).expect(1).has_line("site.yaml:11:20: 'action_sections' must be a list, like [a, b], not the text \"advice\" - write a list of folders under content/, like action_sections: [advice, ehc-plans]");
    site.write("site.yaml", format!("{}check:\n  action_section: [help]\n", common::SITE_YAML));
    site.run(&["check"]).expect(1).has_line("site.yaml:11:3: unknown key 'action_section' - did you mean 'action_sections'? Check the spelling, or remove the line");
}
