//! Runs the stages in order; the only place that knows the order.
//!
//! ```text
//! config    site.yaml            -> Config
//! theme     themes/, built-in    -> Theme          localise  translations/ -> Localizer
//! load      content/             -> Vec<Document>
//! model     documents            -> Site
//! render    Site, per language   -> Vec<Rendered>
//! template  + write              -> public/ (staged, then swapped in)
//! ```
//!
//! Problems are collected from every stage that can run; the run stops before writing
//! if any is an error, so a bad edit never reaches `public/`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::check;
use crate::config::Config;
use crate::diag::{Diagnostics, Pos};
use crate::error::Error;
use crate::load::{front_matter, walk};
use crate::localise::Localizer;
use crate::model::{self, Site};
use crate::output::{self, Inputs, Written};
use crate::render::{self, Rendered};
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
}

/// A finished run: what was written and the warnings.
#[derive(Debug)]
pub struct Report {
    pub written: Written,
    pub warnings: Diagnostics,
}

/// Builds (or, without an output, checks) the site.
pub fn run(options: &Options) -> Result<Report, Error> {
    let started = Instant::now();
    let config = Config::load(&options.root, options.base_url.as_deref()).map_err(Error::Content)?;
    let mut diagnostics = Diagnostics::new();

    let (theme, theme_diagnostics) = Theme::load(&config);
    diagnostics.extend(theme_diagnostics);
    let (localizer, localise_diagnostics) = Localizer::load(&config);
    diagnostics.extend(localise_diagnostics);
    diagnostics.extend(missing_strings(&config, &localizer));

    let walked = walk::walk(&config);
    diagnostics.extend(walked.diagnostics);
    let parsed: Vec<_> = walked.sources.into_par_iter().map(front_matter::parse).collect();
    let mut documents = Vec::with_capacity(parsed.len());
    for result in parsed {
        match result {
            Ok(document) => documents.push(document),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    log::info!("loaded {} files ({} images and other files)", documents.len(), walked.assets.len());

    let (site, model_diagnostics) = model::build(config, documents, walked.assets);
    diagnostics.extend(model_diagnostics);
    let rendered = render_all(&site, &mut diagnostics);
    if options.editorial {
        diagnostics.extend(check::editorial(&site, chrono::Local::now().date_naive()));
    }
    log::info!("rendered {} pages in {} languages", site.pages.len(), site.languages().len());
    log::debug!("loaded and rendered in {:?}", started.elapsed());
    if diagnostics.has_errors() {
        return Err(Error::Content(diagnostics));
    }

    let localizer = Arc::new(localizer);
    let languages: Vec<String> = site.languages().iter().map(|l| l.code.clone()).collect();
    let templates = Templates::new(&theme, Arc::clone(&localizer), &languages, &site.config.base_path).map_err(Error::Content)?;
    let sink = match &options.output {
        Some(output) => Sink::staging(output)?,
        None => Sink::Discard,
    };
    let inputs = Inputs { site: &site, localizer: &localizer, theme: &theme, templates: &templates, rendered: &rendered };
    let written = match output::publish(&inputs, &sink) {
        Ok(written) => written,
        Err(err) => {
            sink.abandon();
            return Err(err);
        }
    };
    sink.finish()?;
    match options.output {
        Some(_) => log::info!("wrote {} pages ({} files)", written.pages, written.files),
        None => log::info!("checked {} pages", written.pages),
    }
    log::debug!("built in {:?}", started.elapsed());
    Ok(Report { written, warnings: diagnostics })
}

/// Every page in every language, in the order of `Site::page_languages`.
fn render_all(site: &Site, diagnostics: &mut Diagnostics) -> Vec<Rendered> {
    let pairs: Vec<(usize, &str)> = site.page_languages().collect();
    let results: Vec<(Rendered, Diagnostics)> = pairs
        .par_iter()
        .map(|&(p, lang)| {
            let mut found = Diagnostics::new();
            let (doc, translated) = site.pages[p].doc(lang, site.default_lang());
            let rendered = render::render(site, doc, lang, &mut found);
            // An untranslated page is the default text again: report its problems once.
            if !translated {
                found = Diagnostics::new();
            }
            (rendered, found)
        })
        .collect();
    results
        .into_iter()
        .map(|(rendered, found)| {
            diagnostics.extend(found);
            rendered
        })
        .collect()
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
    warnings
}
