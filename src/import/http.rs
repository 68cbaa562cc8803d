//! An Open Referral `/services` endpoint, fetched page by page into a temporary folder,
//! whose pages are then read as files are:
//!
//! 1. The address keeps its own query (`per_page=200`, filters); `page` is set to 1, 2, 3...
//! 2. Each page is fetched with a timeout, naming localoffer and its version in the
//!    `User-Agent`; a network error, a 5xx or a 429 is tried once more after a pause.
//! 3. The page is read as a list page (the 3.0 header or the 1.0 one). The next page is
//!    fetched until the header says this one was the last (`last_page`, `last`,
//!    `total_pages`, `totalPages`), a page comes back empty, or a page has no header at all
//!    (a plain array, one service).
//! 4. Any failure stops the source with an error at the page's address. Nothing is imported
//!    from a feed read in part: the services of its missing pages would seem to have left it.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ureq::http::StatusCode;
use url::Url;

use super::listing::{read, Paging};
use crate::diag::{Diagnostic, Pos};

/// Names the program to the feed's server, so that whoever runs it can tell who reads it.
const USER_AGENT: &str = concat!("localoffer/", env!("CARGO_PKG_VERSION"), " (Open Referral import)");
/// One page's whole exchange, from connecting to its last byte.
const TIMEOUT: Duration = Duration::from_secs(60);
/// The pause before the one retry.
const RETRY_AFTER: Duration = Duration::from_secs(1);
/// The largest page read; ureq's own limit (10 MB) is less than a page of 1,000 full services.
const MAX_PAGE_BYTES: u64 = 256 * 1024 * 1024;
/// A feed whose header never says it ended is stopped here.
const MAX_PAGES: u64 = 100_000;

const ADDRESS_HINT: &str = "give the address of the feed's /services endpoint, like https://example.org/api/services";

/// A page of the feed, saved to be read record by record.
pub struct Page {
    /// The page's address, shown in errors.
    pub shown: PathBuf,
    /// Where it was saved.
    pub path: PathBuf,
}

/// Fetches every page of the feed at `address` into the folder `spool`, or says the first
/// thing that went wrong, at its page. Pages are kept on disk, not in memory: the import
/// reads them twice (to check, then to write), and a feed can be large.
pub fn fetch(address: &str, spool: &Path) -> Result<Vec<Page>, Diagnostic> {
    let client = Client::new(TIMEOUT, RETRY_AFTER);
    let progress = Progress { on: std::io::stderr().is_terminal() && log::log_enabled!(log::Level::Info), shown: false };
    client.feed(address, spool, progress)
}

/// How pages are fetched: the real timeout and pause, or a test's shorter ones.
struct Client {
    agent: ureq::Agent,
    timeout: Duration,
    retry_after: Duration,
}

impl Client {
    fn new(timeout: Duration, retry_after: Duration) -> Self {
        let config = ureq::Agent::config_builder().timeout_global(Some(timeout)).user_agent(USER_AGENT).http_status_as_error(false).build();
        Client { agent: config.into(), timeout, retry_after }
    }

    fn feed(&self, address: &str, spool: &Path, mut progress: Progress) -> Result<Vec<Page>, Diagnostic> {
        let base = Url::parse(address).map_err(|err| Diagnostic::error(address, Pos::START, format!("this is not a web address: {err}"), ADDRESS_HINT))?;
        let mut pages = Vec::new();
        let mut services = 0usize;
        let mut previous_first = None;
        let mut total_pages = None;
        for number in 1..=MAX_PAGES {
            progress.show(&base, format_args!("reading page {number}{}, {services} service(s) so far", total_pages.map(|t| format!(" of {t}")).unwrap_or_default()));
            let url = page_url(&base, number);
            let shown = PathBuf::from(url.as_str());
            let bytes = self.get(&url, number, &mut progress)?;
            let text = crate::diag::utf8_text(&shown, bytes)?;
            // Read here for the header and the first record's id only; the records are read
            // again from the saved page.
            let mut first = None;
            let mut found = 0usize;
            let paging = read(&shown, text.as_bytes(), &mut |value, _| {
                if found == 0 {
                    first = value.get("id").cloned();
                }
                found += 1;
            })?;
            // A server that does not know `page` sends its first page again and again.
            if number > 1 && first.is_some() && first == previous_first {
                let message = format!("page {number} of the feed begins with the same service as page {}: the server does not follow the `page` parameter", number - 1);
                return Err(Diagnostic::error(&shown, Pos::START, message, "check that the address is the feed's /services endpoint: open it with ?page=2 in a browser"));
            }
            previous_first = first;
            let path = spool.join(format!("page-{number}.json"));
            std::fs::write(&path, text).map_err(|err| Diagnostic::error(&shown, Pos::START, format!("cannot save the page to read it: {err}"), "check there is room in the temporary folder (TMPDIR)"))?;
            pages.push(Page { shown, path });
            services += found;
            total_pages = paging.total_pages;
            if !more_after(paging, number, found == 0) {
                progress.clear();
                log::info!("{base}: {number} page(s), {services} service(s)");
                return Ok(pages);
            }
        }
        Err(Diagnostic::error(address, Pos::START, format!("the feed goes on past {MAX_PAGES} pages"), "ask for larger pages with per_page=, or check the feed's paging with whoever runs it"))
    }

    /// The page's body, tried once more after a network error, a 5xx or a 429.
    fn get(&self, url: &Url, number: u64, progress: &mut Progress) -> Result<Vec<u8>, Diagnostic> {
        let failure = match self.attempt(url) {
            Ok(bytes) => return Ok(bytes),
            Err(failure) if failure.retry => failure,
            Err(failure) => return Err(failure.at(url, number, "")),
        };
        progress.clear();
        log::warn!("{url}: {}; trying again", failure.what);
        std::thread::sleep(self.retry_after);
        self.attempt(url).map_err(|failure| failure.at(url, number, " (tried twice)"))
    }

    fn attempt(&self, url: &Url) -> Result<Vec<u8>, Failure> {
        let mut response = self.agent.get(url.as_str()).call().map_err(|err| self.failure(err))?;
        let status = response.status();
        if !status.is_success() {
            return Err(Failure::status(status));
        }
        response.body_mut().with_config().limit(MAX_PAGE_BYTES).read_to_vec().map_err(|err| self.failure(err))
    }

    fn failure(&self, err: ureq::Error) -> Failure {
        let network = |what: String| Failure { what, hint: "check the address and the network connection, then try again", retry: true };
        match err {
            ureq::Error::Timeout(_) => Failure { what: format!("the server did not answer within {} s", self.timeout.as_secs_f32()), hint: "the server may be busy: try again later, or ask for smaller pages with per_page=", retry: true },
            ureq::Error::BodyExceedsLimit(limit) => Failure { what: format!("the page is larger than {} MB", limit / 1024 / 1024), hint: "ask for smaller pages: add per_page=100 to the address", retry: false },
            ureq::Error::BadUri(_) | ureq::Error::Http(_) => Failure { what: format!("this address cannot be fetched: {err}"), hint: ADDRESS_HINT, retry: false },
            ureq::Error::TooManyRedirects => Failure { what: "the server redirects too many times".into(), hint: ADDRESS_HINT, retry: false },
            ureq::Error::HostNotFound => network("the server's name is not found".into()),
            ureq::Error::Io(io) => network(format!("cannot reach the server: {io}")),
            other => network(format!("cannot reach the server: {other}")),
        }
    }
}

/// What went wrong with one attempt at a page.
struct Failure {
    what: String,
    hint: &'static str,
    retry: bool,
}

impl Failure {
    fn status(status: StatusCode) -> Self {
        let what = format!("the server answered {status}");
        let retry = status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS;
        let hint = match status.as_u16() {
            _ if retry => "the feed's server is failing or busy: try again later, or tell whoever runs it",
            401 | 403 => "an Open Referral feed is open to all, with no key: check the address, or ask whoever runs the feed",
            _ => ADDRESS_HINT,
        };
        Failure { what, hint, retry }
    }

    fn at(&self, url: &Url, number: u64, tries: &str) -> Diagnostic {
        Diagnostic::error(url.as_str(), Pos::START, format!("page {number} of the feed: {}{tries}", self.what), self.hint)
    }
}

/// The address of page `number`: the feed's own query, with `page` set.
fn page_url(base: &Url, number: u64) -> Url {
    let kept: Vec<(String, String)> = base.query_pairs().filter(|(key, _)| key != "page").map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let mut url = base.clone();
    url.query_pairs_mut().clear().extend_pairs(kept).append_pair("page", &number.to_string());
    url
}

/// Whether the header of page `number` says another page follows.
fn more_after(paging: Paging, number: u64, empty: bool) -> bool {
    let ended = empty || paging.last == Some(true) || paging.total_pages.is_some_and(|total| number >= total);
    let goes_on = paging.last == Some(false) || paging.total_pages.is_some_and(|total| number < total);
    !ended && goes_on
}

/// One line on a terminal, rewritten for each page and erased before anything else is said.
struct Progress {
    on: bool,
    shown: bool,
}

impl Progress {
    fn show(&mut self, base: &Url, what: std::fmt::Arguments) {
        if self.on {
            eprint!("\r\x1b[K{}: {what}", base.host_str().unwrap_or_default());
            self.shown = true;
        }
    }

    fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            self.shown = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::net::TcpListener;

    #[test]
    fn the_page_is_set_and_the_rest_of_the_query_kept() {
        let base = Url::parse("https://example.org/api/services?per_page=200&page=7&taxonomy_id=send").unwrap();
        assert_eq!(page_url(&base, 3).as_str(), "https://example.org/api/services?per_page=200&taxonomy_id=send&page=3");
        let bare = Url::parse("http://127.0.0.1:8080/services").unwrap();
        assert_eq!(page_url(&bare, 1).as_str(), "http://127.0.0.1:8080/services?page=1");
    }

    #[test]
    fn the_header_says_when_the_feed_ends() {
        let paging = |total_pages, last| Paging { total_pages, last };
        assert!(more_after(paging(Some(3), Some(false)), 1, false));
        assert!(!more_after(paging(Some(3), Some(true)), 3, false));
        assert!(more_after(paging(Some(3), None), 2, false), "1.0 feeds may give only totalPages");
        assert!(!more_after(paging(Some(3), None), 3, false));
        assert!(more_after(paging(None, Some(false)), 9, false));
        assert!(!more_after(paging(Some(10), Some(false)), 2, true), "an empty page ends the feed");
        assert!(!more_after(paging(Some(2), Some(false)), 2, false), "past total_pages is the end, whatever last says");
        assert!(!more_after(paging(None, None), 1, false), "a page without a header is the whole feed");
    }

    #[test]
    fn a_server_that_never_answers_is_given_up_after_the_timeout_and_one_retry() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = format!("http://{}/services", listener.local_addr().unwrap());
        let accepted = std::thread::spawn(move || {
            let mut held = Vec::new();
            for _ in 0..2 {
                let (mut stream, _) = listener.accept().unwrap();
                let mut buffer = [0; 1024];
                let _request_read = stream.read(&mut buffer).unwrap();
                held.push(stream);
            }
            held
        });
        let client = Client::new(Duration::from_millis(300), Duration::ZERO);
        let started = std::time::Instant::now();
        let err = client.feed(&address, Path::new("."), Progress { on: false, shown: false }).err().expect("an error");
        assert_eq!(err.to_string(), format!("{address}?page=1:1:1: page 1 of the feed: the server did not answer within 0.3 s (tried twice) - the server may be busy: try again later, or ask for smaller pages with per_page="));
        assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
        drop(accepted.join().unwrap());
    }

    #[test]
    fn an_address_that_is_not_one_is_an_error_at_it() {
        let client = Client::new(TIMEOUT, Duration::ZERO);
        let err = client.feed("https://", Path::new("."), Progress { on: false, shown: false }).err().expect("an error");
        assert!(err.to_string().starts_with("https://:1:1: this is not a web address: empty host - give the address"), "{err}");
    }
}
