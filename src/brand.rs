//! `brand:` in site.yaml: a council's name, logo, colour and footer lines, without a copy
//! of the theme. The colour is written into a small style sheet of its own, loaded after
//! the theme's (so no inline style is needed under the strict CSP), and a site's
//! `static/custom.css`, if any, comes after both.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diag::{find_pos, Diagnostics, Pos};
use crate::yaml;

/// The text on the brand colour (the header's) when `text_colour` is not given.
const WHITE: &str = "#ffffff";
/// WCAG 2.2's contrast for normal text (1.4.3, AA).
const MIN_CONTRAST: f64 = 4.5;
/// The logo's formats: what browsers show in an `<img>`.
const LOGO_TYPES: &[&str] = &["svg", "png", "jpg", "jpeg", "webp"];

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// The council's name: beside the logo, and the logo's text alternative.
    pub name: String,
    /// An image file in the site's folder, like `brand/logo.svg`.
    pub logo: Option<String>,
    /// The header's colour, `#12436d`.
    pub colour: Option<String>,
    /// The colour of the text on it; white by default.
    pub text_colour: Option<String>,
    /// Lines for the footer (address, phone, opening hours), by language code.
    #[serde(default)]
    pub footer: BTreeMap<String, Vec<String>>,
}

impl Brand {
    /// Checks the block; `text` is site.yaml, to point at lines.
    pub fn check(&self, root: &Path, languages: &[&str], text: &str, errors: &mut Diagnostics) {
        let file = Path::new(crate::layout::SITE_YAML);
        let at = |needle: &str| yaml::locate::value_pos(text, "brand", needle).or_else(|| find_pos(text, needle)).or_else(|| find_pos(text, "brand:")).unwrap_or(Pos::START);
        if self.name.trim().is_empty() {
            errors.error(file, at("name:"), "the brand has no name", "write the council's name, like name: Anytown Council");
        }
        let colour = self.colour.as_deref().map(|c| (c, parse_colour(c)));
        let text_colour = self.text_colour.as_deref().map(|c| (c, parse_colour(c)));
        for (written, parsed) in colour.iter().chain(text_colour.iter()) {
            if parsed.is_none() {
                errors.error(file, at(written), format!("'{written}' is not a colour"), "write it as # and six hex digits, in quotes, like colour: \"#12436d\"");
            }
        }
        if let Some((written, Some(rgb))) = colour {
            let white = parse_colour(WHITE).expect("white");
            // Against white, the page around the header; and against the text written on
            // it, when that is not white too.
            let on = text_colour.and_then(|(_, c)| c).filter(|&c| c != white);
            let darker = "choose a darker colour (the default is #12436d), so that the header's text can be read";
            let lighter = "choose a text colour that stands out on it, like text_colour: \"#ffffff\"";
            for (against, what, hint) in std::iter::once((white, "white", darker)).chain(on.map(|c| (c, "its text colour", lighter))) {
                let ratio = contrast(rgb, against);
                if ratio < MIN_CONTRAST {
                    let message = format!("the brand colour {written} has a contrast of {ratio:.1}:1 against {what}, under the {MIN_CONTRAST}:1 that WCAG 2.2 AA asks");
                    errors.error(file, at(written), message, hint);
                }
            }
        }
        if let Some(logo) = &self.logo {
            let path = Path::new(logo);
            let inside = path.is_relative() && !path.components().any(|c| matches!(c, std::path::Component::ParentDir));
            let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
            if !inside {
                errors.error(file, at(logo), format!("the logo '{logo}' is outside the site's folder"), "put the file in the site's folder and give its path from there, like logo: brand/logo.svg");
            } else if !LOGO_TYPES.contains(&ext.as_str()) {
                errors.error(file, at(logo), format!("the logo '{logo}' is not an image browsers show"), format!("use one of: {}", LOGO_TYPES.join(", ")));
            } else if !root.join(path).is_file() {
                errors.error(file, at(logo), format!("there is no file {logo}"), "check the path, from the site's folder");
            }
        }
        for lang in self.footer.keys().filter(|l| !languages.contains(&l.as_str())) {
            errors.error(file, at(&format!("{lang}:")), format!("the footer has lines for '{lang}', which the site does not have"), format!("use one of: {}", languages.join(", ")));
        }
    }

    /// The published name of the logo among the theme's files: `logo.svg`.
    pub fn logo_name(&self) -> Option<String> {
        let logo = self.logo.as_deref()?;
        let ext = Path::new(logo).extension()?.to_string_lossy().to_ascii_lowercase();
        Some(format!("brand-logo.{ext}"))
    }

    /// The style sheet that sets the colours, if the brand has one.
    pub fn style_sheet(&self) -> Option<String> {
        let colour = self.colour.as_deref()?;
        let text = self.text_colour.as_deref().unwrap_or(WHITE);
        Some(format!("/* The brand's colours, from site.yaml. */\n:root {{\n  --brand: {colour};\n  --brand-text: {text};\n}}\n"))
    }
}

/// `#12436d` or `#fff` as red, green and blue.
pub fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.trim().strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        6 => Some([digit(&hex[0..2])?, digit(&hex[2..4])?, digit(&hex[4..6])?]),
        3 => Some([digit(&hex[0..1].repeat(2))?, digit(&hex[1..2].repeat(2))?, digit(&hex[2..3].repeat(2))?]),
        _ => None,
    }
}

/// WCAG's contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn luminance(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_is_wcags() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
        assert!((contrast(parse_colour("#12436d").unwrap(), [255, 255, 255]) - 10.3).abs() < 0.1);
        // GOV.UK's link blue on white: 5.2:1.
        assert!((contrast(parse_colour("#1d70b8").unwrap(), [255, 255, 255]) - 5.17).abs() < 0.05);
        assert_eq!(parse_colour("#fff"), Some([255, 255, 255]));
        assert_eq!(parse_colour("12436d"), None);
        assert_eq!(parse_colour("#12436"), None);
    }
}
