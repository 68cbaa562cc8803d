//! A site's folder, as every stage names it: where its files are, and which names may be
//! part of a web address. A leaf: it imports nothing of the program's.

/// The settings file at the site's root.
pub const SITE_YAML: &str = "site.yaml";

/// The folder of pages, services and their images.
pub const CONTENT_DIR: &str = "content";

/// A site's own styles, loaded after the theme's: the path in the site's folder.
pub const CUSTOM_CSS: &str = "static/custom.css";

/// Lower-case ASCII letters, digits and single hyphens: safe in any web address.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !text.starts_with('-')
        && !text.ends_with('-')
}

/// The offline worker, at the top of the output (its scope is the whole site).
pub const OFFLINE_WORKER: &str = "sw.js";
/// The output folder of the offline packs' lists: `offline/<lang>.json`.
pub const OFFLINE_MANIFESTS: &str = "offline";
