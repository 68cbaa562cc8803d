//! The site.yaml keys of the legal duties, all optional, so an existing site keeps
//! building:
//!
//! - `coverage_page:` where the generated page of Schedule 2 coverage is published;
//! - `other_formats:` regulation 57: how to ask for the Local Offer in another form (on
//!   paper, by phone, in person, in larger print), told in every page's footer;
//! - `accessibility:` the accessibility statement ([`super::accessibility`]).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::layout::{is_slug, SITE_YAML as FILE_NAME};
use crate::diag::{find_pos, Diagnostics, Pos};
use crate::directory::fields::{is_email, is_uk_phone};

/// Where the coverage page goes when site.yaml does not say: `<lang>/what-this-local-offer-covers/`.
pub const DEFAULT_COVERAGE_PAGE: &str = "what-this-local-offer-covers";

/// `other_formats:`: who to ask for the Local Offer in another form. Each line is
/// optional; give only what the council really offers.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OtherFormats {
    pub phone: Option<String>,
    pub email: Option<String>,
    /// Where to ask in person, as one line: `Town Hall, George Street, LU1 2BQ`.
    pub address: Option<String>,
}

pub fn check_coverage_page(path: &str, text: &str, errors: &mut Diagnostics) {
    if path.is_empty() || !path.split('/').all(is_slug) {
        let pos = find_pos(text, "coverage_page:").unwrap_or(Pos::START);
        let hint = "write a path under the site's address, of lower-case letters, digits and hyphens, like coverage_page: about/what-this-local-offer-covers";
        errors.error(Path::new(FILE_NAME), pos, format!("'{path}' cannot be the coverage page's address"), hint);
    }
}

/// `other_formats:`, or the `contact:` of `accessibility:` (`key` names which).
pub fn check_contact(key: &str, formats: &OtherFormats, text: &str, errors: &mut Diagnostics) {
    let file = Path::new(FILE_NAME);
    let at = |value: &str| crate::yaml::locate::value_pos(text, key, value).or_else(|| find_pos(text, &format!("{key}:"))).unwrap_or(Pos::START);
    if let Some(phone) = formats.phone.as_deref().filter(|p| !is_uk_phone(p)) {
        errors.error(file, at(phone), format!("'{phone}' is not a UK phone number"), "write it like phone: 01632 960123");
    }
    if let Some(email) = formats.email.as_deref().filter(|e| !is_email(e)) {
        errors.error(file, at(email), format!("'{email}' is not an email address"), "write it like email: localoffer@example.org");
    }
    if formats.address.as_deref().is_some_and(|a| a.trim().is_empty()) {
        errors.error(file, at("address"), "'address' is empty", "write where to ask in person, like address: Town Hall, High Street, ZZ1 2AB, or remove it");
    }
    if formats.phone.is_none() && formats.email.is_none() && formats.address.is_none() {
        errors.error(file, at(key), format!("'{key}' gives no phone, email or address"), format!("add the ones the council offers, or remove {key}:"));
    }
}
