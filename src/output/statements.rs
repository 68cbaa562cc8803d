//! The pages the build writes from interface strings and site.yaml, through
//! `statement.html`: the privacy notice and the accessibility statement.

use fluent_bundle::{FluentArgs, FluentValue};

use super::views::Views;
use crate::duties::accessibility::{Accessibility, Report, PAGE as ACCESSIBILITY_PAGE};
use crate::duties::settings::OtherFormats;
use crate::template::context::{Context, PageView, StatementParagraph, StatementSection};

/// The checks of the browser suite the statement names, in its order, with their strings.
const TESTS: &[(&str, &str)] = &[("axe", "accessibility-tested-axe"), ("html", "accessibility-tested-html"), ("reflow", "accessibility-tested-reflow"), ("nojs", "accessibility-tested-nojs")];

impl Views<'_> {
    /// A page at `<lang>/<id>/`: a title, an introduction and sections.
    fn statement(&self, lang: &str, id: &str, kind: &'static str, title_key: &str, intro_key: &str, sections: Vec<StatementSection>) -> Context {
        let config = &self.site.config;
        let path = format!("{lang}/{id}/");
        let view = PageView {
            kind,
            title: self.localizer.t(lang, title_key, None),
            description: self.localizer.t(lang, intro_key, None),
            url: format!("{}{path}", config.base_path),
            permalink: config.absolute_url(&path),
            translated: true,
            ..PageView::default()
        };
        let mut context = self.context(lang, view, |l| format!("{l}/{id}/"));
        context.breadcrumbs = vec![self.home_link(lang)];
        context.statement = sections;
        context
    }

    fn text(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> StatementParagraph {
        StatementParagraph { text: self.localizer.t_numbers(lang, key, args.unwrap_or(&FluentArgs::new())), ..StatementParagraph::default() }
    }

    fn section(&self, lang: &str, heading: &str, paragraphs: Vec<StatementParagraph>) -> StatementSection {
        StatementSection { heading: self.localizer.t(lang, heading, None), paragraphs }
    }

    /// The privacy notice: what the site keeps on the reader's device (nothing), no
    /// cookies, nothing from other websites, no analytics. True of the default theme; a
    /// site that adds a script of its own must say more.
    pub fn privacy(&self, lang: &str) -> Context {
        let part = |heading: &str, text: &str| self.section(lang, heading, vec![self.text(lang, text, None)]);
        let sections = vec![
            part("privacy-stored-heading", "privacy-stored-text"),
            part("privacy-others-heading", "privacy-others-text"),
            part("privacy-analytics-heading", "privacy-analytics-text"),
            part("privacy-links-heading", "privacy-links-text"),
        ];
        self.statement(lang, crate::duties::PRIVACY_PAGE, "privacy", "privacy-title", "privacy-intro", sections)
    }

    /// The accessibility statement, in the sections of the GOV.UK model. Without an
    /// `accessibility:` block it says only that there is none yet (and `check` warns).
    pub fn accessibility(&self, lang: &str) -> Context {
        let config = &self.site.config;
        let sections = match &config.accessibility {
            Some(settings) => self.accessibility_sections(lang, settings, config.accessibility_report.as_ref()),
            None => vec![self.section(lang, "accessibility-none-heading", vec![self.text(lang, "accessibility-none", None)])],
        };
        self.statement(lang, ACCESSIBILITY_PAGE, "accessibility", "accessibility-title", "accessibility-intro", sections)
    }

    fn accessibility_sections(&self, lang: &str, settings: &Accessibility, report: Option<&Report>) -> Vec<StatementSection> {
        let config = &self.site.config;
        let mut args = FluentArgs::new();
        args.set("site", FluentValue::from(config.title.clone()));
        args.set("organisation", FluentValue::from(settings.organisation.clone()));
        let default = config.default_lang();
        let in_default = (lang != default.code).then(|| (default.code.clone(), default.dir));
        let issues = if settings.known_issues.is_empty() {
            vec![self.text(lang, "accessibility-no-issues", None)]
        } else {
            settings.known_issues.iter().map(|issue| StatementParagraph { text: issue.clone(), lang: in_default.as_ref().map(|d| d.0.clone()), dir: in_default.as_ref().map(|d| d.1), ..StatementParagraph::default() }).collect()
        };
        let contact = settings.contact.as_ref().or(config.other_formats.as_ref());
        let ask = |intro: &str| [vec![self.text(lang, intro, None)], self.contact_lines(lang, contact, &args)].concat();
        let date = |d: chrono::NaiveDate| FluentValue::from(self.localizer.format_date(lang, d));
        let mut dates = FluentArgs::new();
        dates.set("prepared", date(settings.prepared.0));
        let mut when = vec![self.text(lang, "accessibility-prepared", Some(&dates))];
        if let Some(reviewed) = settings.reviewed {
            dates.set("reviewed", date(reviewed.0));
            when.push(self.text(lang, "accessibility-reviewed", Some(&dates)));
        }
        if let Some(report) = report {
            dates.set("tested", date(report.date.0));
            when.push(self.text(lang, "accessibility-last-tested", Some(&dates)));
        }
        let enforcement = StatementParagraph { url: Some("https://www.equalityadvisoryservice.com/".into()), link: Some(self.localizer.t(lang, "accessibility-eass-link", None)), ..self.text(lang, "accessibility-enforcement", None) };
        vec![
            self.section(lang, "accessibility-about-heading", vec![self.text(lang, "accessibility-about", Some(&args))]),
            self.section(lang, "accessibility-status-heading", vec![self.text(lang, settings.compliance.key(), None)]),
            self.section(lang, "accessibility-issues-heading", issues),
            self.section(lang, "accessibility-formats-heading", ask("accessibility-formats")),
            self.section(lang, "accessibility-problems-heading", ask("accessibility-problems")),
            self.section(lang, "accessibility-enforcement-heading", vec![enforcement]),
            self.section(lang, "accessibility-testing-heading", self.tested(lang, report)),
            self.section(lang, "accessibility-dates-heading", when),
        ]
    }

    /// How to reach the council: its phone, email and address, else the feedback link,
    /// else its name.
    fn contact_lines(&self, lang: &str, contact: Option<&OtherFormats>, args: &FluentArgs) -> Vec<StatementParagraph> {
        let mut lines = Vec::new();
        if let Some(contact) = contact {
            let line = |key: &str, name: &'static str, value: &str, url: Option<String>| {
                let mut one = FluentArgs::new();
                one.set(name, FluentValue::from(value.to_string()));
                let text = self.localizer.t(lang, key, Some(&one));
                match url {
                    Some(url) => StatementParagraph { url: Some(url), link: Some(text), ..StatementParagraph::default() },
                    None => StatementParagraph { text, ..StatementParagraph::default() },
                }
            };
            if let Some(phone) = &contact.phone {
                lines.push(line("other-formats-phone", "phone", phone, Some(crate::directory::views::tel_href(phone))));
            }
            if let Some(email) = &contact.email {
                lines.push(line("other-formats-email", "email", email, Some(format!("mailto:{email}"))));
            }
            if let Some(address) = &contact.address {
                lines.push(line("other-formats-address", "address", address, None));
            }
        }
        if lines.is_empty() {
            lines.push(match self.site.config.feedback.is_some() {
                true => self.text(lang, "accessibility-use-feedback", None),
                false => self.text(lang, "accessibility-contact-organisation", Some(args)),
            });
        }
        lines
    }

    /// "How we tested": the date and figures of the browser suite's last run.
    fn tested(&self, lang: &str, report: Option<&Report>) -> Vec<StatementParagraph> {
        let Some(report) = report else { return vec![self.text(lang, "accessibility-not-tested", None)] };
        let mut args = FluentArgs::new();
        args.set("date", FluentValue::from(self.localizer.format_date(lang, report.date.0)));
        args.set("pages", FluentValue::from(report.pages.to_string()));
        args.set("languages", FluentValue::from(report.languages.len().to_string()));
        let mut lines = vec![self.text(lang, "accessibility-tested", Some(&args))];
        for (check, key) in TESTS {
            if let Some(count) = report.findings.get(*check) {
                let mut one = FluentArgs::new();
                one.set("count", FluentValue::from(count.to_string()));
                lines.push(self.text(lang, key, Some(&one)));
            }
        }
        lines.push(self.text(lang, "accessibility-tested-limits", None));
        lines
    }
}
