//! Everything the site publishes, rendered through the templates and handed to the
//! [`Sink`]: pages in every language, topic listings, the language chooser, 404, redirects
//! for old addresses, sitemap, robots.txt, theme files and content images.

pub mod sitemap;
pub mod views;

use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::error::Error;
use crate::localise::Localizer;
use crate::model::Site;
use crate::render::Rendered;
use crate::template::{Context, Templates};
use crate::theme::Theme;
use crate::write::Sink;
use views::Views;

pub struct Inputs<'a> {
    pub site: &'a Site,
    pub localizer: &'a Localizer,
    pub theme: &'a Theme,
    pub templates: &'a Templates,
    /// Indexed like `Site::page_languages()`.
    pub rendered: &'a [Rendered],
}

/// What was written, for the summary line.
#[derive(Debug, Default)]
pub struct Written {
    pub pages: usize,
    pub files: usize,
}

/// Renders and writes everything; template failures are diagnostics against the theme.
pub fn publish(inputs: &Inputs, sink: &Sink) -> Result<Written, Error> {
    let site = inputs.site;
    let views = Views { site, localizer: inputs.localizer };
    let languages: Vec<&str> = site.languages().iter().map(|l| l.code.as_str()).collect();
    let render = |template: &str, context: &Context, path: String| -> Result<(), Error> {
        let html = inputs.templates.render(template, context).map_err(|why| template_error(template, &path, why))?;
        sink.write(&path, html.as_bytes())
    };

    let pairs: Vec<(usize, &str)> = site.page_languages().collect();
    pairs.par_iter().zip(inputs.rendered.par_iter()).try_for_each(|(&(p, lang), rendered)| {
        let context = views.page(p, lang, rendered);
        let template = match context.page.kind {
            "home" => "home.html",
            "section" => "section.html",
            _ => "page.html",
        };
        render(template, &context, format!("{}index.html", site.page_path(p, lang)))
    })?;

    let topic_ids: Vec<&String> = site.topic_pages.keys().collect();
    languages.par_iter().try_for_each(|&lang| {
        render("topics.html", &views.topics(lang), format!("{lang}/topics/index.html"))?;
        topic_ids.iter().try_for_each(|id| render("topic.html", &views.topic(id, lang), format!("{}index.html", Views::topic_path(lang, id))))
    })?;

    render("chooser.html", &views.root("chooser"), "index.html".into())?;
    render("404.html", &views.root("not-found"), "404.html".into())?;
    for (alias, (p, lang)) in &site.aliases {
        render("redirect.html", &views.redirect(*p, lang), format!("{alias}index.html"))?;
    }

    let mut extra = vec!["topics/".to_string()];
    extra.extend(topic_ids.iter().map(|id| format!("topics/{id}/")));
    sink.write("sitemap.xml", sitemap::sitemap(site, &extra).as_bytes())?;
    sink.write("robots.txt", sitemap::robots(site).as_bytes())?;
    for file in inputs.theme.statics.values() {
        sink.write(&file.output, &file.bytes)?;
    }
    for asset in site.assets.values() {
        let published = site.asset_url(&asset.rel);
        let path = published.strip_prefix(&site.config.base_path).unwrap_or(&published);
        sink.copy(&site.config.root.join(&asset.path), path)?;
    }

    let topic_pages = languages.len() * (topic_ids.len() + 1);
    let pages = pairs.len() + topic_pages + 2 + site.aliases.len();
    Ok(Written { pages, files: pages + 2 + inputs.theme.statics.len() + site.assets.len() })
}

fn template_error(template: &str, path: &str, why: String) -> Error {
    let file = format!("themes/default/templates/{template}");
    let diagnostic = Diagnostic::error(file, Pos::START, format!("rendering {path} failed: {why}"), "check the template's variables against the README's template context");
    Error::Content(Diagnostics::from_iter([diagnostic]))
}
