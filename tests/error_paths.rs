//! Error paths that had no test (issue #33, part 4): old addresses, the section tree,
//! topics and languages in site.yaml, front matter, a site's own templates, translations
//! and leaflet fonts, `serve` on a broken site or a busy port; and drafts, which must stay
//! out of everything the build publishes, in every language.
//!
//! Each broken case builds a good site first, breaks it, and checks the message at its
//! place (`file:line:col: what is wrong - what to do`), exit code 1 and the previous
//! `public/` left as it was.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{fails_and_keeps_output, Run, TestSite};

/// The line of stderr that starts with `place` (`file:line:col: `): for messages whose
/// place is certain but whose words may fairly be put more than one way.
fn line_at<'a>(run: &'a Run, place: &str) -> &'a str {
    run.stderr.lines().find(|l| l.starts_with(place)).unwrap_or_else(|| panic!("no line starting\n  {place}\nin stderr:\n{}", run.stderr))
}

const PAGE: &str = "content/help/advice.md";

/// The test site's site.yaml with `extra` after the languages (a third language).
fn with_language(extra: &str) -> String {
    let urdu = "  - { code: ur, name: اردو, direction: rtl }\n";
    common::SITE_YAML.replace(urdu, &format!("{urdu}{extra}"))
}

// Old addresses (`aliases`).

#[test]
fn an_alias_that_is_not_a_path_from_the_base_url() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: Free advice\ndescription: Advice.\naliases: [/EHCP Guide/, ehcp-guide/]\n---\n\nText.\n");
    })
    .has_line("content/help/advice.md:4:11: '/EHCP Guide/' cannot be used as an old address - write the old address's path from the base URL, like /ehcp-guide/ (lower-case letters, digits, hyphens)")
    .has_line("content/help/advice.md:4:25: 'ehcp-guide/' cannot be used as an old address - write the old address's path from the base URL, like /ehcp-guide/ (lower-case letters, digits, hyphens)")
    .mentions("2 error(s)");
}

#[test]
fn the_same_alias_on_two_pages() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: Free advice\ndescription: Advice.\naliases:\n  - /ehcp-guide/\n---\n\nText.\n");
        s.write("content/help/plans.md", "---\ntitle: Plans\ndescription: About plans.\nweight: 3\naliases:\n  - /ehcp-guide/\n---\n\nText.\n");
    })
    .has_line("content/help/plans.md:6:5: '/ehcp-guide/' is already an old address of content/help/advice.md - remove it from one of the two pages")
    .mentions("1 error(s)");
}

#[test]
fn an_alias_that_would_replace_a_page_of_the_site() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: Free advice\ndescription: Advice.\naliases: [/en/help/, /assets/old/, /pagefind/x/]\n---\n\nText.\n");
    })
    .has_line("content/help/advice.md:4:11: '/en/help/' would replace a page of the site - old addresses cannot start with a language code, assets/, pagefind/ or openreferral/, which the site publishes itself")
    .has_line("content/help/advice.md:4:22: '/assets/old/' would replace a page of the site - old addresses cannot start with a language code, assets/, pagefind/ or openreferral/, which the site publishes itself")
    .mentions("content/help/advice.md:4:36: '/pagefind/x/' would replace a page of the site")
    .mentions("3 error(s)");
}

// The section tree.

#[test]
fn no_home_page() {
    fails_and_keeps_output(|s| {
        s.remove("content/_index.md");
        s.remove("content/_index.ur.md");
    })
    .has_line("content/_index.md:1:1: there is no home page - add content/_index.md with a title, a description and a welcome text")
    .mentions("1 error(s)");
}

#[test]
fn pages_in_a_folder_without_index_are_one_error_for_the_folder() {
    fails_and_keeps_output(|s| {
        s.write("content/transport/buses.md", "---\ntitle: Buses\ndescription: Buses.\n---\n\nText.\n");
        s.write("content/transport/trains.md", "---\ntitle: Trains\ndescription: Trains.\n---\n\nText.\n");
    })
    .has_line("content/transport/buses.md:1:1: the folder content/transport/ has no _index.md - add content/transport/_index.md with a title, a description and a short introduction")
    .mentions("1 error(s)");
}

// Topics, categories and languages.

#[test]
fn an_unknown_topic_on_a_page() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: Free advice\ndescription: Advice.\ntopics: [transprot, benefits]\n---\n\nText.\n");
    })
    .has_line("content/help/advice.md:4:10: unknown topic 'transprot' - did you mean 'transport'? Or add it to 'topics' in site.yaml")
    .has_line("content/help/advice.md:4:21: unknown topic 'benefits' - use one of the topics in site.yaml (transport), or add it there")
    .mentions("2 error(s)");
}

#[test]
fn a_topic_id_twice_in_site_yaml_points_at_the_repeat() {
    fails_and_keeps_output(|s| {
        s.write("site.yaml", format!("{}  - {{ id: therapy, name: Therapy }}\n  - {{ id: transport, name: Travel }}\n", common::SITE_YAML));
    })
    .has_line("site.yaml:11:7: topic 'transport' is listed twice - remove one of the two entries")
    .mentions("1 error(s)");
}

#[test]
fn a_directory_category_id_twice_in_site_yaml_points_at_the_repeat() {
    fails_and_keeps_output(|s| {
        let directory = "directory:\n  categories:\n    - { id: health, name: Health }\n    - { id: advice, name: Advice }\n    - { id: health, name: Health again }\n";
        s.write("site.yaml", format!("{}{directory}", common::SITE_YAML));
    })
    .has_line("site.yaml:14:9: category 'health' is listed twice - remove one of the two entries")
    .mentions("1 error(s)");
}

#[test]
fn a_language_code_that_is_not_one() {
    fails_and_keeps_output(|s| {
        s.write("site.yaml", with_language("  - { code: pt_BR, name: Português }\n"));
    })
    .has_line("site.yaml:7:7: 'pt_BR' is not a language code - write a lower-case code such as en, ur, ro or pt-br")
    .mentions("1 error(s)");
}

#[test]
fn a_language_with_an_empty_name() {
    fails_and_keeps_output(|s| {
        s.write("site.yaml", with_language("  - { code: pl, name: \"\" }\n"));
    })
    .has_line("site.yaml:7:7: language 'pl' has no name - write its name in its own script, like name: Polski")
    .mentions("1 error(s)");
}

#[test]
fn a_language_without_a_name_key_is_reported_at_its_entry() {
    let run = fails_and_keeps_output(|s| {
        s.write("site.yaml", with_language("  - { code: pl }\n"));
    });
    let line = line_at(&run, "site.yaml:7:5: ");
    assert!(line.contains("'name'") || line.contains("no name"), "{line}");
    assert!(line.contains(" - write the language's name in its own script"), "{line}");
    run.mentions("1 error(s)");
}

// Front matter.

#[test]
fn an_empty_title() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: \"\"\ndescription: Advice.\n---\n\nText.\n");
        s.write("content/help/plans.md", "---\ndescription: \"Subtitle: about plans.\"\ntitle:\n---\n\nText.\n");
    })
    .has_line("content/help/advice.md:2:1: 'title' is empty - write the page's title after 'title:'")
    .has_line("content/help/plans.md:3:1: 'title' is empty - write the page's title after 'title:'")
    .mentions("2 error(s)");
}

#[test]
fn an_empty_description() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: Free advice\ndescription: \"\"\n---\n\nText.\n");
    })
    .has_line("content/help/advice.md:3:1: 'description' is empty - write one sentence that sums up the page after 'description:': it shows in listings, search results and search engines")
    .mentions("1 error(s)");
}

#[test]
fn a_key_written_twice_in_front_matter_points_at_the_repeat() {
    fails_and_keeps_output(|s| {
        s.write(PAGE, "---\ntitle: Free advice\ndescription: Advice.\ntitle: Other advice\n---\n\nText.\n");
    })
    .has_line("content/help/advice.md:4:1: 'title' is written twice - keep one of the two lines")
    .mentions("1 error(s)");
}

// A site's own templates.

const TEMPLATE: &str = "themes/default/templates/page.html";

#[test]
fn a_syntax_error_in_the_sites_template_is_one_line_at_its_place() {
    let run = fails_and_keeps_output(|s| {
        s.write(TEMPLATE, "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }</h1>\n{% endblock main %}\n");
    });
    let line = line_at(&run, "themes/default/templates/page.html:3:19: ");
    assert!(line.contains(" - check the {{ }} and {% %} tags"), "the message and its hint are one line: {line}");
    assert!(!run.stderr.lines().any(|l| l.starts_with("  |")), "Tera's drawing of the line is printed as it is:\n{}", run.stderr);
    run.mentions("1 error(s)");
}

#[test]
fn a_render_error_in_the_sites_template_names_that_template_and_line() {
    let run = fails_and_keeps_output(|s| {
        s.write(TEMPLATE, "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }}</h1>\n<p>{{ page.no_such_field }}</p>\n{% block after_content %}{% endblock after_content %}\n{% endblock main %}\n");
    });
    // At the field itself, with the fields that `page` has.
    let line = line_at(&run, "themes/default/templates/page.html:4:12: ");
    assert!(line.contains("'no_such_field' is not defined") && line.contains("Available fields: audience"), "{line}");
    assert!(line.contains(" - check the template's variables"), "{line}");
}

#[test]
fn a_block_that_the_parent_template_lacks_is_an_error_in_each_template_that_fills_it() {
    // The site's page.html no longer has `after_content`, which four theme templates fill.
    let run = fails_and_keeps_output(|s| {
        s.write(TEMPLATE, "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }}</h1>\n{% endblock main %}\n");
    });
    for at in ["directory.html:13:11: ", "home.html:6:10: ", "section.html:5:10: ", "service.html:5:10: "] {
        let line = line_at(&run, &format!("themes/default/templates/{at}"));
        assert!(line.contains("'after_content' is not defined in any parent template"), "{line}");
        assert!(line.contains(" - check the {{ }} and {% %} tags"), "{line}");
    }
    run.mentions("4 error(s)");
}

#[test]
fn a_template_that_is_not_utf8_is_located() {
    let run = fails_and_keeps_output(|s| {
        let mut bytes = b"{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }} caf".to_vec();
        bytes.push(0xe9);
        bytes.extend_from_slice(b"</h1>\n{% endblock main %}\n");
        s.write(TEMPLATE, bytes);
    });
    let line = line_at(&run, "themes/default/templates/page.html:3:25: ");
    assert!(line.contains("not UTF-8") && line.contains("0xe9"), "{line}");
    assert!(line.contains(" - save the file as UTF-8"), "{line}");
}

// Translations and leaflet fonts.

#[test]
fn a_malformed_translation_file() {
    fails_and_keeps_output(|s| {
        s.write("translations/ur.ftl", "skip-link = سیدھے اصل مواد پر جائیں\ncontents-heading = فہرست\nbreadcrumb-home ہوم\n");
    })
    .has_line("translations/ur.ftl:3:17: this line cannot be read as Fluent: Expected a token starting with \"=\" - write 'key = text'; continue long texts on indented lines")
    .mentions("1 error(s)");
}

#[test]
fn a_key_twice_in_a_translation_file_points_at_the_repeat() {
    let run = fails_and_keeps_output(|s| {
        s.write("translations/ur.ftl", "skip-link = سیدھے اصل مواد پر جائیں\nskip-link = مواد پر جائیں\n");
    });
    let line = line_at(&run, "translations/ur.ftl:2:1: ");
    assert!(line.contains("skip-link"), "{line}");
    run.mentions("1 error(s)");
}

#[test]
fn a_leaflet_font_that_is_not_a_font() {
    fails_and_keeps_output(|s| {
        s.write("themes/default/leaflet/fonts/NotoSansArmenian-Regular.ttf", "<html>404 Not Found</html>\n");
    })
    .has_line("themes/default/leaflet/fonts/NotoSansArmenian-Regular.ttf:1:1: this is not a font the leaflets can use - use a TrueType or OpenType font (.ttf, .otf), or remove the file")
    .mentions("1 error(s)");
}

// `serve`.

/// A `localoffer serve` started by a test; stopped (Ctrl+C, then killed) when dropped.
struct Server {
    child: Child,
    port: u16,
    stderr: tempfile::NamedTempFile,
}

impl Server {
    fn stderr(&self) -> String {
        std::fs::read_to_string(self.stderr.path()).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Ctrl+C lets it remove its temporary folder; a server that will not stop is
        // killed, without failing the test.
        Command::new("kill").arg("-INT").arg(self.child.id().to_string()).status().ok();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline && matches!(self.child.try_wait(), Ok(None)) {
            std::thread::sleep(Duration::from_millis(50));
        }
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

/// Starts `serve` on a free port and waits (at most a minute) for its address.
fn start(site: &TestSite) -> Server {
    let stderr = tempfile::NamedTempFile::new().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_localoffer"))
        .args(["serve", "--port", "0", "--root"])
        .arg(site.root())
        .stdout(Stdio::piped())
        .stderr(stderr.reopen().unwrap())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (sender, first_line) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).ok();
        sender.send(line).ok();
    });
    let line = first_line.recv_timeout(Duration::from_secs(60)).unwrap_or_default();
    let port = line.split("127.0.0.1:").nth(1).and_then(|rest| rest.split('/').next()).and_then(|p| p.parse().ok());
    let server = Server { child, port: port.unwrap_or(0), stderr };
    assert!(port.is_some(), "no address in {line:?}; serve said:\n{}", server.stderr());
    server
}

/// A raw GET: status and body.
fn get(port: u16, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let response = String::from_utf8_lossy(&response).into_owned();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, body.to_string())
}

/// Waits (at most 20 s) until `path` answers `status` with a body holding `text`.
fn eventually(server: &Server, path: &str, status: u16, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (got, body) = get(server.port, path);
        if got == status && body.contains(text) {
            return body;
        }
        assert!(Instant::now() < deadline, "{path} never gave {status} with {text:?}; last {got}:\n{body}\nserve said:\n{}", server.stderr());
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Runs `localoffer <args> --root <site>` and waits at most `limit` for it to end: a run
/// still going then is killed and fails the test, which can never hang.
fn run_within(site: &TestSite, args: &[&str], limit: Duration) -> Run {
    let stdout = tempfile::NamedTempFile::new().unwrap();
    let stderr = tempfile::NamedTempFile::new().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_localoffer")).args(args).arg("--root").arg(site.root()).stdout(stdout.reopen().unwrap()).stderr(stderr.reopen().unwrap()).spawn().unwrap();
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().ok();
            child.wait().ok();
            panic!("localoffer {args:?} still ran after {limit:?}; it said:\n{}", std::fs::read_to_string(stderr.path()).unwrap_or_default());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |file: &tempfile::NamedTempFile| std::fs::read_to_string(file.path()).unwrap();
    Run { code: status.code().unwrap_or(-1), stdout: read(&stdout), stderr: read(&stderr) }
}

/// The README: "If the change breaks something, every page shows the problems instead",
/// and src/serve: "A content error keeps the server running and shows the errors in the
/// page until the next good save". That holds when the site is broken from the start.
#[test]
fn serve_on_a_broken_site_prints_the_errors_and_serves_them_until_fixed() {
    let site = TestSite::new();
    site.write(PAGE, "---\ntitle: Free advice\ndescription: Yes.\nweight: first\n---\n");
    let server = start(&site);
    let error = eventually(&server, "/local-offer/en/help/advice/", 200, "The site has 1 error(s)");
    assert!(error.contains("<code>content/help/advice.md:4:9</code><br>&#39;weight&#39;"), "{error}");
    assert!(error.contains("<br>write a whole number, like weight: 10"), "{error}");
    eventually(&server, "/local-offer/ur/", 200, "The site has 1 error(s)");
    let said = server.stderr();
    let line = said.lines().find(|l| l.starts_with("content/help/advice.md:4:9: 'weight' ")).unwrap_or_else(|| panic!("no located error in:\n{said}"));
    assert!(line.ends_with(" - write a whole number, like weight: 10 (smaller numbers come first)"), "{line}");
    assert!(said.contains("1 error(s): the preview shows them until they are fixed"), "{said}");
    site.write(PAGE, "---\ntitle: Free advice\ndescription: Yes.\nweight: 1\n---\n\nFixed words.\n");
    eventually(&server, "/local-offer/en/help/advice/", 200, "Fixed words.");
    eventually(&server, "/local-offer/ur/", 200, "<h1>خوش آمدید</h1>");
}

/// Without a readable site.yaml there is no base path to serve under: serve stops.
#[test]
fn serve_with_a_broken_site_yaml_exits_1_with_the_located_error() {
    let site = TestSite::new();
    site.write("site.yaml", common::SITE_YAML.replace("title:", "titel:"));
    let run = run_within(&site, &["serve", "--port", "0"], Duration::from_secs(20)).expect(1);
    run.has_line("site.yaml:1:1: unknown key 'titel' - did you mean 'title'? Check the spelling, or remove the line");
    assert!(!run.stdout.contains("Serving"), "{}", run.stdout);
}

#[test]
fn serve_on_a_port_in_use_exits_1_at_once() {
    let site = TestSite::new();
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port().to_string();
    let started = Instant::now();
    let run = run_within(&site, &["serve", "--port", &port], Duration::from_secs(10)).expect(1);
    assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());
    run.mentions(&format!("error: cannot listen on port {port} - is another preview running? Choose another port, like --port "));
    run.has_line("  Caused by: Address already in use (os error 98)");
    assert!(!run.stdout.contains("Serving"), "{}", run.stdout);
    drop(busy);
}

// Drafts.

/// Every file of `folder`, gunzipped when it is (the search index), as text.
fn texts_under(folder: &Path) -> Vec<(String, String)> {
    common::snapshot(folder)
        .into_iter()
        .map(|(name, bytes)| {
            let mut unzipped = Vec::new();
            let bytes = match flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut unzipped) {
                Ok(_) => unzipped,
                Err(_) => bytes,
            };
            (name, String::from_utf8_lossy(&bytes).to_lowercase())
        })
        .collect()
}

/// A page and a service that are published, and a page (with its Urdu translation,
/// a topic, a leaflet and an old address) and a service that are drafts.
fn site_with_drafts() -> TestSite {
    let site = TestSite::new();
    site.write("site.yaml", format!("{}directory:\n  categories:\n    - {{ id: health, name: Health and therapy }}\n", common::SITE_YAML));
    site.write("content/help/shown.md", "---\ntitle: Shown leaflet page\ndescription: Shown.\ntopics: [transport]\nleaflet: true\n---\n\nVisiblewordzz about travel.\n");
    site.write("content/help/shown.ur.md", "---\ntitle: نمایاں صفحہ\ndescription: دکھایا گیا۔\ntopics: [transport]\n---\n\nVisibleurduword سفر۔\n");
    site.write("content/help/secret.md", "---\ntitle: Zanzibar plans\ndescription: Not ready.\ndraft: true\ntopics: [transport]\nleaflet: true\naliases: [/old-secret/]\n---\n\nZanzibarword about travel.\n");
    site.write("content/help/secret.ur.md", "---\ntitle: زنجبار منصوبے\ndescription: ابھی نہیں۔\ndraft: true\ntopics: [transport]\n---\n\nZanzibarurduword سفر۔\n");
    site.write("content/services/_index.md", "---\ntitle: Service directory\ndescription: Every service.\n---\n\nFind a service.\n");
    site.write("content/services/speech.md", "---\ntitle: Speech and language therapy\ndescription: Help with talking.\norganisation: Example NHS Trust\nneeds: [communication-and-interaction]\ncategories: [health]\ncontact: { phone: 01582 546000 }\n---\n\nTherapists help your child talk.\n");
    site.write("content/services/quiet.md", "---\ntitle: Quietude therapy\ndescription: Not ready.\ndraft: true\norganisation: Quietude Trust\nneeds: [all]\ncategories: [health]\ncontact: { phone: 01582 546001 }\n---\n\nNot open yet.\n");
    site
}

#[test]
fn a_draft_stays_out_of_everything_published_in_every_language() {
    let site = site_with_drafts();
    site.build().expect(0);
    let draft_words = ["zanzibar", "زنجبار", "quietude"];
    let lacks_drafts = |what: &str, text: &str| {
        let text = text.to_lowercase();
        for word in draft_words {
            assert!(!text.contains(word), "{what} holds the draft's '{word}':\n{text}");
        }
    };

    for lang in ["en", "ur"] {
        assert!(!site.exists(&format!("{lang}/help/secret/index.html")), "the draft page is published in {lang}");
        assert!(!site.exists(&format!("{lang}/services/quiet/index.html")), "the draft service is published in {lang}");
        let shown_title = if lang == "en" { "Shown leaflet page" } else { "نمایاں صفحہ" };
        for listing in ["search/index.html", "topics/transport/index.html", "topics/index.html", "help/index.html", "leaflets/index.html"] {
            let page = site.read(&format!("{lang}/{listing}"));
            if listing != "topics/index.html" {
                assert!(page.contains(&format!(">{shown_title}</a>")), "{lang}/{listing} does not list the published page:\n{page}");
            }
            lacks_drafts(&format!("{lang}/{listing}"), &page);
        }
        // The A to Z of the search page, for readers without JavaScript.
        assert!(site.read(&format!("{lang}/search/index.html")).contains("class=\"a-z\""));
        for listing in ["services/index.html", "services/categories/health/index.html", "services/needs/sensory-and-physical/index.html"] {
            lacks_drafts(&format!("{lang}/{listing}"), &site.read(&format!("{lang}/{listing}")));
        }
        // The published service is listed (in Urdu, as English, with its marker).
        let title = if lang == "en" { ">Speech and language therapy</a>" } else { ">Speech and language therapy</span> <span class=\"in-default-language\">" };
        assert!(site.read(&format!("{lang}/services/index.html")).contains(title), "{lang}: the published service is not listed");
        assert!(site.exists(&format!("{lang}/leaflets/shown.pdf")), "the published page's leaflet is missing in {lang}");
        assert!(!site.exists(&format!("{lang}/leaflets/secret.pdf")), "the draft's leaflet is published in {lang}");
    }

    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("/local-offer/ur/help/shown/"), "{sitemap}");
    assert!(!sitemap.contains("help/secret") && !sitemap.contains("services/quiet"), "{sitemap}");
    assert!(!site.exists("old-secret/index.html"), "the draft's old address redirects to it");

    let index = texts_under(&site.path("public/pagefind"));
    for word in ["visiblewordzz", "visibleurduword"] {
        assert!(index.iter().any(|(_, text)| text.contains(word)), "the search index lacks the published '{word}'");
    }
    for (name, text) in &index {
        lacks_drafts(&format!("pagefind/{name}"), text);
    }

    let export = texts_under(&site.path("public/openreferral"));
    assert!(site.read("openreferral/services.json").contains("Example NHS Trust"));
    let records = export.iter().filter(|(name, _)| name.starts_with("services/") && name.ends_with(".json")).count();
    assert_eq!(records, 1, "one service record, the published one: {:?}", export.iter().map(|(n, _)| n).collect::<Vec<_>>());
    for (name, text) in &export {
        lacks_drafts(&format!("openreferral/{name}"), text);
    }

    // Nothing anywhere else either (the PDFs' text is compressed: checked by name above).
    for (name, text) in texts_under(&site.path("public")).iter().filter(|(name, _)| !name.ends_with(".pdf")) {
        lacks_drafts(name, text);
    }
}
