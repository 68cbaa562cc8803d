//! The theme: Tera templates and static files. The default theme is compiled into the
//! binary; a site's own `themes/<name>/templates/*.html` and `themes/<name>/static/*`
//! replace the built-in files of the same name, one file at a time.
//!
//! Static files are published under `assets/` with a hash of their content in the name
//! (`style.3f9a0c1b2d.css`), so hosts can cache them for a year.

use std::collections::BTreeMap;
use std::path::PathBuf;

use sha2::{Digest, Sha256};
use walkdir::WalkDir;

use crate::config::Config;
use crate::diag::{Diagnostics, Pos};

const BUILT_IN_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../themes/default/templates/base.html")),
    ("macros.html", include_str!("../themes/default/templates/macros.html")),
    ("home.html", include_str!("../themes/default/templates/home.html")),
    ("section.html", include_str!("../themes/default/templates/section.html")),
    ("page.html", include_str!("../themes/default/templates/page.html")),
    ("page-meta.html", include_str!("../themes/default/templates/page-meta.html")),
    ("topic.html", include_str!("../themes/default/templates/topic.html")),
    ("topics.html", include_str!("../themes/default/templates/topics.html")),
    ("404.html", include_str!("../themes/default/templates/404.html")),
    ("chooser.html", include_str!("../themes/default/templates/chooser.html")),
    ("redirect.html", include_str!("../themes/default/templates/redirect.html")),
    ("service.html", include_str!("../themes/default/templates/service.html")),
    ("contact-card.html", include_str!("../themes/default/templates/contact-card.html")),
    ("directory.html", include_str!("../themes/default/templates/directory.html")),
    ("search.html", include_str!("../themes/default/templates/search.html")),
];

const BUILT_IN_STATIC: &[(&str, &[u8])] = &[
    ("style.css", include_bytes!("../themes/default/static/style.css")),
    ("directory.js", include_bytes!("../themes/default/static/directory.js")),
    ("search.js", include_bytes!("../themes/default/static/search.js")),
];

/// A template's text and where it came from (for error messages).
pub struct TemplateFile {
    pub name: String,
    pub text: String,
    pub origin: PathBuf,
}

/// A static file with its published name.
pub struct StaticFile {
    /// Its name in the theme: `style.css`, `images/logo.svg`.
    pub name: String,
    /// Its path under the output folder: `assets/style.3f9a0c1b2d.css`.
    pub output: String,
    pub bytes: Vec<u8>,
}

pub struct Theme {
    pub templates: Vec<TemplateFile>,
    pub statics: BTreeMap<String, StaticFile>,
}

impl Theme {
    pub fn load(config: &Config) -> (Theme, Diagnostics) {
        let mut diagnostics = Diagnostics::new();
        let builtin_origin = |kind: &str, name: &str| PathBuf::from(format!("themes/default/{kind}/{name}"));
        let mut templates: BTreeMap<String, TemplateFile> = BUILT_IN_TEMPLATES
            .iter()
            .map(|(name, text)| (name.to_string(), TemplateFile { name: name.to_string(), text: text.to_string(), origin: builtin_origin("templates", name) }))
            .collect();
        let mut statics: BTreeMap<String, Vec<u8>> = BUILT_IN_STATIC.iter().map(|(name, bytes)| (name.to_string(), bytes.to_vec())).collect();

        let own = config.root.join("themes").join(&config.theme);
        for (kind, is_template) in [("templates", true), ("static", false)] {
            let dir = own.join(kind);
            if !dir.is_dir() {
                continue;
            }
            for entry in WalkDir::new(&dir).sort_by_file_name() {
                let entry = match entry {
                    Ok(entry) if entry.file_type().is_file() => entry,
                    Ok(_) => continue,
                    Err(err) => {
                        diagnostics.error(&dir, Pos::START, format!("cannot read the theme: {err}"), "check the theme's files can be read");
                        continue;
                    }
                };
                let name = entry.path().strip_prefix(&dir).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
                let origin = entry.path().strip_prefix(&config.root).unwrap_or(entry.path()).to_path_buf();
                match std::fs::read(entry.path()) {
                    Ok(bytes) if is_template => match String::from_utf8(bytes) {
                        Ok(text) => {
                            templates.insert(name.clone(), TemplateFile { name, text, origin });
                        }
                        Err(_) => diagnostics.error(&origin, Pos::START, "this template is not UTF-8 text", "save it as UTF-8"),
                    },
                    Ok(bytes) => {
                        statics.insert(name, bytes);
                    }
                    Err(err) => diagnostics.error(&origin, Pos::START, format!("cannot read this file: {err}"), "check it can be read"),
                }
            }
        }
        let statics = statics.into_iter().map(|(name, bytes)| (name.clone(), StaticFile { output: hashed_name(&name, &bytes), name, bytes })).collect();
        (Theme { templates: templates.into_values().collect(), statics }, diagnostics)
    }
}

/// `style.css` -> `assets/style.<10 hex digits>.css`.
fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let hash: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("assets/{stem}.{hash}.{ext}"),
        _ => format!("assets/{name}.{hash}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_change_with_content() {
        let a = hashed_name("style.css", b"a");
        assert!(a.starts_with("assets/style.") && a.ends_with(".css"), "{a}");
        assert_ne!(a, hashed_name("style.css", b"b"));
        assert_eq!(a, hashed_name("style.css", b"a"));
    }
}
