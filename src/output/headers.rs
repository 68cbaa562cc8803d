//! `_headers`: the HTTP headers static hosts (Netlify, Cloudflare Pages and others that
//! read this file) send with the site: a strict Content-Security-Policy on every page,
//! a year's caching for the content-hashed theme files, none for the offline worker and
//! its lists (a browser must see a new build's at once), and the Open Referral export open
//! to other sites' scripts.
//!
//! The policy allows the offline worker as it is: `sw.js` is a script of the site itself
//! (`worker-src` falls back to `script-src 'self'`), and what it fetches is the site's own.

use crate::model::Site;

/// No script, style, font or image from anywhere but the site itself; no inline script
/// or style (the theme has none). Scripts may compile WebAssembly from the site itself
/// ('wasm-unsafe-eval' allows that and nothing else: no eval, no inline code), which the
/// search engine needs. Every page also carries it in a `<meta>` tag, so it holds on
/// hosts that cannot send headers.
pub const CSP_META: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'self'; form-action 'self'";

/// The header adds what a `<meta>` tag cannot say: no framing by other sites.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// The Open Referral UK profile asks every answer of the API to carry
/// `Access-Control-Allow-Origin: *`, so a directory's web page on another site can read it.
pub fn headers(site: &Site) -> String {
    let base = &site.config.base_path;
    let export = crate::directory::openreferral::FOLDER;
    let (worker, packs) = (crate::layout::OFFLINE_WORKER, crate::layout::OFFLINE_MANIFESTS);
    format!(
        "{base}*\n  Content-Security-Policy: {CSP}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n\n{base}assets/*\n  Cache-Control: public, max-age=31536000, immutable\n\n{base}{worker}\n  Cache-Control: no-cache\n\n{base}{packs}/*\n  Cache-Control: no-cache\n\n{base}{export}/*\n  Access-Control-Allow-Origin: *\n"
    )
}
