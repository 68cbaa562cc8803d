//! `localoffer import openreferral https://...`: the profile's own examples served in pages
//! from 127.0.0.1 by a small server started in the test, followed page by page (the 3.0
//! header and the 1.0 one), a page that fails once then answers, and every way a feed fails,
//! each leaving `content/` byte-identical.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use common::import::{content, import, site};
use serde_json::{json, Value};

const FULL: &str = include_str!("schema/openreferral-uk/examples/service_full.json");
const LIST: &str = include_str!("schema/openreferral-uk/examples/service_list.json");

/// One request the server was sent.
#[derive(Debug, Clone)]
struct Request {
    target: String,
    page: u64,
    user_agent: String,
}

/// A feed on 127.0.0.1: each request is answered by `answer(page, attempt)` with a status
/// and a body, `attempt` counting the requests for that page from 1.
struct Server {
    address: String,
    requests: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    fn start(answer: impl Fn(u64, usize) -> (u16, String) + Send + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = format!("http://{}/api/services", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&requests);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let mut stream = stream.unwrap();
                let request = read_request(&stream);
                let attempt = {
                    let mut log = log.lock().unwrap();
                    log.push(request.clone());
                    log.iter().filter(|r: &&Request| r.page == request.page).count()
                };
                let (status, body) = answer(request.page, attempt);
                respond(&mut stream, status, &body);
            }
        });
        Server { address, requests }
    }

    fn pages_asked(&self) -> Vec<u64> {
        self.requests.lock().unwrap().iter().map(|r| r.page).collect()
    }
}

fn read_request(stream: &TcpStream) -> Request {
    let mut reader = BufReader::new(stream);
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    let target = first.split(' ').nth(1).unwrap_or_default().to_string();
    let mut user_agent = String::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        if line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("user-agent") {
                user_agent = value.trim().to_string();
            }
        }
    }
    let page = target.split(['?', '&']).find_map(|pair| pair.strip_prefix("page=")).and_then(|n| n.parse().ok()).unwrap_or(0);
    Request { target, page, user_agent }
}

fn respond(stream: &mut TcpStream, status: u16, body: &str) {
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Other",
    };
    let head = format!("HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
}

/// The profile's own examples as a feed of three pages with the 3.0 header: the full
/// service, a copy of it under another id and name, and the list example's item likewise.
fn official_pages() -> Vec<String> {
    let full: Value = serde_json::from_str(FULL).unwrap();
    let list: Value = serde_json::from_str(LIST).unwrap();
    let mut copy = full.clone();
    copy["id"] = json!("5e1b2b0a-3c1f-4c1e-9d5a-2f1f0a6f1c01");
    copy["name"] = json!("Community Counselling for Young People");
    let mut item = list["contents"][0].clone();
    item["id"] = json!("5e1b2b0a-3c1f-4c1e-9d5a-2f1f0a6f1c02");
    item["name"] = json!("Counselling Drop-in");
    [full, copy, item]
        .into_iter()
        .enumerate()
        .map(|(i, service)| {
            let mut page = list.clone();
            page["total_items"] = json!(3);
            page["total_pages"] = json!(3);
            page["page_number"] = json!(i + 1);
            page["first_page"] = json!(i == 0);
            page["last_page"] = json!(i == 2);
            page["contents"] = json!([service]);
            serde_json::to_string_pretty(&page).unwrap()
        })
        .collect()
}

#[test]
fn a_feed_served_in_pages_is_followed_to_its_last_page_and_imports_as_its_files_do() {
    let pages = official_pages();
    let served = pages.clone();
    // Page 2 fails once, as a busy server does, then answers.
    let server = Server::start(move |page, attempt| match (page, attempt) {
        (2, 1) => (503, "busy".into()),
        (1..=3, _) => (200, served[page as usize - 1].clone()),
        _ => (404, String::new()),
    });
    let site = site();
    let run = import(&site, &[&server.address]).expect(0);
    assert!(run.stdout.contains("3 record(s) read (3 in ORUK 3.0): 3 created"), "{}", run.stdout);
    assert!(run.stderr.contains(&format!("warn: {}?page=2: the server answered 503 Service Unavailable; trying again", server.address)), "{}", run.stderr);
    assert!(!run.stderr.contains('\r'), "a progress line when stderr is not a terminal:\n{}", run.stderr);
    assert!(run.stderr.lines().any(|line| line == format!("{}: 3 page(s), 3 service(s)", server.address)), "{}", run.stderr);
    assert_eq!(server.pages_asked(), [1, 2, 2, 3]);
    for request in server.requests.lock().unwrap().iter() {
        assert_eq!(request.user_agent, format!("localoffer/{} (Open Referral import)", env!("CARGO_PKG_VERSION")));
    }

    // The same pages as files make the same pages, byte for byte.
    let from_files = self::site();
    for (i, page) in pages.iter().enumerate() {
        let path = from_files.temp().join("feed").join(format!("page-{}.json", i + 1));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, page).unwrap();
    }
    import(&from_files, &["feed"]).expect(0);
    assert_eq!(content(&site), content(&from_files));
    let page = std::fs::read_to_string(site.path("content/services/community-counselling.md")).unwrap();
    assert!(page.contains("openreferral_id: ac148810-d857-441c-9679-408f346de14b\n") && page.contains("hours: Thursday and Friday, 10am to 6pm\n"), "{page}");

    // Importing the feed again changes nothing.
    let before = content(&site);
    let run = import(&site, &[&server.address]).expect(0);
    assert!(run.stdout.contains("3 unchanged"), "{}", run.stdout);
    assert_eq!(content(&site), before);
    site.build().expect(0);
}

#[test]
fn a_1_0_feed_is_paged_by_its_own_header_and_the_address_keeps_its_query() {
    let older = |id: u64, name: &str| {
        json!({
            "id": id,
            "name": name,
            "description": "Play for children with sensory needs.",
            "status": "active",
            "organization": {"id": 7, "name": "Anytown Family Hubs"},
            "contacts": [{"id": 1, "phones": [{"id": 1, "number": "0808 157 0192"}]}],
            "regular_schedules": [{"id": 1, "weekday": "Monday", "opens_at": "09:30", "closes_at": "11:30"}]
        })
    };
    let pages = [older(4021, "Sensory play group"), older(4022, "Messy play")].map(|service| service.to_string());
    let server = Server::start(move |page, _| match page {
        1 | 2 => (200, format!(r#"{{"totalElements": 2, "totalPages": 2, "number": {page}, "size": 1, "first": {}, "last": {}, "content": [{}]}}"#, page == 1, page == 2, pages[page as usize - 1])),
        _ => (404, String::new()),
    });
    let site = site();
    let address = format!("{}?per_page=1", server.address);
    let run = import(&site, &[&address, "--format", "json"]).expect(0);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["created"], json!(["content/services/sensory-play-group.md", "content/services/messy-play.md"]));
    assert_eq!(report["shapes"], json!({"1.0": 2}));
    let targets: Vec<String> = server.requests.lock().unwrap().iter().map(|r| r.target.clone()).collect();
    assert_eq!(targets, ["/api/services?per_page=1&page=1", "/api/services?per_page=1&page=2"]);
    assert!(site.path("content/services/messy-play.md").is_file());
}

#[test]
fn every_way_a_feed_fails_gives_an_error_at_its_page_and_writes_nothing() {
    let pages = official_pages();
    let site = site();
    // A page imported before: it must stay as it is.
    let earlier = site.temp().join("earlier.json");
    std::fs::write(&earlier, FULL).unwrap();
    import(&site, &[earlier.to_str().unwrap()]).expect(0);
    let before = content(&site);

    let mut bad: Value = serde_json::from_str(&pages[1]).unwrap();
    bad["contents"][0]["email"] = json!("help at example.org");
    let bad = serde_json::to_string_pretty(&bad).unwrap();
    let at = bad.find("\"help at example.org\"").unwrap();
    let (line, col) = (bad[..at].matches('\n').count() + 1, at - bad[..at].rfind('\n').map_or(0, |n| n + 1) + 1);
    let page = move |n: u64| pages[n as usize - 1].clone();
    type Answer = Box<dyn Fn(u64) -> (u16, String) + Send>;
    let cases: Vec<(&str, Answer, Vec<u64>, String)> = vec![
        ("a page that always fails", Box::new({ let page = page.clone(); move |n| if n == 2 { (500, "down".into()) } else { (200, page(n)) } }), vec![1, 2, 2], "?page=2:1:1: page 2 of the feed: the server answered 500 Internal Server Error (tried twice) - the feed's server is failing or busy: try again later, or tell whoever runs it".into()),
        ("an address that is not the feed", Box::new(|_| (404, "no such page".into())), vec![1], "?page=1:1:1: page 1 of the feed: the server answered 404 Not Found - give the address of the feed's /services endpoint, like https://example.org/api/services".into()),
        ("a page that is not JSON", Box::new({ let page = page.clone(); move |n| if n == 3 { (200, "<html>Sign in</html>".into()) } else { (200, page(n)) } }), vec![1, 2, 3], "?page=3:1:1: this is not JSON: expected value - export the feed again; a file cut short or edited by hand is often the cause".into()),
        ("a record that is not valid", Box::new({ let page = page.clone(); move |n| if n == 2 { (200, bad.clone()) } else { (200, page(n)) } }), vec![1, 2, 3], format!("?page=2:{line}:{col}: /contents/0/email: 'help at example.org' is not an email address")),
        ("a server that ignores the page", Box::new({ let page = page.clone(); move |_| (200, page(1)) }), vec![1, 2], "?page=2:1:1: page 2 of the feed begins with the same service as page 1: the server does not follow the `page` parameter - check that the address is the feed's /services endpoint: open it with ?page=2 in a browser".into()),
    ];
    for (what, answer, asked, error) in cases {
        let server = Server::start(move |n, _| answer(n));
        let run = import(&site, &[&server.address]).expect(1);
        let expected = format!("{}{error}", server.address);
        assert!(run.stderr.lines().any(|line| line.starts_with(&expected)), "{what}: no line starting\n  {expected}\nin:\n{}", run.stderr);
        assert!(run.stderr.contains("nothing was written"), "{what}: {}", run.stderr);
        assert_eq!(server.pages_asked(), asked, "{what}");
        assert_eq!(content(&site), before, "{what}: content/ changed");
    }

    // Nothing listening at the address.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}/api/services", closed.local_addr().unwrap());
    drop(closed);
    let run = import(&site, &[&address]).expect(1);
    assert!(run.stderr.contains(&format!("{address}?page=1:1:1: page 1 of the feed: cannot reach the server: ")), "{}", run.stderr);
    assert!(run.stderr.contains("(tried twice) - check the address and the network connection, then try again"), "{}", run.stderr);
    assert_eq!(content(&site), before);
}
