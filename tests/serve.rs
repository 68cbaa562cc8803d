//! `localoffer serve` as a real process: edits show up, errors show in the page and go
//! away when fixed, deleted pages are gone, leaflets follow their page, the browser is
//! told to reload.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::TestSite;

struct Server {
    child: Child,
    port: u16,
    /// What the server printed on stderr: shown when it did not start.
    log: tempfile::NamedTempFile,
}

impl Drop for Server {
    fn drop(&mut self) {
        // The test is over: a server that will not die must not fail it.
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

fn start(site: &TestSite) -> Server {
    start_with(site, &[])
}

fn start_with(site: &TestSite, args: &[&str]) -> Server {
    let log = tempfile::NamedTempFile::new().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_localoffer"))
        .args(["serve", "--port", "0", "--root"])
        .arg(site.root())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(log.reopen().unwrap())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let port = line.split("127.0.0.1:").nth(1).and_then(|rest| rest.split('/').next()).and_then(|p| p.parse().ok());
    let Some(port) = port else {
        let status = child.wait().ok();
        panic!("no address in {line:?}; the server ended with {status:?}, saying:\n{}", std::fs::read_to_string(log.path()).unwrap_or_default());
    };
    Server { child, port, log }
}

/// A raw GET (no client library rewrites the path): status and body.
fn get(port: u16, path: &str) -> (u16, String) {
    let (status, body) = get_bytes(port, path);
    (status, String::from_utf8_lossy(&body).into_owned())
}

/// A raw GET of any file (a PDF): status and body as bytes.
fn get_bytes(port: u16, path: &str) -> (u16, Vec<u8>) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let head_end = response.windows(4).position(|w| w == b"\r\n\r\n").map_or(response.len(), |i| i + 4);
    let head = String::from_utf8_lossy(&response[..head_end]);
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, response[head_end..].to_vec())
}

/// Waits until `path` answers with `status` and a body holding `text`.
fn eventually(server: &Server, path: &str, status: u16, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (got, body) = get(server.port, path);
        if got == status && body.contains(text) {
            return body;
        }
        assert!(Instant::now() < deadline, "{path} never gave {status} with {text:?}; last {got}:\n{body}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Waits until `path` answers 404 with the site's own not-found page, and checks that page:
/// in the default language, with the way home in every language (a reader of the Urdu
/// page that went is offered the Urdu home page), the reload script (so the editor's tab
/// comes back with the page), and nothing of `removed`, what used to be there.
fn eventually_gone(server: &Server, path: &str, removed: &str) {
    let body = eventually(server, path, 404, "<h1>Page not found</h1>");
    assert!(body.contains("<html lang=\"en\" dir=\"ltr\">"), "{path}: the not-found page is not in English:\n{body}");
    assert!(body.contains("<title>Page not found | Test Local Offer</title>"), "{path}: not the site's not-found page:\n{body}");
    for home in [r#"<li lang="en" dir="ltr"><a href="/local-offer/en/">"#, r#"<li lang="ur" dir="rtl"><a href="/local-offer/ur/">اردو</a> <span>مرکزی صفحے پر جائیں</span>"#] {
        assert!(body.contains(home), "{path}: the not-found page has no link {home}:\n{body}");
    }
    assert!(body.contains("/local-offer/__localoffer/livereload.js"), "{path}: the not-found page has no reload script:\n{body}");
    assert!(!body.contains(removed), "{path}: the not-found page still shows {removed:?}:\n{body}");
}

const PAGE: &str = "/local-offer/en/help/advice/";

#[test]
fn an_edit_shows_in_the_page_and_in_its_section() {
    let site = TestSite::new();
    let server = start(&site);
    let page = eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    assert!(page.contains("/local-offer/__localoffer/livereload.js"), "serve adds the reload script");
    site.write("content/help/advice.md", "---\ntitle: Independent advice\ndescription: Changed.\ntopics: [transport]\n---\n\nNew words.\n");
    eventually(&server, PAGE, 200, "New words.");
    eventually(&server, "/local-offer/ur/help/advice/", 200, ">Independent advice</h1>");
    eventually(&server, "/local-offer/en/help/", 200, ">Independent advice</a>");
    // The listings of the whole site follow a new title.
    eventually(&server, "/local-offer/en/search/", 200, ">Independent advice</a>");
    eventually(&server, "/local-offer/en/topics/transport/", 200, ">Independent advice</a>");
}

#[test]
fn an_error_shows_in_the_page_until_it_is_fixed() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    site.write("content/help/advice.md", "---\ntitle: Advice\ndescription: Yes.\nweight: first\n---\n");
    let error = eventually(&server, PAGE, 200, "The site has 1 error(s)");
    assert!(error.contains("<code>content/help/advice.md:4:9</code>"), "{error}");
    assert!(error.contains("<main>") && error.contains("lang=\"en\""), "the error page is a proper page: {error}");
    eventually(&server, "/local-offer/en/", 200, "The site has 1 error(s)");
    site.write("content/help/advice.md", "---\ntitle: Advice again\ndescription: Yes.\n---\n");
    eventually(&server, PAGE, 200, "<h1>Advice again</h1>");
}

#[test]
fn deleted_and_renamed_pages_lose_their_old_output() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    std::fs::rename(site.path("content/help/advice.md"), site.path("content/help/free-advice.md")).unwrap();
    eventually(&server, "/local-offer/en/help/free-advice/", 200, "<h1>Free advice</h1>");
    eventually_gone(&server, PAGE, "Free advice");
    eventually_gone(&server, "/local-offer/ur/help/advice/", "Free advice");
    eventually(&server, "/local-offer/en/help/", 200, "/local-offer/en/help/free-advice/");
    site.remove("content/help/free-advice.md");
    eventually_gone(&server, "/local-offer/en/help/free-advice/", "Free advice");
}

#[test]
fn an_edit_re_typesets_the_pages_leaflet_and_removing_it_removes_the_pdf() {
    let site = TestSite::new();
    let front = "---\ntitle: Free advice\ndescription: Advice.\nleaflet: true\n---\n\n";
    site.write("content/help/advice.md", format!("{front}Short.\n"));
    let server = start(&site);
    let pdf = "/local-offer/en/leaflets/advice.pdf";
    eventually(&server, PAGE, 200, pdf);
    let (status, first) = get_bytes(server.port, pdf);
    assert_eq!((status, first.starts_with(b"%PDF")), (200, true));
    let long = "Every family can ask us for free advice about special educational needs. ".repeat(150);
    site.write("content/help/advice.md", format!("{front}{long}\n"));
    let deadline = Instant::now() + Duration::from_secs(30);
    while get_bytes(server.port, pdf).1.len() <= first.len() + 1024 {
        assert!(Instant::now() < deadline, "the leaflet was not typeset again after the edit");
        std::thread::sleep(Duration::from_millis(50));
    }
    site.write("content/help/advice.md", format!("{front}Short.\n").replace("leaflet: true\n", ""));
    eventually_gone(&server, pdf, "%PDF");
    while get(server.port, PAGE).1.contains(pdf) {
        assert!(Instant::now() < deadline, "the page still links to its removed leaflet");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// How many English pages the preview's search index holds.
fn indexed_pages(server: &Server) -> u64 {
    let (status, body) = get(server.port, "/local-offer/pagefind/pagefind-entry.json");
    assert_eq!(status, 200, "{body}");
    let entry: serde_json::Value = serde_json::from_str(&body).unwrap();
    entry["languages"]["en"]["page_count"].as_u64().unwrap()
}

/// Waits until the preview's search index holds `pages` English pages.
fn index_reaches(server: &Server, pages: u64) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while indexed_pages(server) != pages {
        assert!(Instant::now() < deadline, "the search index never holds {pages} pages");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_search_index_catches_up_when_the_editor_pauses() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    let before = indexed_pages(&server);
    site.write("content/help/ramps.md", "---\ntitle: Ramps\ndescription: Step-free ways in.\n---\n\nRamps.\n");
    eventually(&server, "/local-offer/en/help/ramps/", 200, "<h1>Ramps</h1>");
    index_reaches(&server, before + 1);
}

#[test]
fn a_save_is_served_while_the_search_index_is_built() {
    let site = TestSite::new();
    // Enough words that the index takes a second or more to build (about 1,000,000; with
    // 100,000 it took under 0.2 s, less than serving a save).
    let words = "Families can ask the council for help with travel, therapy and school places. ".repeat(200);
    for i in 0..400 {
        site.write(&format!("content/help/page-{i}.md"), format!("---\ntitle: Page {i}\ndescription: A page.\n---\n\n{words}\n"));
    }
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    let before = indexed_pages(&server);
    site.write("content/help/ramps.md", "---\ntitle: Ramps\ndescription: Step-free ways in.\n---\n\nRamps.\n");
    eventually(&server, "/local-offer/en/help/ramps/", 200, "<h1>Ramps</h1>");
    // The editor pauses: the index starts; the next save does not wait for it.
    std::thread::sleep(Duration::from_millis(1800));
    let saved = Instant::now();
    site.write("content/help/advice.md", "---\ntitle: Free advice\ndescription: Advice.\n---\n\nSecond words.\n");
    eventually(&server, PAGE, 200, "Second words.");
    let waited = saved.elapsed();
    assert_eq!(indexed_pages(&server), before, "the save was served after the index of the page before it ({waited:?}): it waited for it");
    index_reaches(&server, before + 1);
}

#[test]
fn a_new_page_and_a_settings_change_are_built() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    site.write("content/help/transport.md", "---\ntitle: Transport\ndescription: Getting to school.\n---\n\nBuses.\n");
    eventually(&server, "/local-offer/ur/help/transport/", 200, "Buses.");
    site.write("site.yaml", common::SITE_YAML.replace("feedback@example.org", "other@example.org"));
    eventually(&server, PAGE, 200, "mailto:other@example.org");
    let css_of = |page: &str| {
        let start = page.find("/local-offer/assets/style.").unwrap();
        page[start..start + page[start..].find('"').unwrap()].to_string()
    };
    let before = css_of(&get(server.port, PAGE).1);
    site.write("themes/default/static/style.css", "body { color: #111; }");
    let deadline = Instant::now() + Duration::from_secs(20);
    let after = loop {
        let href = css_of(&get(server.port, PAGE).1);
        if href != before {
            break href;
        }
        assert!(Instant::now() < deadline, "the stylesheet never changed");
        std::thread::sleep(Duration::from_millis(50));
    };
    eventually(&server, &after, 200, "color: #111");
}

#[test]
fn images_and_the_sitemap_follow_their_files_and_front_matter() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    site.write("content/help/map.txt", "first map");
    eventually(&server, "/local-offer/en/help/map.txt", 200, "first map");
    site.write("content/help/map.txt", "second map");
    eventually(&server, "/local-offer/en/help/map.txt", 200, "second map");
    site.remove("content/help/map.txt");
    eventually_gone(&server, "/local-offer/en/help/map.txt", "second map");
    // The sitemap and the redirects are not rewritten for an edit of a page's text, but
    // are for a new page and for an edit of a page's front matter.
    site.write("content/help/grants.md", "---\ntitle: Grants\ndescription: Money.\n---\n\nWords.\n");
    eventually(&server, "/local-offer/sitemap.xml", 200, "/local-offer/en/help/grants/</loc>");
    site.write("content/help/advice.md", "---\ntitle: Free advice\ndescription: Advice.\naliases: [/old-advice/]\n---\n\nWords.\n");
    eventually(&server, "/local-offer/old-advice/", 200, "/local-offer/en/help/advice/");
}

#[test]
fn paths_outside_the_site_are_refused() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    assert_eq!(get(server.port, "/local-offer/../../../etc/passwd").0, 400);
    assert_eq!(get(server.port, "/local-offer/%2e%2e/%2e%2e/etc/passwd").0, 400);
    assert_eq!(get(server.port, "/elsewhere/").0, 404);
}

#[test]
fn the_browser_is_told_to_reload_after_a_rebuild() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    let mut ws = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    ws.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(ws, "GET /local-offer/__localoffer/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").unwrap();
    let mut handshake = Vec::new();
    let mut byte = [0u8; 1];
    while !handshake.ends_with(b"\r\n\r\n") {
        ws.read_exact(&mut byte).unwrap();
        handshake.push(byte[0]);
    }
    assert!(String::from_utf8_lossy(&handshake).starts_with("HTTP/1.1 101"), "{}", String::from_utf8_lossy(&handshake));
    site.write("content/help/advice.md", "---\ntitle: Reload me\ndescription: Yes.\n---\n");
    let mut frame = [0u8; 8];
    ws.read_exact(&mut frame).unwrap();
    assert_eq!(&frame, b"\x81\x06reload", "a text frame saying reload");
}

#[test]
fn build_output_has_no_reload_script() {
    let site = TestSite::new();
    site.build().expect(0);
    assert!(!site.read("en/help/advice/index.html").contains("livereload"));
}

#[test]
fn it_listens_on_this_computer_only_unless_told_and_warns_when_told() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    let listening = |port: u16| std::fs::read_to_string("/proc/net/tcp").ok().map(|table| {
        // Local addresses of listening sockets (state 0A), as hex address:port.
        table.lines().skip(1).filter(|l| l.split_whitespace().nth(3) == Some("0A")).filter_map(|l| l.split_whitespace().nth(1).map(String::from)).filter(|a| a.ends_with(&format!(":{port:04X}"))).collect::<Vec<_>>()
    });
    if let Some(addresses) = listening(server.port) {
        assert_eq!(addresses, [format!("0100007F:{:04X}", server.port)], "127.0.0.1 only");
    }
    assert!(!std::fs::read_to_string(server.log.path()).unwrap().contains("warn"));
    let open = start_with(&site, &["--bind", "0.0.0.0"]);
    eventually(&open, PAGE, 200, "<h1>Free advice</h1>");
    let log = std::fs::read_to_string(open.log.path()).unwrap();
    assert!(log.contains("warn: serving on 0.0.0.0, not 127.0.0.1: anyone who can reach this computer on the network can read the preview"), "{log}");
    if let Some(addresses) = listening(open.port) {
        assert_eq!(addresses, [format!("00000000:{:04X}", open.port)], "every network, as asked");
    }
}

/// Sends `request` raw and returns the status, or 0 if the server closed without one.
fn status_of(port: u16, request: &[u8]) -> u16 {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    // The server may answer and close before reading all of a big request.
    stream.write_all(request).ok();
    let mut head = Vec::new();
    stream.read_to_end(&mut head).ok();
    String::from_utf8_lossy(&head).split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}

#[test]
fn oversized_headers_and_any_body_are_refused() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    let big_header = format!("GET {PAGE} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: {}\r\nConnection: close\r\n\r\n", "a".repeat(1 << 20));
    assert_eq!(status_of(server.port, big_header.as_bytes()), 431, "a 1 MB header");
    let many_headers = format!("GET {PAGE} HTTP/1.1\r\nHost: 127.0.0.1\r\n{}Connection: close\r\n\r\n", (0..200).map(|i| format!("X-{i}: a\r\n")).collect::<String>());
    assert_eq!(status_of(server.port, many_headers.as_bytes()), 431, "200 headers");
    // A gigabyte announced, a kilobyte sent: refused at once, not waited for.
    let started = Instant::now();
    let body = format!("POST {PAGE} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000000\r\n\r\n{}", "a".repeat(1024));
    assert_eq!(status_of(server.port, body.as_bytes()), 413);
    let chunked = format!("GET {PAGE} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n{}\r\n", "a".repeat(1024));
    assert_eq!(status_of(server.port, chunked.as_bytes()), 413);
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    assert_eq!(get(server.port, PAGE).0, 200, "and the server still serves");
}

#[test]
fn path_tricks_stay_inside_the_output() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    // A file beside the preview's folder (which is in the system's temporary folder),
    // where a path that climbed out one step would find it.
    let secret_name = format!("localoffer-secret-{}.txt", std::process::id());
    let secret = std::env::temp_dir().join(&secret_name);
    std::fs::write(&secret, "the secret").unwrap();
    let tricks = [
        format!("/local-offer/../{secret_name}"),
        format!("/local-offer/..%2f{secret_name}"),
        format!("/local-offer/..%2F{secret_name}"),
        format!("/local-offer/%2e%2e/{secret_name}"),
        format!("/local-offer/%2E%2E%2F{secret_name}"),
        format!("/local-offer/%252e%252e/{secret_name}"),
        format!("/local-offer/%252e%252e%252f{secret_name}"),
        format!("/local-offer/..%5c{secret_name}"),
        format!("/local-offer/en/..%5c..%5c{secret_name}"),
        format!("/local-offer/%c0%ae%c0%ae/{secret_name}"),
        format!("/local-offer/%ef%bc%8e%ef%bc%8e/{secret_name}"),
        format!("/local-offer/%e2%80%a4%e2%80%a4/{secret_name}"),
        format!("/local-offer/.%00./{secret_name}"),
        format!("/local-offer//{}", secret.display()),
        format!("/local-offer/%2f{}", secret.display().to_string().trim_start_matches('/')),
    ];
    for trick in &tricks {
        let (status, body) = get(server.port, trick);
        assert!(status == 400 || status == 404, "{trick}: {status}");
        assert!(!body.contains("the secret"), "{trick} read a file outside the output");
    }
    std::fs::remove_file(&secret).unwrap();
}

#[test]
fn clients_holding_connections_open_do_not_stop_others_being_served() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    // Slowloris: each sends half a request, then nothing.
    let held: Vec<TcpStream> = (0..300)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
            write!(stream, "GET {PAGE} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ").unwrap();
            stream
        })
        .collect();
    let started = Instant::now();
    for _ in 0..20 {
        assert_eq!(get(server.port, PAGE).0, 200);
    }
    assert!(started.elapsed() < Duration::from_secs(5), "20 requests took {:?} beside 300 held connections", started.elapsed());
    drop(held);
}

/// One keep-alive client: GETs `paths` in turn until `until`, and returns each answer's
/// latency, or the first failure.
fn load_client(port: u16, paths: &[&str], until: Instant) -> Result<Vec<Duration>, String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(Duration::from_secs(10))).map_err(|e| e.to_string())?;
    let mut reader = BufReader::new(stream.try_clone().map_err(|e| e.to_string())?);
    let mut latencies = Vec::new();
    for path in paths.iter().cycle() {
        if Instant::now() >= until {
            break;
        }
        let sent = Instant::now();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").map_err(|e| e.to_string())?;
        let mut status = String::new();
        reader.read_line(&mut status).map_err(|e| format!("{path}: {e}"))?;
        if !status.starts_with("HTTP/1.1 200") {
            return Err(format!("{path}: {status}"));
        }
        let mut length = None;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).map_err(|e| e.to_string())?;
            if line == "\r\n" {
                break;
            }
            if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = value.trim().parse::<usize>().ok();
            }
        }
        let mut body = vec![0; length.ok_or(format!("{path}: no content-length"))?];
        reader.read_exact(&mut body).map_err(|e| e.to_string())?;
        latencies.push(sent.elapsed());
    }
    Ok(latencies)
}

/// How many clients and for how long: 200 for 10 s unless `LOCALOFFER_LOAD` says
/// `CLIENTS,SECONDS`.
fn load() -> (usize, u64) {
    let asked = std::env::var("LOCALOFFER_LOAD").ok().and_then(|v| v.split_once(',').and_then(|(c, s)| Some((c.parse().ok()?, s.parse().ok()?))));
    asked.unwrap_or((200, 10))
}

#[test]
fn two_hundred_clients_for_ten_seconds_are_all_served_and_a_save_still_shows() {
    let site = TestSite::new();
    let server = start(&site);
    eventually(&server, PAGE, 200, "<h1>Free advice</h1>");
    let (clients, seconds) = load();
    let paths = [PAGE, "/local-offer/en/", "/local-offer/ur/help/advice/", "/local-offer/sitemap.xml"];
    let until = Instant::now() + Duration::from_secs(seconds);
    let port = server.port;
    let workers: Vec<_> = (0..clients).map(|i| std::thread::spawn(move || load_client(port, &paths[i % 2..], until))).collect();
    // Meanwhile an editor saves, and the page shows it.
    std::thread::sleep(Duration::from_secs(seconds / 3));
    let saved = Instant::now();
    site.write("content/help/advice.md", "---\ntitle: Saved under load\ndescription: Yes.\n---\n\nText.\n");
    eventually(&server, PAGE, 200, "<h1>Saved under load</h1>");
    let reload = saved.elapsed();
    let mut latencies = Vec::new();
    let mut failures = Vec::new();
    for worker in workers {
        match worker.join().unwrap() {
            Ok(times) => latencies.extend(times),
            Err(failure) => failures.push(failure),
        }
    }
    assert!(failures.is_empty(), "{} of {clients} clients failed, the first: {}", failures.len(), failures[0]);
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    let (p50, p99) = (at(0.50), at(0.99));
    eprintln!("{clients} clients for {seconds} s: {} requests, {:.0}/s, none failed; p50 {p50:?}, p99 {p99:?}, max {:?}; a save showed in {reload:?}", latencies.len(), latencies.len() as f64 / seconds as f64, latencies[latencies.len() - 1]);
    assert!(latencies.len() >= clients * 2, "{} requests", latencies.len());
    assert!(p99 < Duration::from_secs(2), "p99 {p99:?}");
}
