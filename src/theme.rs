//! The theme: Tera templates and static files. The default theme is compiled into the
//! binary; a site's own `themes/<name>/templates/*.html` and `themes/<name>/static/*`
//! replace the built-in files of the same name, one file at a time.
//!
//! The leaflet template (`leaflet/leaflet.typ`, typst) and its fonts (`leaflet/fonts/`)
//! work the same way: a site's own template replaces the built-in one, and a site's own
//! fonts are added to the built-in ones (a font for another script).
//!
//! Static files are published under `assets/` with a hash of their content in the name
//! (`style.3f9a0c1b2d.css`), so hosts can cache them for a year.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::PathBuf;

use sha2::{Digest, Sha256};
use walkdir::WalkDir;

use crate::config::Config;
use crate::diag::{Diagnostics, Pos};
use crate::layout::CUSTOM_CSS;

const BUILT_IN_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../themes/default/templates/base.html")),
    ("macros.html", include_str!("../themes/default/templates/macros.html")),
    ("home.html", include_str!("../themes/default/templates/home.html")),
    ("section.html", include_str!("../themes/default/templates/section.html")),
    ("page.html", include_str!("../themes/default/templates/page.html")),
    ("page-meta.html", include_str!("../themes/default/templates/page-meta.html")),
    ("topic.html", include_str!("../themes/default/templates/topic.html")),
    ("topics.html", include_str!("../themes/default/templates/topics.html")),
    ("coverage.html", include_str!("../themes/default/templates/coverage.html")),
    ("statement.html", include_str!("../themes/default/templates/statement.html")),
    ("404.html", include_str!("../themes/default/templates/404.html")),
    ("chooser.html", include_str!("../themes/default/templates/chooser.html")),
    ("redirect.html", include_str!("../themes/default/templates/redirect.html")),
    ("service.html", include_str!("../themes/default/templates/service.html")),
    ("contact-card.html", include_str!("../themes/default/templates/contact-card.html")),
    ("service-card.html", include_str!("../themes/default/templates/service-card.html")),
    ("directory.html", include_str!("../themes/default/templates/directory.html")),
    ("search.html", include_str!("../themes/default/templates/search.html")),
    ("leaflets.html", include_str!("../themes/default/templates/leaflets.html")),
    ("offline.html", include_str!("../themes/default/templates/offline.html")),
    ("offline-save.html", include_str!("../themes/default/templates/offline-save.html")),
    ("my-list.html", include_str!("../themes/default/templates/my-list.html")),
    ("listen.html", include_str!("../themes/default/templates/listen.html")),
    ("service-share.html", include_str!("../themes/default/templates/service-share.html")),
];

const BUILT_IN_LEAFLET: &str = include_str!("../themes/default/leaflet/leaflet.typ");

/// The leaflets' fonts (SIL Open Font License, `themes/default/leaflet/fonts/OFL.txt`):
/// Latin with the diacritics of Romanian and Polish, Arabic script (Arabic, and Urdu in
/// Naskh), Bengali. Each bold is a file of its own, so bold text is never faked.
const BUILT_IN_FONTS: &[(&str, &[u8])] = &[
    ("NotoSans-Regular.ttf", include_bytes!("../themes/default/leaflet/fonts/NotoSans-Regular.ttf")),
    ("NotoSans-Bold.ttf", include_bytes!("../themes/default/leaflet/fonts/NotoSans-Bold.ttf")),
    ("NotoNaskhArabic-Regular.ttf", include_bytes!("../themes/default/leaflet/fonts/NotoNaskhArabic-Regular.ttf")),
    ("NotoNaskhArabic-Bold.ttf", include_bytes!("../themes/default/leaflet/fonts/NotoNaskhArabic-Bold.ttf")),
    ("NotoSansBengali-Regular.ttf", include_bytes!("../themes/default/leaflet/fonts/NotoSansBengali-Regular.ttf")),
    ("NotoSansBengali-Bold.ttf", include_bytes!("../themes/default/leaflet/fonts/NotoSansBengali-Bold.ttf")),
];

/// Font files the leaflet folder may hold; its other files (the licence) are not fonts.
const FONT_EXTENSIONS: &[&str] = &["ttf", "otf", "ttc", "otc"];

const BUILT_IN_STATIC: &[(&str, &[u8])] = &[
    ("style.css", include_bytes!("../themes/default/static/style.css")),
    ("directory.js", include_bytes!("../themes/default/static/directory.js")),
    ("search.js", include_bytes!("../themes/default/static/search.js")),
    ("list.js", include_bytes!("../themes/default/static/list.js")),
    ("listen.js", include_bytes!("../themes/default/static/listen.js")),
    ("offline.js", include_bytes!("../themes/default/static/offline.js")),
    ("favicon.svg", include_bytes!("../themes/default/static/favicon.svg")),
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

/// A font file for the leaflets.
pub struct FontFile {
    /// Where it came from, for error messages: `themes/default/leaflet/fonts/x.ttf`.
    pub origin: PathBuf,
    /// Built-in fonts are borrowed from the binary, not copied.
    pub bytes: Cow<'static, [u8]>,
}

/// The leaflets' typst template and fonts.
pub struct LeafletTheme {
    pub template: TemplateFile,
    pub fonts: Vec<FontFile>,
}

pub struct Theme {
    pub templates: Vec<TemplateFile>,
    pub statics: BTreeMap<String, StaticFile>,
    pub leaflet: LeafletTheme,
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

        let builtin_leaflet = builtin_origin("leaflet", "leaflet.typ");
        let mut leaflet = LeafletTheme {
            template: TemplateFile { name: "leaflet.typ".into(), text: BUILT_IN_LEAFLET.to_string(), origin: builtin_leaflet },
            fonts: BUILT_IN_FONTS.iter().map(|(name, bytes)| FontFile { origin: builtin_origin("leaflet/fonts", name), bytes: Cow::Borrowed(*bytes) }).collect(),
        };

        let own = config.root.join("themes").join(&config.theme);
        for (kind, is_template) in [("templates", true), ("static", false), ("leaflet", false)] {
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
                if kind == "leaflet" {
                    read_leaflet_file(&name, entry.path(), origin, &mut leaflet, &mut diagnostics);
                    continue;
                }
                match std::fs::read(entry.path()) {
                    Ok(bytes) if is_template => match crate::diag::utf8_text(&origin, bytes) {
                        Ok(text) => {
                            templates.insert(name.clone(), TemplateFile { name, text, origin });
                        }
                        Err(diagnostic) => diagnostics.push(diagnostic),
                    },
                    Ok(bytes) => {
                        statics.insert(name, bytes);
                    }
                    Err(err) => diagnostics.error(&origin, Pos::START, format!("cannot read this file: {err}"), "check it can be read"),
                }
            }
        }
        add_brand_files(config, &mut statics, &mut diagnostics);
        let statics = statics.into_iter().map(|(name, bytes)| (name.clone(), StaticFile { output: hashed_name(&name, &bytes), name, bytes })).collect();
        (Theme { templates: templates.into_values().collect(), statics, leaflet }, diagnostics)
    }
}

/// The brand's style sheet and logo, and the site's own `static/custom.css`, among the
/// theme's files (so they are hashed and cached like them).
fn add_brand_files(config: &Config, statics: &mut BTreeMap<String, Vec<u8>>, diagnostics: &mut Diagnostics) {
    if let Some(brand) = &config.brand {
        if let Some(css) = brand.style_sheet() {
            statics.insert(BRAND_CSS.to_string(), css.into_bytes());
        }
        if let (Some(logo), Some(name)) = (&brand.logo, brand.logo_name()) {
            match std::fs::read(config.root.join(logo)) {
                Ok(bytes) => {
                    statics.insert(name, bytes);
                }
                Err(err) => diagnostics.error(std::path::Path::new(logo), Pos::START, format!("cannot read the logo: {err}"), "check the file can be read"),
            }
        }
    }
    let custom = config.root.join(CUSTOM_CSS);
    if custom.is_file() {
        match std::fs::read(&custom) {
            Ok(bytes) => {
                statics.insert("custom.css".to_string(), bytes);
            }
            Err(err) => diagnostics.error(std::path::Path::new(CUSTOM_CSS), Pos::START, format!("cannot read this file: {err}"), "check it can be read"),
        }
    }
}

/// The brand's colours, as a theme file.
pub const BRAND_CSS: &str = "brand.css";

/// A file of the site's `leaflet/` folder: the template, or a font to add.
fn read_leaflet_file(name: &str, path: &std::path::Path, origin: PathBuf, leaflet: &mut LeafletTheme, diagnostics: &mut Diagnostics) {
    let is_font = name.starts_with("fonts/") && name.rsplit_once('.').is_some_and(|(_, ext)| FONT_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()));
    if name != "leaflet.typ" && !is_font {
        return;
    }
    match std::fs::read(path) {
        Ok(bytes) if is_font => {
            // A site's file of the same name replaces the built-in one (as the example
            // site's own copies of the built-in fonts do), so no font is loaded twice.
            let font = FontFile { origin, bytes: Cow::Owned(bytes) };
            match leaflet.fonts.iter_mut().find(|f| f.origin.file_name() == path.file_name()) {
                Some(same) => *same = font,
                None => leaflet.fonts.push(font),
            }
        }
        Ok(bytes) => match crate::diag::utf8_text(&origin, bytes) {
            Ok(text) => leaflet.template = TemplateFile { name: name.to_string(), text, origin },
            Err(diagnostic) => diagnostics.push(diagnostic),
        },
        Err(err) => diagnostics.error(&origin, Pos::START, format!("cannot read this file: {err}"), "check it can be read"),
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
