//! `site.yaml` into a [`Config`], validated once: languages, URLs, topics, theme.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use url::Url;

use crate::directory::settings::DirectorySettings;
use crate::diag::{did_you_mean, find_nth_pos, find_pos, Diagnostic, Diagnostics, Pos};
use crate::layout::{is_slug, SITE_YAML};
use crate::yaml::{self, KeyHints};


#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    base_url: String,
    default_language: String,
    languages: Vec<RawLanguage>,
    theme: Option<String>,
    feedback: Option<String>,
    site_id: Option<String>,
    interpreting: Option<Interpreting>,
    brand: Option<crate::brand::Brand>,
    #[serde(default)]
    topics: Vec<Topic>,
    #[serde(default)]
    check: CheckSettings,
    directory: Option<DirectorySettings>,
    coverage_page: Option<String>,
    other_formats: Option<crate::duties::settings::OtherFormats>,
    accessibility: Option<crate::duties::accessibility::Accessibility>,
    offline: Option<crate::offline::settings::OfflineSettings>,
}

/// `check:` in site.yaml: the levels `localoffer check` holds the text to.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CheckSettings {
    /// The reading age (years) English text should not need more than. GOV.UK aims at 9;
    /// 11 is Flesch-Kincaid grade 6.
    pub reading_age: f64,
    /// Sentences longer than this are flagged.
    pub sentence_words: usize,
    /// Descriptions longer than this are flagged (search engines cut them at about 160).
    pub description_length: usize,
    /// The sections (folders under `content/`) whose pages, when they ask the reader to get
    /// in touch with someone, must say how: none by default.
    pub action_sections: Vec<String>,
}

impl Default for CheckSettings {
    fn default() -> Self {
        CheckSettings { reading_age: 11.0, sentence_words: 25, description_length: 160, action_sections: Vec::new() }
    }
}

/// `interpreting:` in site.yaml: how a family gets an interpreter, told on every page whose
/// translation no person has checked. Optional: a council that has no such line leaves it
/// out, and the notice then points only to the original page.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Interpreting {
    pub phone: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: String,
    name: String,
    #[serde(default)]
    direction: Direction,
}

const HINTS: KeyHints = &[
    ("title", "write title: Your council's SEND Local Offer"),
    ("base_url", "write the address the site is published at, like base_url: https://example.org/local-offer/"),
    ("default_language", "write the code of one of the languages, like default_language: en"),
    ("languages", "write a list, like languages: [{ code: en, name: English }]"),
    ("code", "write a language code, like code: ur"),
    ("name", "write the language's name in its own script, like name: اردو"),
    ("direction", "write direction: rtl or direction: ltr"),
    ("theme", "write the name of a folder under themes/, like theme: default"),
    ("feedback", "write an email address or a web address"),
    ("brand", "write a map, like brand: { name: Anytown Council, colour: \"#12436d\" }"),
    ("logo", "write the path of an image in the site's folder, like logo: brand/logo.svg"),
    ("colour", "write # and six hex digits, in quotes, like colour: \"#12436d\""),
    ("text_colour", "write # and six hex digits, in quotes, like text_colour: \"#ffffff\""),
    ("footer", "write lines by language, like footer: { en: [Town Hall, ZZ1 2AB] }"),
    ("site_id", "write a name that stays the same if the site moves, like site_id: anytown-local-offer"),
    ("interpreting", "write a map, like interpreting: { phone: 01632 960123, url: https://example.org/interpreters }"),
    ("phone", "write a UK phone number, like phone: 01632 960123"),
    ("url", "write a web address, like url: https://example.org/interpreters"),
    ("topics", "write a list, like topics: [{ id: transport, name: Home to school transport }]"),
    ("check", "write a map, like check: { reading_age: 11 }"),
    ("reading_age", "write the reading age in years, like reading_age: 11"),
    ("sentence_words", "write a whole number, like sentence_words: 25"),
    ("description_length", "write a whole number, like description_length: 160"),
    ("action_sections", "write a list of folders under content/, like action_sections: [advice, ehc-plans]"),
    ("directory", "write a map, like directory: { categories: [{ id: health, name: Health and therapy }] }"),
    ("section", "write the folder of the services under content/, like section: services"),
    ("categories", "write a list, like categories: [{ id: health, name: Health and therapy }]"),
    ("coverage_page", "write where to publish the page of what the Local Offer covers, like coverage_page: about/what-this-local-offer-covers"),
    ("other_formats", "write a map, like other_formats: { phone: 01632 960123, email: localoffer@example.org, address: \"Town Hall, High Street, ZZ1 2AB\" }"),
    ("email", "write an email address, like email: localoffer@example.org"),
    ("accessibility", "write a map, like accessibility: { organisation: Anytown Council, compliance: partial, known_issues: [...], prepared: 2026-12-07 }"),
    ("organisation", "write who runs the website, like organisation: Anytown Council"),
    ("compliance", "write compliance: full, compliance: partial or compliance: not (against WCAG 2.2 AA)"),
    ("known_issues", "write a list of what is not accessible and why, like known_issues: [Some older PDFs cannot be read by a screen reader.]"),
    ("contact", "write a map, like contact: { phone: 01632 960123, email: web@example.org }"),
    ("prepared", "write the date the statement was first prepared, like prepared: 2026-12-07"),
    ("reviewed", "write the date the statement was last reviewed, like reviewed: 2026-12-07"),
    ("address", "write where to ask in person, as one line, like address: Town Hall, High Street, ZZ1 2AB"),
    ("offline", "write a map, like offline: { pages: [family-support/new-to-luton], visited_mb: 5 }"),
    ("pages", "write a list of pages under content/, like pages: [family-support/new-to-luton]"),
    ("visited_mb", "write a whole number of megabytes, like visited_mb: 5"),
    ("id", "write a short id of lower-case letters and hyphens, like id: transport"),
];

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub dir: Direction,
}

impl Language {
    /// ` lang="ur" dir="rtl"`: the attributes that mark an element as written in it.
    pub fn attrs(&self) -> String {
        let dir = match self.dir {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        };
        [" lang=\"", &crate::escape::escape_html(&self.code), "\" dir=\"", dir, "\""].concat()
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub name: String,
}

/// Where "Is this page useful?" leads: a `mailto:` or a web address.
#[derive(Debug, Clone, Serialize)]
pub struct Feedback {
    pub href: String,
}

/// The validated settings. Languages keep their `site.yaml` order: the switcher's order.
#[derive(Debug, Clone)]
pub struct Config {
    pub root: PathBuf,
    pub title: String,
    /// Absolute, ending in `/`.
    pub base_url: Url,
    /// The path part of `base_url`, beginning and ending with `/`: every URL in the output starts with it.
    pub base_path: String,
    pub languages: Vec<Language>,
    pub default_language: String,
    pub theme: String,
    pub feedback: Option<Feedback>,
    /// Names the site in the Open Referral export's ids, in place of `base_url`, so that a
    /// change of domain keeps them.
    pub site_id: Option<String>,
    pub interpreting: Option<Interpreting>,
    /// The council's name, logo, colour and footer lines (`brand:`).
    pub brand: Option<crate::brand::Brand>,
    /// Whether the site has its own `static/custom.css`, loaded after the theme's styles.
    pub custom_css: bool,
    pub topics: Vec<Topic>,
    pub check: CheckSettings,
    /// The service directory, if the site has one.
    pub directory: Option<DirectorySettings>,
    /// Where the generated page of Schedule 2 coverage is published, under each language.
    pub coverage_page: String,
    /// Regulation 57: who to ask for the Local Offer in another form (`other_formats:`).
    pub other_formats: Option<crate::duties::settings::OtherFormats>,
    /// The accessibility statement's settings (`accessibility:`).
    pub accessibility: Option<crate::duties::accessibility::Accessibility>,
    /// What the browser suite measured on its last run (`accessibility-report.json`), if
    /// the site keeps its report.
    pub accessibility_report: Option<crate::duties::accessibility::Report>,
    /// `offline:`: what "Save for offline" stores, and how much visited pages may take.
    pub offline: crate::offline::settings::OfflineSettings,
    /// The text of site.yaml, to point at a line of it in later messages.
    pub source: String,
}

impl Config {
    /// Reads and validates `root/site.yaml`; `base_url` overrides the file's (preview deployments).
    pub fn load(root: &Path, base_url: Option<&str>) -> Result<Config, Diagnostics> {
        let file = PathBuf::from(SITE_YAML);
        let text = std::fs::read_to_string(root.join(SITE_YAML)).map_err(|err| {
            let hint = "run localoffer in the site's folder, or give --root DIR";
            one(Diagnostic::error(&file, Pos::START, format!("cannot read {SITE_YAML}: {err}"), hint))
        })?;
        let raw: RawConfig = yaml::parse(&file, &text, 1, HINTS).map_err(one)?;
        Self::validate(root, raw, &text, base_url)
    }

    fn validate(root: &Path, raw: RawConfig, text: &str, base_url_override: Option<&str>) -> Result<Config, Diagnostics> {
        let file = Path::new(SITE_YAML);
        let at = |needle: &str| find_pos(text, needle).unwrap_or(Pos::START);
        let mut errors = Diagnostics::new();

        if raw.title.trim().is_empty() {
            errors.error(file, at("title:"), "'title' is empty", "write the site's name, like title: Anytown SEND Local Offer");
        }
        let (url_text, url_pos) = match base_url_override {
            Some(url) => (url, Pos::START),
            None => (raw.base_url.as_str(), at("base_url:")),
        };
        let base_url = parse_base_url(url_text).map_err(|why| errors.error(file, url_pos, format!("'base_url' {why}"), "write a full address, like https://example.org/local-offer/")).ok();

        let mut seen = BTreeSet::new();
        for lang in &raw.languages {
            let needle = format!("code: {}", lang.code);
            let pos = if seen.contains(lang.code.as_str()) { find_nth_pos(text, &needle, 1) } else { find_pos(text, &needle) }.unwrap_or(Pos::START);
            if lang.code.parse::<unic_langid::LanguageIdentifier>().is_err() || lang.code.contains('_') || lang.code != lang.code.to_lowercase() {
                errors.error(file, pos, format!("'{}' is not a language code", lang.code), "write a lower-case code such as en, ur, ro or pt-br");
            }
            if !seen.insert(lang.code.as_str()) {
                errors.error(file, pos, format!("language '{}' is listed twice", lang.code), "remove one of the two entries");
            }
            if lang.name.trim().is_empty() {
                errors.error(file, pos, format!("language '{}' has no name", lang.code), "write its name in its own script, like name: Polski");
            }
        }
        if raw.languages.is_empty() {
            errors.error(file, at("languages:"), "no languages are listed", "list at least one, like languages: [{ code: en, name: English }]");
        } else if !seen.contains(raw.default_language.as_str()) {
            let near = did_you_mean(&raw.default_language, seen.iter().copied()).map_or(String::new(), |n| format!("did you mean '{n}'? "));
            let listed = seen.iter().copied().collect::<Vec<_>>().join(", ");
            errors.error(file, at("default_language:"), format!("the default language '{}' is not in 'languages'", raw.default_language), format!("{near}use one of: {listed}"));
        }

        let mut topic_ids = BTreeSet::new();
        for topic in &raw.topics {
            // A repeated id is pointed at where it is repeated.
            let nth = usize::from(topic_ids.contains(topic.id.as_str()));
            let pos = crate::yaml::locate::value_positions(text, "topics", &format!("id: {}", topic.id)).get(nth).copied().unwrap_or(Pos::START);
            if !is_slug(&topic.id) {
                errors.error(file, pos, format!("topic id '{}' cannot be part of a web address", topic.id), "use lower-case letters, digits and hyphens, like home-to-school-transport");
            }
            if !topic_ids.insert(topic.id.as_str()) {
                errors.error(file, pos, format!("topic '{}' is listed twice", topic.id), "remove one of the two entries");
            }
        }

        let theme = raw.theme.unwrap_or_else(|| "default".to_string());
        if theme != "default" && !root.join("themes").join(&theme).is_dir() {
            errors.error(file, at("theme:"), format!("there is no theme '{theme}'"), format!("add the folder themes/{theme}/, or write theme: default"));
        }
        let feedback = raw.feedback.as_deref().and_then(|f| match feedback_href(f) {
            Some(href) => Some(Feedback { href }),
            None => {
                errors.error(file, at("feedback:"), format!("'{f}' is neither an email address nor a web address"), "write an address like localoffer@example.org or https://example.org/feedback");
                None
            }
        });

        if raw.site_id.as_deref().is_some_and(|id| id.trim().is_empty()) {
            errors.error(file, at("site_id:"), "'site_id' is empty", "write a name that stays the same if the site moves, like site_id: anytown-local-offer, or remove it");
        }
        if let Some(brand) = &raw.brand {
            let codes: Vec<&str> = raw.languages.iter().map(|l| l.code.as_str()).collect();
            brand.check(root, &codes, text, &mut errors);
        }
        if let Some(interpreting) = &raw.interpreting {
            check_interpreting(interpreting, text, &mut errors);
        }
        if let Some(directory) = &raw.directory {
            directory.check(text, &mut errors);
        }
        check_action_sections(root, &raw.check.action_sections, text, &mut errors);
        if let Some(path) = &raw.coverage_page {
            crate::duties::settings::check_coverage_page(path, text, &mut errors);
        }
        if let Some(formats) = &raw.other_formats {
            crate::duties::settings::check_contact("other_formats", formats, text, &mut errors);
        }
        if let Some(accessibility) = &raw.accessibility {
            crate::duties::accessibility::check_settings(accessibility, text, &mut errors);
        }
        if let Some(offline) = &raw.offline {
            offline.check(root, text, &mut errors);
        }
        let accessibility_report = crate::duties::accessibility::read_report(root).map_err(|e| errors.push(e)).ok().flatten();
        if errors.has_errors() {
            return Err(errors);
        }
        let base_url = base_url.expect("a base_url error was recorded above");
        let languages = raw.languages.into_iter().map(|l| Language { code: l.code, name: l.name, dir: l.direction }).collect();
        Ok(Config {
            root: root.to_path_buf(),
            title: raw.title,
            base_path: base_url.path().to_string(),
            base_url,
            languages,
            default_language: raw.default_language,
            theme,
            feedback,
            site_id: raw.site_id,
            interpreting: raw.interpreting,
            brand: raw.brand,
            custom_css: root.join(crate::layout::CUSTOM_CSS).is_file(),
            topics: raw.topics,
            check: raw.check,
            directory: raw.directory,
            coverage_page: raw.coverage_page.unwrap_or_else(|| crate::duties::settings::DEFAULT_COVERAGE_PAGE.to_string()),
            other_formats: raw.other_formats,
            accessibility: raw.accessibility,
            accessibility_report,
            offline: raw.offline.unwrap_or_default(),
            source: text.to_string(),
        })
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn default_lang(&self) -> &Language {
        self.language(&self.default_language).expect("validated in Config::load")
    }

    pub fn is_language(&self, code: &str) -> bool {
        self.language(code).is_some()
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// `path` (relative to the base, no leading `/`) as an absolute URL.
    pub fn absolute_url(&self, path_under_base: &str) -> String {
        format!("{}{}", self.base_url.as_str(), path_under_base)
    }
}

/// Each of `check.action_sections` is a section: a folder under `content/` with an
/// `_index.md`. A misspelt one would quietly check nothing, so it is an error at its line.
fn check_action_sections(root: &Path, names: &[String], text: &str, errors: &mut Diagnostics) {
    let content = root.join(crate::layout::CONTENT_DIR);
    let is_section = |name: &str| name.split('/').all(is_slug) && content.join(name).join("_index.md").is_file();
    for name in names.iter().filter(|name| !is_section(name)) {
        let pos = yaml::locate::value_pos(text, "action_sections", name).or_else(|| find_pos(text, "action_sections:")).unwrap_or(Pos::START);
        let mut sections: Vec<String> = std::fs::read_dir(&content).into_iter().flatten().flatten().filter_map(|e| e.file_name().into_string().ok()).filter(|n| is_section(n)).collect();
        sections.sort();
        let hint = match did_you_mean(name, sections.iter().map(String::as_str)) {
            Some(near) => format!("did you mean '{near}'? A section is a folder under content/ with an _index.md"),
            None => format!("a section is a folder under content/ with an _index.md: {}", sections.join(", ")),
        };
        errors.error(Path::new(SITE_YAML), pos, format!("there is no section '{name}' in content/"), hint);
    }
}

fn check_interpreting(interpreting: &Interpreting, text: &str, errors: &mut Diagnostics) {
    let file = Path::new(SITE_YAML);
    let at = |key: &str| yaml::locate::value_pos(text, "interpreting", key).or_else(|| find_pos(text, "interpreting:")).unwrap_or(Pos::START);
    if let Some(phone) = interpreting.phone.as_deref().filter(|p| !crate::directory::fields::is_uk_phone(p)) {
        errors.error(file, at(phone), format!("'{phone}' is not a UK phone number"), "write it like phone: 01632 960123");
    }
    if let Some(url) = interpreting.url.as_deref().filter(|u| !crate::directory::fields::is_web_address(u)) {
        errors.error(file, at(url), format!("'{url}' is not a web address"), "write it like url: https://example.org/interpreters");
    }
    if interpreting.phone.is_none() && interpreting.url.is_none() {
        errors.error(file, at("interpreting"), "'interpreting' gives neither a phone number nor a web address", "add phone: or url:, or remove interpreting:");
    }
}

fn one(diagnostic: Diagnostic) -> Diagnostics {
    Diagnostics::from_iter([diagnostic])
}

fn parse_base_url(text: &str) -> Result<Url, String> {
    let mut url = Url::parse(text.trim()).map_err(|e| format!("is not a web address ({e})"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err("must start with https:// (or http://) and a host name".into());
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("must not have a ?query or #fragment".into());
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

fn feedback_href(text: &str) -> Option<String> {
    let text = text.trim();
    if let Ok(url) = Url::parse(text) {
        return matches!(url.scheme(), "https" | "http" | "mailto").then(|| url.to_string());
    }
    let (user, host) = text.split_once('@')?;
    let plausible = !user.is_empty() && host.contains('.') && !text.contains(char::is_whitespace);
    plausible.then(|| format!("mailto:{text}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(yaml: &str) -> Result<Config, Vec<String>> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(SITE_YAML), yaml).unwrap();
        Config::load(dir.path(), None).map_err(|d| d.sorted().iter().map(|d| d.to_string()).collect())
    }

    const GOOD: &str = "title: T\nbase_url: https://example.org/local-offer\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n  - { code: ur, name: اردو, direction: rtl }\nfeedback: a@example.org\n";

    #[test]
    fn a_language_marks_an_element_as_written_in_it() {
        let urdu = Language { code: "ur".into(), name: "اردو".into(), dir: Direction::Rtl };
        assert_eq!(urdu.attrs(), r#" lang="ur" dir="rtl""#);
        let english = Language { code: "en".into(), name: "English".into(), dir: Direction::Ltr };
        assert_eq!(english.attrs(), r#" lang="en" dir="ltr""#);
    }

    #[test]
    fn good_config_loads_with_a_base_path() {
        let config = load(GOOD).unwrap();
        assert_eq!(config.base_path, "/local-offer/");
        assert_eq!(config.base_url.as_str(), "https://example.org/local-offer/");
        assert_eq!(config.languages[1].dir, Direction::Rtl);
        assert_eq!(config.feedback.unwrap().href, "mailto:a@example.org");
        assert_eq!(config.theme, "default");
    }

    #[test]
    fn language_listed_twice_and_default_not_listed_are_both_reported() {
        let yaml = "title: T\nbase_url: https://example.org/\ndefault_language: fr\nlanguages:\n  - { code: en, name: English }\n  - { code: en, name: English }\n";
        let errors = load(yaml).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(errors[0], "site.yaml:3:1: the default language 'fr' is not in 'languages' - use one of: en");
        assert_eq!(errors[1], "site.yaml:6:7: language 'en' is listed twice - remove one of the two entries");
    }

    #[test]
    fn unknown_key_is_an_error() {
        let errors = load(&format!("{GOOD}titel: x\n")).unwrap_err();
        assert_eq!(errors, ["site.yaml:8:1: unknown key 'titel' - did you mean 'title'? Check the spelling, or remove the line"]);
    }

    #[test]
    fn base_url_must_be_absolute() {
        let errors = load(&GOOD.replace("https://example.org/local-offer", "/local-offer/")).unwrap_err();
        assert!(errors[0].starts_with("site.yaml:2:1: 'base_url' is not a web address"), "{errors:?}");
    }

    #[test]
    fn interpreting_needs_a_real_phone_number_or_address() {
        let config = load(&format!("{GOOD}interpreting: {{ phone: 01582 546000 }}\n")).unwrap();
        assert_eq!(config.interpreting.unwrap().phone.as_deref(), Some("01582 546000"));
        let errors = load(&format!("{GOOD}interpreting:\n  phone: 12345\n  url: ftp://x\n")).unwrap_err();
        assert_eq!(errors, ["site.yaml:9:10: '12345' is not a UK phone number - write it like phone: 01632 960123", "site.yaml:10:8: 'ftp://x' is not a web address - write it like url: https://example.org/interpreters"]);
        let errors = load(&format!("{GOOD}interpreting: {{}}\n")).unwrap_err();
        assert_eq!(errors, ["site.yaml:8:1: 'interpreting' gives neither a phone number nor a web address - add phone: or url:, or remove interpreting:"]);
    }

    #[test]
    fn missing_theme_folder_is_an_error() {
        let errors = load(&format!("{GOOD}theme: fancy\n")).unwrap_err();
        assert_eq!(errors, ["site.yaml:8:1: there is no theme 'fancy' - add the folder themes/fancy/, or write theme: default"]);
    }
}
