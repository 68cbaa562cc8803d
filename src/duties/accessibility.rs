//! The accessibility statement (the Public Sector Bodies Accessibility Regulations 2018),
//! in the sections of the GOV.UK model statement, written from site.yaml's
//! `accessibility:` block and from the report the browser suite leaves in the site's
//! folder ([`REPORT_FILE`]): the date and figures of its last run.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::layout::SITE_YAML as FILE_NAME;
use crate::diag::{find_pos, Diagnostic, Diagnostics, Pos};
use crate::yaml::date::Date;

/// Written by the browser suite (`tests/browser`) after a full run, read by the build.
pub const REPORT_FILE: &str = "accessibility-report.json";

/// The statement's address under each language.
pub const PAGE: &str = "accessibility";

/// `accessibility:` in site.yaml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    /// Who runs the site: "This website is run by ...".
    pub organisation: String,
    /// How far the site meets WCAG 2.2 AA, as the council judges it.
    pub compliance: Compliance,
    /// What is not accessible, and why, in the default language.
    #[serde(default)]
    pub known_issues: Vec<String>,
    /// Who to ask for another format or tell of a problem; else `other_formats:`, else the
    /// feedback link.
    pub contact: Option<crate::duties::settings::OtherFormats>,
    /// When the statement was first prepared, and last reviewed.
    pub prepared: Date,
    pub reviewed: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Compliance {
    Full,
    Partial,
    Not,
}

impl Compliance {
    pub fn key(self) -> &'static str {
        match self {
            Compliance::Full => "accessibility-compliance-full",
            Compliance::Partial => "accessibility-compliance-partial",
            Compliance::Not => "accessibility-compliance-not",
        }
    }
}

pub fn check_settings(settings: &Accessibility, text: &str, errors: &mut Diagnostics) {
    let file = Path::new(FILE_NAME);
    if settings.organisation.trim().is_empty() {
        errors.error(file, find_pos(text, "organisation:").unwrap_or(Pos::START), "'organisation' is empty", "write who runs the website, like organisation: Anytown Council");
    }
    if settings.compliance != Compliance::Full && settings.known_issues.is_empty() {
        let hint = "list what is not accessible and why under known_issues:, as the model statement asks, or write compliance: full";
        errors.error(file, find_pos(text, "compliance:").unwrap_or(Pos::START), "the statement says the site is not fully accessible but names no known issue", hint);
    }
    if let Some(contact) = &settings.contact {
        crate::duties::settings::check_contact("contact", contact, text, errors);
    }
}

/// What the browser suite measured on its last full run.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub date: Date,
    /// The pages checked, in every language.
    pub pages: u64,
    pub languages: Vec<String>,
    /// Findings per check: `axe`, `html` (the Nu Html Checker), `reflow`, `nojs`...
    pub findings: BTreeMap<String, u64>,
}

const REPORT_HINTS: crate::yaml::KeyHints = &[
    ("date", "the day of the run, like \"date\": \"2026-12-07\""),
    ("pages", "the number of pages checked, like \"pages\": 1016"),
    ("languages", "the language codes, like \"languages\": [\"en\", \"ur\"]"),
    ("findings", "findings per check, like \"findings\": { \"axe\": 0, \"html\": 0 }"),
];

/// The report in the site's folder, if there is one; a broken one is an error at its line.
pub fn read_report(root: &Path) -> Result<Option<Report>, Diagnostic> {
    let path = root.join(REPORT_FILE);
    let Ok(bytes) = std::fs::read(&path) else { return Ok(None) };
    let text = crate::diag::utf8_text(Path::new(REPORT_FILE), bytes)?;
    crate::yaml::parse(Path::new(REPORT_FILE), &text, 1, REPORT_HINTS).map(Some)
}

/// `check`'s warnings: no statement, no report, or a report more than a year old.
pub fn check(settings: Option<&Accessibility>, report: Option<&Report>, today: NaiveDate, found: &mut Diagnostics) {
    let file = Path::new(FILE_NAME);
    if settings.is_none() {
        let hint = "add an accessibility: block to site.yaml (see the README's section for council officers); every public sector website must publish a statement";
        found.warning(file, Pos::START, "the site has no accessibility statement", hint);
        return;
    }
    match report {
        None => {
            let hint = format!("run the browser checks (tests/browser), which write {REPORT_FILE}, and keep that file with the site");
            found.warning(Path::new(REPORT_FILE), Pos::START, "the accessibility statement cannot say how the site was tested: there is no report of the browser checks", hint);
        }
        Some(report) if report.date.0.checked_add_months(chrono::Months::new(12)).is_some_and(|due| due < today) => {
            let message = format!("the accessibility statement's last test was on {}, more than a year ago", report.date);
            found.warning(Path::new(REPORT_FILE), Pos::START, message, "run the browser checks again, fix what they find, and keep the new report");
        }
        Some(_) => {}
    }
}
