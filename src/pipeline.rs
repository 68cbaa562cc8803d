//! Runs the stages in order; the only place that knows the order.
//!
//! ```text
//! setup     site.yaml -> Config; themes/ -> Theme; translations/ -> Localizer; Templates
//! load      content/             -> Vec<Document>
//! model     documents            -> Site
//! render    Site, per language   -> Vec<Rendered>
//! leaflets  typst, per language  -> PDFs (before the templates: pages link to them)
//! output    templates + write    -> public/ (staged, then swapped in)
//! ```
//!
//! Problems are collected from every stage that can run; the run stops before writing
//! if any is an error, so a bad edit never reaches `public/`. `serve` reuses [`Setup`],
//! [`load_content`] and [`render_all`] to rebuild only what a change touches.
//!
//! The modules follow the same order: each imports only those below it, never one that
//! imports it back (`tests/imports.rs` fails on a circle).
//!
//! 1. Shared leaves: `diag`, `error`, `layout` (site.yaml, content/, slugs), `escape`,
//!    `yaml`, `collate`, `bidi`, `readability`.
//! 2. Settings: `config`, with `brand`, `directory::settings` and `leaflets::settings`;
//!    then `theme` and `localise`, which read what the settings name.
//! 3. Loading: `load` (`walk`, `front_matter`, which uses the service and leaflet field
//!    types of `directory::fields` and `leaflets::settings`).
//! 4. The model: `model`, which checks the services with `directory::validate`.
//! 5. Made from the model: `render`, `template`, `directory::views` and `openreferral`,
//!    `leaflets`, `search`.
//! 6. Output: `output`, `write`.
//! 7. This module, and the commands: `check`, `serve`, `translate`, `init`, `scaffold`, `cli`.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::check;
use crate::config::Config;
use crate::diag::{Diagnostics, Pos};
use crate::error::Error;
use crate::leaflets::{self, Cache, Kit, Leaflets};
use crate::load::{front_matter, walk, Asset, Document};
use crate::localise::Localizer;
use crate::model::{self, Site};
use crate::output::{self, Inputs, Written};
use crate::render::{self, Rendered};
use crate::search::Vocabulary;
use crate::template::Templates;
use crate::theme::Theme;
use crate::write::Sink;

/// What to build, from the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// Where to write; `None` checks without writing.
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    /// Also run the editorial checks (`localoffer check`).
    pub editorial: bool,
    /// With `editorial`: the share of pages (percent) each language must have translated,
    /// below which `check` fails (`--min-coverage`).
    pub min_coverage: Option<u8>,
    /// Replace an output folder that holds files localoffer did not write.
    pub force: bool,
}

/// A finished run: what was written, the warnings, and the previous output, moved aside
/// for the caller to remove.
pub struct Report {
    pub written: Written,
    pub warnings: Diagnostics,
    pub previous: crate::write::Previous,
}

/// Everything a build needs besides the content: loaded once per run, and again in
/// `serve` only when site.yaml, the theme or the translations change.
pub struct Setup {
    pub config: Config,
    pub theme: Theme,
    pub localizer: Arc<Localizer>,
    pub templates: Templates,
    pub vocabulary: Vocabulary,
    /// typst's library, the leaflet template and its fonts, read once.
    pub leaflet_kit: Kit,
}

impl Setup {
    /// Loads the settings, theme and strings. A broken site.yaml stops here; problems in the
    /// theme or the strings are returned beside whatever could be loaded, so the content
    /// can still be checked in the same run.
    pub fn load(root: &Path, base_url: Option<&str>) -> Result<(Option<Setup>, Config, Diagnostics), Diagnostics> {
        let config = Config::load(root, base_url)?;
        let mut diagnostics = Diagnostics::new();
        let (theme, theme_diagnostics) = Theme::load(&config);
        diagnostics.extend(theme_diagnostics);
        let (localizer, localise_diagnostics) = Localizer::load(&config);
        diagnostics.extend(localise_diagnostics);
        diagnostics.extend(missing_strings(&config, &localizer));
        let (vocabulary, vocabulary_diagnostics) = Vocabulary::load(&config);
        diagnostics.extend(vocabulary_diagnostics);
        let (leaflet_kit, kit_diagnostics) = Kit::new(&theme.leaflet);
        diagnostics.extend(kit_diagnostics);
        let localizer = Arc::new(localizer);
        let languages: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
        let setup = match (Templates::new(&theme, Arc::clone(&localizer), &languages, &config.base_path), leaflet_kit) {
            (Ok(templates), Some(leaflet_kit)) => Some(Setup { config: config.clone(), theme, localizer, templates, vocabulary, leaflet_kit }),
            (Err(template_diagnostics), _) => {
                diagnostics.extend(template_diagnostics);
                None
            }
            (Ok(_), None) => None,
        };
        Ok((setup, config, diagnostics))
    }
}

/// What was read under `content/`.
pub struct Content {
    pub documents: Vec<Document>,
    pub assets: Vec<Asset>,
    /// The files that could not be loaded, each with its error in `diagnostics`.
    pub unreadable: Vec<PathBuf>,
    pub diagnostics: Diagnostics,
}

/// Reads and parses every file under `content/`.
pub fn load_content(config: &Config) -> Content {
    let walked = walk::walk(config);
    let mut diagnostics = walked.diagnostics;
    let parsed: Vec<_> = walked.sources.into_par_iter().map(front_matter::parse).collect();
    let mut documents = Vec::with_capacity(parsed.len());
    let mut unreadable = Vec::new();
    for result in parsed {
        match result {
            Ok(document) => documents.push(document),
            Err(diagnostic) => {
                unreadable.push(diagnostic.file.clone());
                diagnostics.push(diagnostic);
            }
        }
    }
    Content { documents, assets: walked.assets, unreadable, diagnostics }
}

/// Builds (or, without an output, checks) the site.
pub fn run(options: &Options) -> Result<Report, Error> {
    let started = Instant::now();
    // Before anything is read or written: a mistyped --output must cost nothing.
    let output = match &options.output {
        Some(output) => Some(crate::write::guard::check(&options.root, output, options.force).map_err(Error::Refused)?),
        None => None,
    };
    // Held until the new output is in place: a second build on the same output stops here.
    let _lock = output.as_deref().map(crate::write::lock::OutputLock::take).transpose()?;
    let (setup, config, mut diagnostics) = Setup::load(&options.root, options.base_url.as_deref()).map_err(Error::Content)?;
    let content = load_content(&config);
    diagnostics.extend(content.diagnostics);
    log::info!("loaded {} files ({} images and other files)", content.documents.len(), content.assets.len());

    let (mut site, model_diagnostics) = model::build(config, content.documents, content.assets, &content.unreadable);
    diagnostics.extend(model_diagnostics);
    let (rendered, render_diagnostics) = render_all(&site);
    diagnostics.extend(render_diagnostics);
    if options.editorial {
        diagnostics.extend(check::editorial(&site, chrono::Local::now().date_naive(), options.min_coverage));
    }
    if let Some(setup) = &setup {
        diagnostics.extend(leaflets::check(&site, &setup.localizer, &setup.leaflet_kit, &rendered));
    }
    log::info!("rendered {} pages in {} languages", site.pages.len(), site.languages().len());
    log::debug!("loaded and rendered in {:?}", started.elapsed());
    let setup = match setup {
        Some(setup) if !diagnostics.has_errors() => setup,
        _ => return Err(Error::Content(diagnostics)),
    };

    // `check` typesets too (typst finds errors only then), reading the cache but not
    // writing it.
    let cache = Cache::new(&site.config.root, options.output.is_some());
    let leaflets = typeset_leaflets(&site, &setup, &rendered, &cache)?;
    site.release_bodies();
    let sink = match &output {
        Some(output) => Sink::staging(output)?,
        None => Sink::discard(),
    };
    let inputs = Inputs { site: &site, localizer: &setup.localizer, theme: &setup.theme, templates: &setup.templates, vocabulary: &setup.vocabulary, rendered: &rendered, leaflets: &leaflets, cards: Default::default() };
    let written = match output::publish(&inputs, &sink) {
        Ok(written) => written,
        Err(err) => {
            sink.abandon();
            return Err(err);
        }
    };
    let swapping = std::time::Instant::now();
    let previous = sink.finish()?;
    log::debug!("output swapped in, in {:?}", swapping.elapsed());
    match options.output {
        Some(_) => log::info!("wrote {} pages ({} files)", written.pages, written.files),
        None => log::info!("checked {} pages", written.pages),
    }
    log::debug!("built in {:?}", started.elapsed());
    Ok(Report { written, warnings: diagnostics, previous })
}

/// The leaflets of the site (timed at debug level by `leaflets::typeset`).
pub fn typeset_leaflets(site: &Site, setup: &Setup, rendered: &[Rendered], cache: &Cache) -> Result<Leaflets, Error> {
    let sources = leaflets::Sources { site, localizer: &setup.localizer, kit: &setup.leaflet_kit, rendered };
    let leaflets = leaflets::typeset(&sources, cache)?;
    if !leaflets.is_empty() {
        log::info!("typeset {} leaflets", leaflets.len());
    }
    Ok(leaflets)
}

/// Every page in every language, in the order of `Site::page_languages`.
pub fn render_all(site: &Site) -> (Vec<Rendered>, Diagnostics) {
    let pages: Vec<Vec<(Rendered, Diagnostics)>> = (0..site.pages.len()).into_par_iter().map(|p| render_languages(site, p)).collect();
    let mut diagnostics = Diagnostics::new();
    let rendered = pages
        .into_iter()
        .flatten()
        .map(|(rendered, found)| {
            diagnostics.extend(found);
            rendered
        })
        .collect();
    (rendered, diagnostics)
}

/// One page in each language, in the site's order. An untranslated version is the
/// default-language body with its links pointed into the reader's language.
fn render_languages(site: &Site, page: usize) -> Vec<(Rendered, Diagnostics)> {
    let default = site.default_lang();
    let source = render_one(site, page, default);
    let languages = site.languages().iter().map(|l| l.code.as_str());
    languages
        .map(|lang| {
            if lang == default {
                return source.clone();
            }
            if site.pages[page].docs.contains_key(lang) {
                return render_one(site, page, lang);
            }
            match render::relink(site, &source.0, lang) {
                Some(relinked) => (relinked, Diagnostics::new()),
                None => render_one(site, page, lang),
            }
        })
        .collect()
}

/// One page in one language, with the problems of its text.
pub fn render_one(site: &Site, page: usize, lang: &str) -> (Rendered, Diagnostics) {
    let mut found = Diagnostics::new();
    let (doc, translated) = site.pages[page].doc(lang, site.default_lang());
    let rendered = render::render(site, doc, lang, &mut found);
    // An untranslated page is the default text again: its problems are reported once.
    if !translated {
        found = Diagnostics::new();
    }
    (rendered, found)
}

/// A warning per language that lacks interface strings the default language has.
fn missing_strings(config: &Config, localizer: &Localizer) -> Diagnostics {
    let mut warnings = Diagnostics::new();
    for language in config.languages.iter().filter(|l| l.code != config.default_language) {
        let missing = localizer.missing_keys(&language.code);
        if missing.is_empty() {
            continue;
        }
        let file = PathBuf::from(format!("translations/{}.ftl", language.code));
        let message = format!("{} interface string(s) are not translated into {}: {}", missing.len(), language.name, missing.join(", "));
        let hint = format!("add them to {}; until then the {} text is shown", file.display(), config.default_lang().name);
        warnings.warning(&file, Pos::START, message, hint);
    }
    warnings.extend(missing_names(config, localizer));
    warnings
}

/// The site's topics and categories are named in site.yaml in the default language; each
/// other language names them in its `translations/<lang>.ftl` (`topic-<id> = ...`).
fn missing_names(config: &Config, localizer: &Localizer) -> Diagnostics {
    let mut warnings = Diagnostics::new();
    let topics = config.topics.iter().map(|t| format!("topic-{}", t.id));
    let categories = config.directory.iter().flat_map(|d| d.categories.iter().map(|c| format!("category-{}", c.id)));
    let keys: Vec<String> = topics.chain(categories).collect();
    for language in config.languages.iter().filter(|l| l.code != config.default_language) {
        let missing: Vec<&str> = keys.iter().filter(|k| localizer.lookup(&language.code, k, None).is_none()).map(String::as_str).collect();
        if missing.is_empty() {
            continue;
        }
        let file = PathBuf::from(format!("translations/{}.ftl", language.code));
        let message = format!("{} topic or category name(s) are not translated into {}: {}", missing.len(), language.name, missing.join(", "));
        let hint = format!("add them to {}, like {} = ...; until then the {} name is shown", file.display(), missing[0], config.default_lang().name);
        warnings.warning(&file, Pos::START, message, hint);
    }
    warnings
}
