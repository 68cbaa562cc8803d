//! Each kind of bad input: a clear message at the right place, exit code 1, and the
//! previous output untouched. (Unsafe raw HTML is not an error: it is cleaned.)

mod common;

use common::{fails_and_keeps_output, TestSite};


const PAGE: &str = "content/help/advice.md";

#[test]
fn malformed_yaml() {
    let run = fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: \"Advice\ndescription: Yes.\n---\n");
    });
    // At the quote that is never closed, in our words, not the parser's.
    run.has_line("content/help/advice.md:2:8: a quote is opened here and never closed - close it with the same kind of quote, or take it away");
}

#[test]
fn a_page_that_cannot_be_read_is_one_error_not_one_per_link_to_it() {
    let run = fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: [Advice\ndescription: Yes.\n---\n");
        s.write("content/help/advice.ur.md", "---\ntitle: مشورہ\ndescription: ہاں۔\n---\n");
        s.write("content/help/other.md", "---\ntitle: Other\ndescription: More.\n---\n\nSee [advice](advice.md).\n");
    });
    run.mentions("content/help/advice.md:2:8:");
    assert!(!run.stderr.contains("there is no file"), "a link to the unreadable page is reported as missing:\n{}", run.stderr);
    assert!(!run.stderr.contains("has no English page"), "its translation is reported as orphaned:\n{}", run.stderr);
    run.mentions("1 error(s)");
}

#[test]
fn a_section_that_cannot_be_read_is_one_error_not_one_per_page_in_it() {
    let run = fails_and_keeps_output(|s| {
        s.write("content/help/_index.md", "---\ntitle: Help\ndescription: [Where to get help.\n---\n");
        s.write("content/_index.md", "---\ntitle: [Welcome\n---\n");
    });
    run.mentions("content/help/_index.md:3:14:");
    run.mentions("content/_index.md:2:8:");
    assert!(!run.stderr.contains("has no _index.md"), "the pages of the unreadable section are reported as homeless:\n{}", run.stderr);
    assert!(!run.stderr.contains("there is no home page"), "the unreadable home page is reported as missing:\n{}", run.stderr);
    run.mentions("2 error(s)");
}

#[test]
fn front_matter_never_closed() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: Advice\ndescription: Yes.\n\nText\n");
    })
    .has_line("content/help/advice.md:1:1: the front matter is never closed - add a line '---' after the last front matter key, before the page text");
}

#[test]
fn no_front_matter() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "# Advice\n\nText\n");
    })
    .has_line("content/help/advice.md:1:1: there is no front matter - start the file with a line '---', then 'title: ...' and 'description: ...', then a line '---'");
}

#[test]
fn missing_title_points_at_the_front_matter() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ndescription: Yes.\n---\n");
    })
    .has_line("content/help/advice.md:2:1: 'title' is missing - write the page's title, like title: What SEND means");
}

#[test]
fn unknown_key_says_did_you_mean() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: Advice\ndescription: Yes.\nupdatd: 2025-01-01\n---\n");
    })
    .has_line("content/help/advice.md:4:1: unknown key 'updatd' - did you mean 'updated'? Check the spelling, or remove the line");
}

#[test]
fn wrong_type() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: Advice\ndescription: Yes.\nweight: first\n---\n");
    })
    .has_line("content/help/advice.md:4:9: 'weight' must be a whole number, not the text \"first\" - write a whole number, like weight: 10 (smaller numbers come first)");
}

#[test]
fn impossible_date() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: Advice\ndescription: Yes.\nupdated: 2025-02-30\n---\n");
    })
    .has_line("content/help/advice.md:4:10: '2025-02-30' is not a real date - write the date as year-month-day, like updated: 2025-03-01");
}

#[test]
fn unknown_language_suffix() {
    fails_and_keeps_output(|s| {
        s.write("content/help/advice.xx.md", "---\ntitle: A\ndescription: B.\n---\n");
    })
    .has_line("content/help/advice.xx.md:1:1: unknown language suffix '.xx' - the site's languages are en, ur: rename the file, or add the language to site.yaml");
}

#[test]
fn the_same_page_twice() {
    fails_and_keeps_output(|s| {
        s.write("content/help/advice/index.md", "---\ntitle: A\ndescription: B.\n---\n");
    })
    .has_line("content/help/advice.md:1:1: this is the same page as content/help/advice/index.md - keep one of the two files");
}

#[test]
fn translation_without_a_default_language_page() {
    fails_and_keeps_output(|s| {
        s.write("content/help/orphan.ur.md", "---\ntitle: A\ndescription: B.\n---\n");
    })
    .has_line("content/help/orphan.ur.md:1:1: this translation has no English page - add content/help/orphan.md (or, if it is a draft, mark the translation draft: true too)");
}

#[test]
fn broken_link_is_reported_at_its_line_and_column() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: A\ndescription: B.\n---\n\nFirst line.\n\nSee [the plan](../plans/ehc.md).\n");
    })
    .has_line("content/help/advice.md:8:5: there is no file content/plans/ehc.md for the link '../plans/ehc.md' - check the file name and the ../ steps: links are relative to this file's folder");
}

#[test]
fn link_climbing_out_of_content() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: A\ndescription: B.\n---\n\n[secrets](../../../site.yaml)\n");
    })
    .has_line("content/help/advice.md:6:1: the link '../../../site.yaml' leads out of the content/ folder - link only to files inside content/");
}

#[test]
fn javascript_and_data_links_are_errors() {
    let run = fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: A\ndescription: B.\n---\n\n[x](javascript:alert(1))\n\n[y](DATA:text/html,hi)\n");
    });
    run.has_line("content/help/advice.md:6:1: a link or image address starting with 'javascript:' is not allowed - link to a web page (https://...) or to a .md file of the site");
    run.has_line("content/help/advice.md:8:1: a link or image address starting with 'data:' is not allowed - link to a web page (https://...) or to a .md file of the site");
}

#[test]
fn image_without_alt_text() {
    fails_and_keeps_output(|s| {
        s.write("content/help/bus.png", [0x89, b'P', b'N', b'G']);
        s.write(PAGE, "---\ntitle: A\ndescription: B.\n---\n\n![](bus.png)\n");
    })
    .has_line("content/help/advice.md:6:1: this image has no alt text - describe the picture between the brackets, like ![A bus outside a school](bus.jpg)");
}

#[test]
fn invalid_utf8_is_located() {
    fails_and_keeps_output(|s| {
        let mut bytes = b"---\ntitle: A\ndescription: caf".to_vec();
        bytes.push(0xff);
        bytes.extend_from_slice(b"\n---\n");
        s.write(PAGE, bytes);
    })
    .has_line("content/help/advice.md:3:17: this is not UTF-8 text (byte 0xff) - save the file as UTF-8 in your editor");
}

#[test]
fn empty_file() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "");
    })
    .has_line("content/help/advice.md:1:1: the file is empty - start it with front matter: a line '---', 'title: ...', 'description: ...', then '---'");
}

#[test]
fn a_12_mb_file() {
    fails_and_keeps_output(|s| {
        let mut text = "---\ntitle: A\ndescription: B.\n---\n".to_string();
        text.push_str(&"word ".repeat(12 * 1024 * 1024 / 5));
        s.write(PAGE, text);
    })
    .has_line("content/help/advice.md:1:1: this file is 12.0 MB; the limit is 10 MB - split it into smaller pages, or make the picture or document smaller");
}

#[cfg(unix)]
#[test]
fn symlink_loop() {
    fails_and_keeps_output(|s| {
        std::os::unix::fs::symlink(s.path("content/help"), s.path("content/help/again")).unwrap();
    })
    .has_line("content/help/again:1:1: this folder link loops back to content/help - remove the link");
}

#[cfg(unix)]
#[test]
fn symlink_out_of_the_site() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.md"), "---\ntitle: S\ndescription: S.\n---\n").unwrap();
    fails_and_keeps_output(|s| {
        std::os::unix::fs::symlink(outside.path().join("secret.md"), s.path("content/help/secret.md")).unwrap();
    })
    .has_line("content/help/secret.md:1:1: this link points outside the site's content/ folder - copy the file into content/ instead of linking to it");
}

#[test]
fn language_listed_twice_and_default_not_listed() {
    let run = fails_and_keeps_output(|s| {
        s.write("site.yaml", common::SITE_YAML.replace("default_language: en", "default_language: fr").replace("{ code: ur, name: اردو, direction: rtl }", "{ code: en, name: English }"));
    });
    run.has_line("site.yaml:3:1: the default language 'fr' is not in 'languages' - use one of: en");
    run.has_line("site.yaml:6:7: language 'en' is listed twice - remove one of the two entries");
}

#[test]
fn all_errors_of_a_run_are_reported_together() {
    let run = fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: A\ndescription: B.\nweight: first\n---\n");
        s.write("content/help/other.md", "---\ntitle: A\ndescription: B.\n---\n\n[x](missing.md)\n");
        s.write("content/help/third.xx.md", "---\ntitle: A\ndescription: B.\n---\n");
    });
    run.mentions("content/help/advice.md:4:9:").mentions("content/help/other.md:6:1:").mentions("content/help/third.xx.md:1:1:");
    run.mentions("3 error(s)");
}

#[test]
fn a_template_looking_title_appears_literally() {
    let site = TestSite::new();
    site.write(PAGE, "---\ntitle: '{{ config }} {% raw %}'\ndescription: B.\n---\n\nText {{ config }}.\n");
    site.build().expect(0);
    let html = site.read("en/help/advice/index.html");
    assert!(html.contains("<h1>{{ config }} {% raw %}</h1>"), "{html}");
    assert!(html.contains("Text {{ config }}."), "{html}");
}

#[test]
fn script_and_event_handlers_in_raw_html_are_removed() {
    let site = TestSite::new();
    site.write(PAGE, "---\ntitle: A\ndescription: B.\n---\n\n<script>alert(1)</script>\n\n<p onclick=\"x()\">Hi <img src=\"https://example.org/x.png\" alt=\"X\" onerror=\"alert(1)\"> <a href=\"javascript:alert(1)\">link</a></p>\n");
    site.build().expect(0);
    let html = site.read("en/help/advice/index.html");
    let main = &html[html.find("<main").unwrap()..];
    assert!(!main.contains("<script"), "{main}");
    assert!(!main.contains("alert"), "{main}");
    assert!(!main.contains("onclick") && !main.contains("onerror"), "{main}");
    assert!(main.contains("<p>Hi <img src=\"https://example.org/x.png\" alt=\"X\"> <a>link</a></p>"), "{main}");
}

#[test]
fn a_missing_file_in_raw_html_is_reported_at_its_line() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: A\ndescription: B.\n---\n\nText.\n\n<p><img src=\"no-such.png\" alt=\"X\"></p>\n");
    })
    .has_line("content/help/advice.md:8:14: there is no file content/help/no-such.png for the link 'no-such.png' - check the file name and the ../ steps: links are relative to this file's folder");
}

#[test]
fn check_reports_the_same_errors_without_writing() {
    let site = TestSite::new();
    site.write(PAGE, "---\ntitle: A\ndescription: B.\nweight: first\n---\n");
    let run = site.run(&["check"]).expect(1);
    run.mentions("content/help/advice.md:4:9: 'weight' must be a whole number");
    assert!(!site.path("public").exists());
    let json = site.run(&["check", "--format", "json"]).expect(1);
    let parsed: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(parsed[0]["file"], "content/help/advice.md");
    assert_eq!(parsed[0]["line"], 4);
    assert_eq!(parsed[0]["severity"], "error");
}

#[test]
fn usage_errors_exit_with_2() {
    TestSite::new().run(&["build", "--no-such-flag"]).expect(2);
}
