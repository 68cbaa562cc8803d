//! The preview server: the built site under its base path, a live-reload script added
//! to each HTML page (only here, never in `build` output), and, while the content has
//! errors, a page listing them in place of every page.

use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, RwLock};

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use tokio::sync::broadcast;

use crate::diag::{Diagnostic, Severity};

use crate::output::headers::CSP;
use crate::escape::escape_html;

const RELOAD_JS: &str = r#"// Live reload for localoffer serve: reloads the page when the site is rebuilt.
(function () {
  var src = document.currentScript.src;
  var url = src.replace(/^http/, "ws").replace(/livereload\.js$/, "ws");
  function connect(delay) {
    var socket = new WebSocket(url);
    socket.onmessage = function () { location.reload(); };
    socket.onclose = function () { setTimeout(function () { connect(Math.min(delay * 2, 5000)); }, delay); };
  }
  connect(250);
})();
"#;

const ERROR_CSS: &str = "body{font-family:system-ui,sans-serif;margin:0;color:#0b0c0c;line-height:1.5}main{max-width:60rem;margin:auto;padding:1.5rem}h1{color:#942514}li{margin-block-end:1rem;padding:.75rem 1rem;border-inline-start:.4rem solid #d4351c;background:#fdf2f0}code{font-weight:700;overflow-wrap:anywhere}.warning{border-color:#b58105;background:#fff7e0}";

pub struct ServeState {
    pub dir: PathBuf,
    pub base_path: String,
    /// The problems of the last rebuild, when it failed.
    pub errors: RwLock<Option<Vec<Diagnostic>>>,
    pub reload: broadcast::Sender<()>,
}

pub fn router(state: Arc<ServeState>) -> Router {
    let base = state.base_path.clone();
    Router::new()
        .route(&format!("{base}__localoffer/livereload.js"), get(|| async { asset(RELOAD_JS, "text/javascript; charset=utf-8") }))
        .route(&format!("{base}__localoffer/error.css"), get(|| async { asset(ERROR_CSS, "text/css; charset=utf-8") }))
        .route(&format!("{base}__localoffer/ws"), get(live_reload))
        .fallback(get(file))
        .with_state(state)
        .layer(axum::middleware::from_fn(no_body))
}

/// The preview only answers GET, which has no body: a request with one is refused before
/// any of it is read, so no client can make the server hold a large one.
async fn no_body(request: Request, next: axum::middleware::Next) -> Response {
    let headers = request.headers();
    let has_body = headers.contains_key(header::TRANSFER_ENCODING) || headers.get(header::CONTENT_LENGTH).is_some_and(|length| length.as_bytes() != b"0");
    if has_body {
        return with_headers((StatusCode::PAYLOAD_TOO_LARGE, "The preview takes no request bodies").into_response());
    }
    next.run(request).await
}

fn asset(body: &'static str, content_type: &'static str) -> Response {
    with_headers(([(header::CONTENT_TYPE, content_type)], body).into_response())
}

fn with_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn live_reload(ws: WebSocketUpgrade, State(state): State<Arc<ServeState>>) -> Response {
    let mut reloads = state.reload.subscribe();
    ws.on_upgrade(move |mut socket: WebSocket| async move {
        while reloads.recv().await.is_ok() {
            if socket.send(Message::Text("reload".into())).await.is_err() {
                break;
            }
        }
    })
}

async fn file(State(state): State<Arc<ServeState>>, request: Request) -> Response {
    let path = request.uri().path();
    let Some(under_base) = path.strip_prefix(state.base_path.as_str()) else {
        if path == "/" || format!("{path}/") == state.base_path {
            return Redirect::temporary(&state.base_path).into_response();
        }
        return with_headers((StatusCode::NOT_FOUND, "Not under the site's base path").into_response());
    };
    let Some(relative) = safe_relative(under_base) else {
        return with_headers((StatusCode::BAD_REQUEST, "This path leaves the site").into_response());
    };
    let mut target = state.dir.join(&relative);
    if target.is_dir() {
        if !under_base.is_empty() && !under_base.ends_with('/') {
            return Redirect::permanent(&format!("{path}/")).into_response();
        }
        target = target.join("index.html");
    }
    let errors = state.errors.read().expect("the error list lock is never poisoned").clone();
    let is_html = target.extension().is_none_or(|e| e == "html");
    if let (Some(errors), true) = (errors, is_html) {
        return html(StatusCode::OK, error_page(&errors, &state.base_path), &state.base_path);
    }
    // Symbolic links in the output must not lead out of it either.
    let inside = target.canonicalize().ok().zip(state.dir.canonicalize().ok()).is_some_and(|(t, d)| t.starts_with(d));
    match (inside, tokio::fs::read(&target).await) {
        (true, Ok(bytes)) if is_html => html(StatusCode::OK, String::from_utf8_lossy(&bytes).into_owned(), &state.base_path),
        (true, Ok(bytes)) => with_headers(([(header::CONTENT_TYPE, content_type(&target))], bytes).into_response()),
        _ => match tokio::fs::read_to_string(state.dir.join("404.html")).await {
            Ok(page) => html(StatusCode::NOT_FOUND, page, &state.base_path),
            Err(_) => with_headers((StatusCode::NOT_FOUND, "Not found").into_response()),
        },
    }
}

/// The request path as a path under the output folder, or `None` if it climbs out.
fn safe_relative(path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(path)?;
    let relative = Path::new(&decoded);
    relative.components().all(|c| matches!(c, Component::Normal(_))).then(|| relative.to_path_buf())
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn html(status: StatusCode, mut page: String, base_path: &str) -> Response {
    let script = format!("<script src=\"{base_path}__localoffer/livereload.js\"></script>\n");
    match page.rfind("</body>") {
        Some(at) => page.insert_str(at, &script),
        None => page.push_str(&script),
    }
    with_headers((status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response())
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or_default() {
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "pdf" => "application/pdf",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// The page shown in place of every page while the content has errors.
pub fn error_page(errors: &[Diagnostic], base_path: &str) -> String {
    let count = errors.iter().filter(|d| d.severity == Severity::Error).count();
    let mut items = String::new();
    for d in errors.iter().filter(|d| d.severity != Severity::Note) {
        let class = if d.severity == Severity::Error { "" } else { " class=\"warning\"" };
        let place = escape_html(&format!("{}:{}:{}", d.file.display(), d.line, d.col));
        let hint = if d.hint.is_empty() { String::new() } else { format!("<br>{}", escape_html(&d.hint)) };
        items.push_str(&format!("<li{class}><code>{place}</code><br>{}{hint}</li>\n", escape_html(&d.message)));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{count} error(s) in the site - localoffer serve</title>\n<link rel=\"stylesheet\" href=\"{base_path}__localoffer/error.css\">\n</head>\n<body>\n<main>\n<h1>The site has {count} error(s)</h1>\n<p>The preview shows the last good build again as soon as they are fixed. Save the file and this page reloads.</p>\n<ol>\n{items}</ol>\n</main>\n</body>\n</html>\n"
    )
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_backslashed_and_look_alike_paths_stay_inside() {
        // Decoded once: a second encoding is a name, not a step up.
        assert_eq!(safe_relative("%252e%252e/x"), Some(PathBuf::from("%2e%2e/x")));
        assert_eq!(safe_relative("..%2fx"), None);
        assert_eq!(safe_relative("en/..%2F..%2Fx"), None);
        // Overlong UTF-8 for '.', which some decoders once read as "..".
        assert_eq!(safe_relative("%c0%ae%c0%ae/x"), None);
        // Full-width full stops are other characters, not "..", and nothing normalises them.
        assert_eq!(safe_relative("\u{ff0e}\u{ff0e}/x"), Some(PathBuf::from("\u{ff0e}\u{ff0e}/x")));
        // A backslash is a separator only on Windows, where `..\` is then a step up.
        let backslashed = safe_relative("..%5cx");
        if cfg!(windows) {
            assert_eq!(backslashed, None);
        } else {
            assert_eq!(backslashed.map(|p| p.components().count()), Some(1));
        }
    }

    #[test]
    fn paths_that_climb_out_are_refused() {
        assert_eq!(safe_relative("en/index.html"), Some(PathBuf::from("en/index.html")));
        assert_eq!(safe_relative(""), Some(PathBuf::new()));
        assert_eq!(safe_relative("../secret"), None);
        assert_eq!(safe_relative("en/%2e%2e/%2e%2e/etc/passwd"), None);
        assert_eq!(safe_relative("/etc/passwd"), None);
        assert_eq!(safe_relative("%ff"), None);
    }

    #[test]
    fn the_error_page_escapes_and_lists_each_problem() {
        let d = Diagnostic::error("content/a.md", crate::diag::Pos::new(3, 1), "bad <b>", "fix it");
        let page = error_page(&[d], "/lo/");
        assert!(page.contains("<code>content/a.md:3:1</code><br>bad &lt;b&gt;<br>fix it"), "{page}");
        assert!(page.contains("<html lang=\"en\""));
        assert!(page.contains("href=\"/lo/__localoffer/error.css\""));
    }
}
