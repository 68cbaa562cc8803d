//! Interface strings: `translations/<lang>.ftl` into one Fluent bundle per language, with
//! fallback to the default language, and dates written the way each language writes them.
//!
//! The strings of the built-in theme (`themes/default/translations/`) are compiled into
//! the binary. A site's own `translations/<lang>.ftl` is laid over them key by key: it
//! holds the names of its topics and categories, and any string it words its own way.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::config::Config;
use crate::diag::{Diagnostics, Pos};

/// The interface strings that come with the program, by language.
const BUILT_IN: &[(&str, &str)] = &[
    ("en", include_str!("../themes/default/translations/en.ftl")),
    ("ur", include_str!("../themes/default/translations/ur.ftl")),
    ("ro", include_str!("../themes/default/translations/ro.ftl")),
    ("pl", include_str!("../themes/default/translations/pl.ftl")),
    ("bn", include_str!("../themes/default/translations/bn.ftl")),
    ("ar", include_str!("../themes/default/translations/ar.ftl")),
];

pub const TRANSLATIONS_DIR: &str = "translations";

pub struct Localizer {
    default: String,
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// The message ids each language defines, for `check`.
    keys: BTreeMap<String, BTreeSet<String>>,
    /// Every message of each language formatted without arguments: most strings a page
    /// shows ("Contents", "Search") are these, asked for thousands of times in a build
    /// (hashbrown's faster hash: the keys are the theme's own).
    plain: hashbrown::HashMap<String, hashbrown::HashMap<String, String>>,
    /// Dates already written: a site's pages share few dates, each written on every page.
    dates: std::sync::Mutex<HashMap<(String, NaiveDate), String>>,
    /// Messages with arguments that repeat from page to page ("Ages 4 to 11", "Last
    /// reviewed: 27 November 2026"), by language, key and arguments: see `t_repeated`.
    repeated: std::sync::Mutex<hashbrown::HashMap<String, String>>,
}

/// Message `key` of `bundle` with `args`, if the bundle has it.
fn format(bundle: &FluentBundle<FluentResource>, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

impl Localizer {
    /// Loads a bundle for every language of the site; syntax errors are diagnostics.
    pub fn load(config: &Config) -> (Localizer, Diagnostics) {
        let mut diagnostics = Diagnostics::new();
        let mut bundles = HashMap::new();
        let mut keys = BTreeMap::new();
        for language in &config.languages {
            let code = language.code.as_str();
            let mut bundle = new_bundle(code);
            let mut ids = BTreeSet::new();
            if let Some((_, text)) = BUILT_IN.iter().find(|(c, _)| *c == code) {
                let file = PathBuf::from(format!("themes/default/{TRANSLATIONS_DIR}/{code}.ftl"));
                ids.extend(add(&mut bundle, &file, text.to_string(), false, &mut diagnostics));
            }
            let own = config.root.join(TRANSLATIONS_DIR).join(format!("{code}.ftl"));
            if let Ok(text) = std::fs::read_to_string(&own) {
                let file = own.strip_prefix(&config.root).unwrap_or(&own).to_path_buf();
                ids.extend(add(&mut bundle, &file, text, true, &mut diagnostics));
            }
            bundles.insert(code.to_string(), bundle);
            keys.insert(code.to_string(), ids);
        }
        let plain = keys
            .iter()
            .map(|(lang, ids)| {
                let bundle = &bundles[lang];
                let formatted = ids.iter().filter_map(|id| Some((id.clone(), format(bundle, id, None)?))).collect();
                (lang.clone(), formatted)
            })
            .collect();
        (Localizer { default: config.default_language.clone(), bundles, keys, plain, dates: Default::default(), repeated: Default::default() }, diagnostics)
    }

    /// The string `key` in `lang`, else in the default language, else the key itself.
    pub fn t(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        self.lookup(lang, key, args).or_else(|| self.lookup(&self.default, key, args)).unwrap_or_else(|| key.to_string())
    }

    /// The string `key` in `lang` only, with no fallback.
    pub fn lookup(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        match args {
            None => self.plain.get(lang)?.get(key).cloned(),
            Some(_) => format(self.bundles.get(lang)?, key, args),
        }
    }

    /// Keys the default language has and `lang` lacks.
    pub fn missing_keys(&self, lang: &str) -> Vec<&str> {
        let (Some(default), Some(own)) = (self.keys.get(&self.default), self.keys.get(lang)) else { return Vec::new() };
        default.difference(own).map(String::as_str).collect()
    }

    /// `date` as `lang` writes it: "27 November 2026", "27 listopada 2026", "২৭ নভেম্বর ২০২৬".
    pub fn format_date(&self, lang: &str, date: NaiveDate) -> String {
        let key = (lang.to_string(), date);
        if let Some(text) = self.dates.lock().expect("no thread panics holding the dates").get(&key) {
            return text.clone();
        }
        let text = self.write_date(lang, date);
        self.dates.lock().expect("no thread panics holding the dates").insert(key, text.clone());
        text
    }

    fn write_date(&self, lang: &str, date: NaiveDate) -> String {
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(date.day().to_string()));
        args.set("month", FluentValue::from(self.t(lang, &format!("month-{}", date.month()), None)));
        args.set("year", FluentValue::from(date.year().to_string()));
        self.with_digits(lang, &self.t(lang, "date-format", Some(&args)))
    }

    /// `text` with its digits 0-9 written as `lang` writes them (its `digits` string).
    pub fn with_digits(&self, lang: &str, text: &str) -> String {
        let digits: Vec<char> = self.t(lang, "digits", None).chars().collect();
        if digits.len() != 10 {
            return text.to_string();
        }
        text.chars().map(|c| c.to_digit(10).filter(|_| c.is_ascii_digit()).map_or(c, |d| digits[d as usize])).collect()
    }

    /// The string `key` with numbers in it, which are written in the language's digits.
    pub fn t_numbers(&self, lang: &str, key: &str, args: &FluentArgs) -> String {
        self.with_digits(lang, &self.t(lang, key, Some(args)))
    }

    /// `t` (or `t_numbers` with `digits`) with arguments, for a message a build asks for
    /// thousands of times with the same few arguments: each is formatted once.
    pub fn t_repeated(&self, lang: &str, key: &str, args: &[(&'static str, Arg)], digits: bool) -> String {
        thread_local! {
            /// The message's id is written here: no allocation when it is known already.
            static ID: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        ID.with_borrow_mut(|id| {
            id.clear();
            id.extend([lang, "\0", key, if digits { "\0d" } else { "\0" }]);
            // Written by hand: the formatting machinery cost more than the lookup it serves.
            for (name, value) in args {
                id.extend(["\0", name, "="]);
                match *value {
                    Arg::Number(n) => push_number(id, n),
                    Arg::Text(text) => id.push_str(text),
                }
            }
            if let Some(text) = self.repeated.lock().expect("no thread panics holding the messages").get(id.as_str()) {
                return text.clone();
            }
            let mut fluent_args = FluentArgs::new();
            for &(name, value) in args {
                let text = match value {
                    Arg::Number(n) => n.to_string(),
                    Arg::Text(text) => text.to_string(),
                };
                fluent_args.set(name, FluentValue::from(text));
            }
            let text = if digits { self.t_numbers(lang, key, &fluent_args) } else { self.t(lang, key, Some(&fluent_args)) };
            self.repeated.lock().expect("no thread panics holding the messages").insert(id.clone(), text.clone());
            text
        })
    }
}

/// An argument of [`Localizer::t_repeated`]. Numbers are passed to Fluent as text, as
/// written; the language's digits come after.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Number(u32),
    Text(&'a str),
}

fn push_number(out: &mut String, n: u32) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

fn new_bundle(code: &str) -> FluentBundle<FluentResource> {
    let locale = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    bundle.set_use_isolating(false);
    bundle
}

/// Adds the messages of `text` (the file `file`) to `bundle`, replacing those it already
/// has when `over` (a site's file over the built-in one); returns their ids. A key
/// written twice in the one file is an error at its second line.
fn add(bundle: &mut FluentBundle<FluentResource>, file: &Path, text: String, over: bool, diagnostics: &mut Diagnostics) -> Vec<String> {
    let text_for_errors = text.clone();
    let resource = match FluentResource::try_new(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let pos = Pos::of_offset(&text_for_errors, error.pos.start);
                diagnostics.error(file, pos, format!("this line cannot be read as Fluent: {}", error.kind), "write 'key = text'; continue long texts on indented lines");
            }
            resource
        }
    };
    let ids: Vec<String> = resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect();
    let mut seen = BTreeSet::new();
    for id in ids.iter().filter(|id| !seen.insert(id.as_str())) {
        // The second line that defines it is the repeat.
        let defines = |line: &&str| line.split_once('=').is_some_and(|(key, _)| key.trim() == id && !line.starts_with([' ', '\t']));
        let line = text_for_errors.lines().enumerate().filter(|(_, l)| defines(l)).nth(1).map_or(1, |(i, _)| i + 1);
        diagnostics.error(file, Pos::new(line, 1), format!("'{id}' is written twice"), "each key may appear once: remove the repeated one");
    }
    if over {
        bundle.add_resource_overriding(resource);
    } else if let Err(errors) = bundle.add_resource(resource) {
        // Only a repeat within the file can clash, and it is reported above.
        log::debug!("{}: {} repeated keys", file.display(), errors.len());
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn localizer(files: &[(&str, &str)]) -> Localizer {
        let dir = tempfile::tempdir().unwrap();
        let yaml = "title: T\nbase_url: https://example.org/\ndefault_language: en\nlanguages: [{ code: en, name: English }, { code: pl, name: Polski }, { code: bn, name: বাংলা }, { code: de, name: Deutsch }]\n";
        std::fs::write(dir.path().join("site.yaml"), yaml).unwrap();
        std::fs::create_dir(dir.path().join(TRANSLATIONS_DIR)).unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(TRANSLATIONS_DIR).join(name), text).unwrap();
        }
        let config = Config::load(dir.path(), None).unwrap();
        let (localizer, diagnostics) = Localizer::load(&config);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        localizer
    }

    #[test]
    fn repeated_messages_are_the_same_as_formatted_each_time() {
        let l = localizer(&[("en.ftl", "ages = Ages { $from } to { $to }\nseen = Seen { $date }\ndigits = 0123456789\n"), ("bn.ftl", "ages = বয়স { $from } থেকে { $to }\ndigits = ০১২৩৪৫৬৭৮৯\n")]);
        for _ in 0..2 {
            let ages = |from, to| [("from", Arg::Number(from)), ("to", Arg::Number(to))];
            assert_eq!(l.t_repeated("en", "ages", &ages(4, 11), true), "Ages 4 to 11");
            assert_eq!(l.t_repeated("bn", "ages", &[("from", Arg::Number(4)), ("to", Arg::Text("11"))], true), "বয়স ৪ থেকে ১১");
            assert_eq!(l.t_repeated("bn", "ages", &ages(4, 11), false), "বয়স 4 থেকে 11");
            assert_eq!(l.t_repeated("en", "ages", &ages(0, 25), true), "Ages 0 to 25");
            assert_eq!(l.t_repeated("en", "ages", &ages(10, 105), true), "Ages 10 to 105");
            assert_eq!(l.t_repeated("en", "ages", &ages(1, 5), true), "Ages 1 to 5", "not the message of (10, 5) or (1, 105)");
            assert_eq!(l.t_repeated("pl", "seen", &[("date", Arg::Text("1 maja"))], false), "Seen 1 maja", "falls back to the default language");
        }
    }

    #[test]
    fn built_in_strings_are_translated_and_fall_back() {
        let l = localizer(&[]);
        assert_eq!(l.t("en", "skip-link", None), "Skip to main content");
        assert_ne!(l.t("pl", "skip-link", None), l.t("en", "skip-link", None));
        assert_eq!(l.t("de", "skip-link", None), "Skip to main content");
        assert!(l.missing_keys("de").contains(&"skip-link"));
        assert!(l.missing_keys("pl").is_empty(), "{:?}", l.missing_keys("pl"));
    }

    #[test]
    fn dates_are_written_the_way_each_language_writes_them() {
        let l = localizer(&[]);
        let date = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert_eq!(l.format_date("en", date), "27 November 2026");
        assert_eq!(l.format_date("pl", date), "27 listopada 2026");
        assert!(l.format_date("bn", date).contains("২৭"), "{}", l.format_date("bn", date));
    }

    #[test]
    fn a_site_file_is_laid_over_the_built_in_one_key_by_key() {
        let l = localizer(&[("pl.ftl", "skip-link = Przejdź dalej\ntopic-parks = Parki\n")]);
        assert_eq!(l.t("pl", "skip-link", None), "Przejdź dalej");
        assert_eq!(l.t("pl", "topic-parks", None), "Parki");
        assert_eq!(l.t("pl", "breadcrumb-home", None), localizer(&[]).t("pl", "breadcrumb-home", None), "the other built-in strings stay");
        assert_ne!(l.t("pl", "breadcrumb-home", None), l.t("en", "breadcrumb-home", None));
        assert!(l.missing_keys("pl").is_empty(), "{:?}", l.missing_keys("pl"));
    }

    #[test]
    fn strings_without_arguments_are_the_same_as_formatted() {
        let l = localizer(&[("pl.ftl", "greeting = Witaj, { $name }!\nplain = Bez zmiennych\n")]);
        for (lang, keys) in &l.keys {
            let bundle = &l.bundles[lang];
            for key in keys {
                assert_eq!(l.lookup(lang, key, None), format(bundle, key, Some(&FluentArgs::new())), "{lang} {key}");
            }
        }
        assert_eq!(l.t("pl", "plain", None), "Bez zmiennych");
        let mut args = FluentArgs::new();
        args.set("name", FluentValue::from("Ola"));
        assert_eq!(l.t("pl", "greeting", Some(&args)), "Witaj, Ola!");
    }
}
