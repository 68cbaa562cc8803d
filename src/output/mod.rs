//! Everything the site publishes, rendered through the templates and handed to the
//! [`Sink`]: pages in every language, topic listings, the language chooser, 404, redirects
//! for old addresses, sitemap, robots.txt, theme files and content images, and the
//! leaflets (typeset before, by [`crate::leaflets`]) with their list in every language.

pub mod headers;
pub mod sitemap;
pub mod statements;
pub mod untranslated;
pub mod views;

use rayon::prelude::*;

use crate::config::Direction;
use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::error::Error;
use crate::load::walk::Asset;
use crate::localise::{Arg, Localizer};
use crate::model::Site;
use crate::render::Rendered;
use crate::template::{Context, Fault, Templates};
use crate::theme::Theme;
use crate::write::Sink;
use crate::directory::openreferral;
use crate::search::Vocabulary;
use crate::directory::views::{AgeBand, Filter, LanguageCards, ServiceViews};
use crate::leaflets::Leaflets;
use views::Views;

pub struct Inputs<'a> {
    pub site: &'a Site,
    pub localizer: &'a Localizer,
    pub theme: &'a Theme,
    pub templates: &'a Templates,
    pub vocabulary: &'a Vocabulary,
    /// Indexed like `Site::page_languages()`.
    pub rendered: &'a [Rendered],
    pub leaflets: &'a Leaflets,
    /// The services' cards of each language, rendered once for the directory and its
    /// filter pages (start with `Default::default()`).
    pub cards: CardCache,
}

/// Each language's rendered service cards, made when first needed.
#[derive(Default)]
pub struct CardCache(std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<LanguageCards>>>);

/// What was written, for the summary line.
#[derive(Debug, Default)]
pub struct Written {
    pub pages: usize,
    pub files: usize,
}

/// Renders and writes everything; template failures are diagnostics against the theme.
pub fn publish(inputs: &Inputs, sink: &Sink) -> Result<Written, Error> {
    let site = inputs.site;
    let timed = |what: &str, step: &dyn Fn() -> Result<(), Error>| {
        let started = std::time::Instant::now();
        let result = step();
        log::debug!("{what} in {:?}", started.elapsed());
        result
    };
    // The search index beside the pages: it needs only what was rendered, and each keeps
    // the cores busy while the other waits (the index merging a batch, the pages creating
    // files). One after the other, the cores were idle a fifth of the time.
    let (pages, indexed) = rayon::join(
        || -> Result<(), Error> {
            timed("pages written", &|| publish_pages(inputs, sink, |_| true))?;
            timed("topics written", &|| publish_topics(inputs, sink))?;
            publish_duties(inputs, sink)?;
            timed("directory written", &|| publish_directory(inputs, sink))?;
            publish_root(inputs, sink)?;
            publish_files(inputs, sink)?;
            publish_leaflets(inputs, sink)
        },
        || publish_search(inputs, sink),
    );
    pages?;
    let indexed = indexed?;
    publish_own_pages(inputs, sink)?;
    let packs = crate::offline::publish(site, inputs.localizer, sink, &indexed, &own_files(site))?;
    let languages = site.languages().len();
    let filter_pages = languages * (Filter::all(site).len() + AgeBand::all(site).len());
    let leaflet_lists = if site.leaflets.is_empty() { 0 } else { languages };
    let own_pages = languages * own_pages(site).len();
    let pages = site.pages.len() * languages + languages * (site.topic_pages.len() + 5) + filter_pages + 2 + site.aliases.len() + leaflet_lists + own_pages;
    let list_cards = if site.config.directory.is_some() { languages } else { 0 };
    let offline = if packs.is_empty() { 0 } else { packs.len() + 1 };
    Ok(Written { pages, files: pages + 3 + inputs.theme.statics.len() + site.assets.len() + inputs.leaflets.len() + list_cards + offline })
}

fn render(inputs: &Inputs, sink: &Sink, template: &str, context: &Context, path: String) -> Result<(), Error> {
    let html = inputs.templates.render(template, context).map_err(|why| template_error(inputs.theme, template, &path, why))?;
    sink.write(&path, reading_order(&html, context.lang.dir).as_bytes())
}

/// A directory page or one of its filter pages, with the cards of the services it lists
/// and of those that do not state the fact it filters on (each already in reading order:
/// [`service_cards`]).
fn render_directory(inputs: &Inputs, sink: &Sink, context: &Context, cards: &[&str], unstated: &[&str], path: String) -> Result<(), Error> {
    let html = inputs.templates.render("directory.html", context).map_err(|why| template_error(inputs.theme, "directory.html", &path, why))?;
    sink.write(&path, crate::directory::views::splice_cards(&reading_order(&html, context.lang.dir), cards, unstated).as_bytes())
}

/// A page of a right-to-left language with its phone numbers, postcodes and addresses
/// marked to read left to right ([`crate::bidi`]); any other page as it is.
fn reading_order(html: &str, dir: Direction) -> std::borrow::Cow<'_, str> {
    match dir {
        Direction::Rtl => crate::bidi::isolate_html(html),
        Direction::Ltr => html.into(),
    }
}

/// Every page for which `wanted(page)` holds, in every language, in parallel.
pub fn publish_pages(inputs: &Inputs, sink: &Sink, wanted: impl Fn(usize) -> bool + Sync) -> Result<(), Error> {
    let site = inputs.site;
    let views = Views { site, localizer: inputs.localizer };
    let pairs: Vec<(usize, &str)> = site.page_languages().collect();
    pairs.par_iter().zip(inputs.rendered.par_iter()).filter(|((p, _), _)| wanted(*p)).try_for_each(|(&(p, lang), rendered)| {
        let mut context = views.page(p, lang, rendered);
        context.leaflet = views.leaflet_link(inputs.leaflets, p, lang);
        for &service in &rendered.cards {
            let card = views.contact_card(service, lang);
            let html = inputs.templates.render("contact-card.html", &card).map_err(|why| template_error(inputs.theme, "contact-card.html", &site.page_path(p, lang), why))?;
            context.page.content = context.page.content.replace(&crate::render::card_marker(service), &html);
        }
        if lang != site.default_lang() {
            let marker = crate::escape::escape_html(&inputs.localizer.t(lang, "in-default-language", None));
            if let std::borrow::Cow::Owned(marked) = untranslated::mark_links(site, &context.page.content, lang, &marker) {
                context.page.content = marked;
            }
        }
        let path = format!("{}index.html", site.page_path(p, lang));
        if context.page.kind == "directory" {
            let cards = service_cards(inputs, lang)?;
            context.directory = Some(ServiceViews { site, localizer: inputs.localizer }.directory_of(lang, None, &cards));
            return render_directory(inputs, sink, &context, &cards.shown(None), &[], path);
        }
        let template = match context.page.kind {
            "home" => "home.html",
            "section" => "section.html",
            "service" => "service.html",
            _ => "page.html",
        };
        render(inputs, sink, template, &context, path)
    })
}

/// The topic listings and the list of topics, in every language.
pub fn publish_topics(inputs: &Inputs, sink: &Sink) -> Result<(), Error> {
    let site = inputs.site;
    let views = Views { site, localizer: inputs.localizer };
    let languages: Vec<&str> = site.languages().iter().map(|l| l.code.as_str()).collect();
    languages.par_iter().try_for_each(|&lang| {
        render(inputs, sink, "topics.html", &views.topics(lang), format!("{lang}/topics/index.html"))?;
        site.topic_pages.keys().try_for_each(|id| render(inputs, sink, "topic.html", &views.topic(id, lang), format!("{}index.html", Views::topic_path(lang, id))))
    })
}

/// The pages of the Local Offer's legal duties, in every language: what it covers, and
/// the privacy notice and the accessibility statement.
pub fn publish_duties(inputs: &Inputs, sink: &Sink) -> Result<(), Error> {
    let site = inputs.site;
    let views = Views { site, localizer: inputs.localizer };
    site.languages().par_iter().try_for_each(|l| {
        render(inputs, sink, "coverage.html", &views.coverage(&l.code), format!("{}index.html", Views::coverage_path(&site.config.coverage_page, &l.code)))?;
        render(inputs, sink, "statement.html", &views.privacy(&l.code), format!("{}/{}/index.html", l.code, crate::duties::PRIVACY_PAGE))?;
        render(inputs, sink, "statement.html", &views.accessibility(&l.code), format!("{}/{}/index.html", l.code, crate::duties::accessibility::PAGE))
    })
}

/// The directory's pre-rendered filter pages, one per need, category and age band, in
/// every language.
pub fn publish_directory(inputs: &Inputs, sink: &Sink) -> Result<(), Error> {
    let site = inputs.site;
    let Some(settings) = &site.config.directory else { return Ok(()) };
    let Some(section) = site.page(&settings.section) else { return Ok(()) };
    let views = Views { site, localizer: inputs.localizer };
    let filters = Filter::all(site);
    let languages: Vec<&str> = site.languages().iter().map(|l| l.code.as_str()).collect();
    let filter_pages = || {
        languages.par_iter().try_for_each(|&lang| {
            let cards = service_cards(inputs, lang)?;
            filters.par_iter().try_for_each(|filter| {
                let path = format!("{}{}index.html", site.page_path(section, lang), filter.path());
                // A need's page lists apart the services that name no area of need, a
                // category's those that name no type of service.
                render_directory(inputs, sink, &views.directory_filter(lang, filter, &cards), &cards.shown(Some(filter)), &cards.unstated(filter), path)
            })?;
            AgeBand::ALL.par_iter().try_for_each(|&band| {
                let path = format!("{}{}index.html", site.page_path(section, lang), band.path());
                let (within, unstated) = cards.of_ages(band);
                render_directory(inputs, sink, &age_band_context(&views, section, lang, band, &cards), &within, &unstated, path)
            })
        })
    };
    let (pages, export) = rayon::join(filter_pages, || openreferral::publish(site, sink));
    pages.and(export)
}

/// The context of an age band's page. It shares all but its title, address and services
/// (and so the group of services it lists apart) with the filter pages of needs, whose
/// context it starts from.
fn age_band_context(views: &Views, section: usize, lang: &str, band: AgeBand, cards: &LanguageCards) -> Context {
    let (site, localizer) = (views.site, views.localizer);
    let services = ServiceViews { site, localizer };
    let path = |l: &str| format!("{}{}", site.page_path(section, l), band.path());
    let mut context = views.directory_filter(lang, &Filter::Need(crate::directory::Need::AREAS[0]), cards);
    let name = services.ages_text(lang, band.from, band.to);
    context.page.title = localizer.t_repeated(lang, "directory-filter-title", &[("filter", Arg::Text(&name))], false);
    let (from, to) = (Arg::Number(band.from.into()), Arg::Number(band.to.into()));
    context.page.description = localizer.t_repeated(lang, "directory-ages-intro", &[("from", from), ("to", to)], true);
    context.page.url = format!("{}{}", site.config.base_path, path(lang));
    context.page.permalink = site.config.absolute_url(&path(lang));
    for alternate in &mut context.alternates {
        alternate.url = format!("{}{}", site.config.base_path, path(&alternate.code));
        alternate.permalink = site.config.absolute_url(&path(&alternate.code));
    }
    context.directory = Some(services.directory_of_ages(lang, band, cards));
    context
}

/// Every service's card in `lang`, in the directory's order, rendered by
/// `service-card.html`: once a language, for the directory and all its filter pages.
fn service_cards(inputs: &Inputs, lang: &str) -> Result<std::sync::Arc<LanguageCards>, Error> {
    let cached = || inputs.cards.0.lock().expect("no thread panics holding the cache").get(lang).cloned();
    if let Some(cards) = cached() {
        return Ok(cards);
    }
    let site = inputs.site;
    let services = ServiceViews { site, localizer: inputs.localizer };
    let default = site.config.language(&site.config.default_language).expect("the default language is listed");
    let dir = site.config.language(lang).map_or(Direction::Ltr, |l| l.dir);
    let mut base = tera::Context::new();
    base.insert("default_lang", &views::lang_view(default));
    let rendered = services
        .cards(lang)
        .into_par_iter()
        .map(|card| {
            let mut context = base.clone();
            context.insert("card", &card);
            let html = inputs.templates.render_part("service-card.html", lang, &context).map_err(|why| template_error(inputs.theme, "service-card.html", &card.url, why))?;
            let html = match reading_order(&html, dir) {
                std::borrow::Cow::Owned(marked) => marked,
                std::borrow::Cow::Borrowed(_) => html,
            };
            Ok((card, html))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let cards = std::sync::Arc::new(LanguageCards::new(rendered));
    inputs.cards.0.lock().expect("no thread panics holding the cache").insert(lang.to_string(), std::sync::Arc::clone(&cards));
    Ok(cards)
}

/// The search page of every language and the search index.
pub fn publish_search(inputs: &Inputs, sink: &Sink) -> Result<crate::search::Indexed, Error> {
    publish_search_pages(inputs, sink)?;
    publish_search_index(inputs, sink)
}

/// The pages every language has that are made of interface strings only, by kind and
/// path under the language: the offline page, and My list with a directory of services.
fn own_pages(site: &Site) -> Vec<(&'static str, &'static str)> {
    let mut pages = vec![("offline", crate::offline::PAGE)];
    if site.config.directory.is_some() {
        pages.push(("my-list", crate::directory::list::PAGE));
    }
    pages
}

/// What "Save for offline" stores of each language besides its content's pages: the
/// search page and the pages of [`own_pages`], and My list's cards of the services.
fn own_files(site: &Site) -> Vec<String> {
    let mut files = vec!["search/".to_string()];
    files.extend(own_pages(site).into_iter().map(|(_, rel)| format!("{rel}/")));
    if site.config.directory.is_some() {
        files.push(crate::directory::list::CARDS.to_string());
    }
    files
}

/// The offline page and My list in every language, and My list's cards of the services.
pub fn publish_own_pages(inputs: &Inputs, sink: &Sink) -> Result<(), Error> {
    let site = inputs.site;
    let views = Views { site, localizer: inputs.localizer };
    let services = ServiceViews { site, localizer: inputs.localizer };
    site.languages().par_iter().try_for_each(|l| {
        for (kind, rel) in own_pages(site) {
            render(inputs, sink, &format!("{kind}.html"), &views.own_page(&l.code, kind, rel), format!("{}/{rel}/index.html", l.code))?;
        }
        if site.config.directory.is_some() && !sink.is_discard() {
            sink.write(&format!("{}/{}", l.code, crate::directory::list::CARDS), &services.list_cards(&l.code))?;
        }
        Ok(())
    })
}

/// The search pages, which list every page A to Z.
pub fn publish_search_pages(inputs: &Inputs, sink: &Sink) -> Result<(), Error> {
    let views = Views { site: inputs.site, localizer: inputs.localizer };
    inputs.site.languages().par_iter().try_for_each(|l| render(inputs, sink, "search.html", &views.search(&l.code), format!("{}/search/index.html", l.code)))
}

/// The Pagefind index of every language.
pub fn publish_search_index(inputs: &Inputs, sink: &Sink) -> Result<crate::search::Indexed, Error> {
    if sink.is_discard() {
        return Ok(Default::default());
    }
    let started = std::time::Instant::now();
    let indexed = crate::search::index(inputs.site, inputs.localizer, inputs.vocabulary, inputs.rendered, &|file| sink.write_file(file))?;
    log::debug!("search index: {} files in {:?}", indexed.files, started.elapsed());
    Ok(indexed)
}

/// The leaflets' PDFs and the list of leaflets in every language.
pub fn publish_leaflets(inputs: &Inputs, sink: &Sink) -> Result<(), Error> {
    let site = inputs.site;
    if site.leaflets.is_empty() {
        return Ok(());
    }
    publish_leaflet_lists(inputs, sink)?;
    inputs.leaflets.files().try_for_each(|leaflet| sink.write(&leaflet.path, &leaflet.bytes))
}

/// The list of leaflets in every language (each with its PDF's size).
pub fn publish_leaflet_lists(inputs: &Inputs, sink: &Sink) -> Result<(), Error> {
    let views = Views { site: inputs.site, localizer: inputs.localizer };
    inputs.site.languages().par_iter().try_for_each(|l| render(inputs, sink, "leaflets.html", &views.leaflets(&l.code, inputs.leaflets), format!("{}/leaflets/index.html", l.code)))
}

/// The language chooser, the not-found page and the redirects from old addresses.
pub fn publish_root(inputs: &Inputs, sink: &Sink) -> Result<(), Error> {
    let views = Views { site: inputs.site, localizer: inputs.localizer };
    render(inputs, sink, "chooser.html", &views.root("chooser"), "index.html".into())?;
    render(inputs, sink, "404.html", &views.root("not-found"), "404.html".into())?;
    for (alias, (p, lang)) in &inputs.site.aliases {
        render(inputs, sink, "redirect.html", &views.redirect(*p, lang), format!("{alias}index.html"))?;
    }
    Ok(())
}

/// sitemap.xml, robots.txt, the theme's files and the content's images.
pub fn publish_files(inputs: &Inputs, sink: &Sink) -> Result<(), Error> {
    publish_site_files(inputs, sink)?;
    publish_theme_files(inputs, sink)?;
    publish_assets(inputs, sink, |_| true)
}

/// sitemap.xml, robots.txt and `_headers`: they change with the pages' front matter and
/// the settings, not with the pages' text.
pub fn publish_site_files(inputs: &Inputs, sink: &Sink) -> Result<(), Error> {
    let site = inputs.site;
    let mut extra = vec!["topics/".to_string(), "search/".to_string(), format!("{}/", site.config.coverage_page), format!("{}/", crate::duties::PRIVACY_PAGE), format!("{}/", crate::duties::accessibility::PAGE)];
    if !site.leaflets.is_empty() {
        extra.push("leaflets/".to_string());
    }
    extra.extend(site.topic_pages.keys().map(|id| format!("topics/{id}/")));
    if let Some(settings) = site.config.directory.as_ref().filter(|s| site.page(&s.section).is_some()) {
        extra.extend(Filter::all(site).iter().map(|f| format!("{}/{}", settings.section, f.path())));
        extra.extend(AgeBand::all(site).iter().map(|band| format!("{}/{}", settings.section, band.path())));
    }
    sink.write("sitemap.xml", sitemap::sitemap(site, &extra).as_bytes())?;
    sink.write("robots.txt", sitemap::robots(site).as_bytes())?;
    sink.write("_headers", headers::headers(site).as_bytes())
}

/// The theme's scripts, styles and images.
pub fn publish_theme_files(inputs: &Inputs, sink: &Sink) -> Result<(), Error> {
    inputs.theme.statics.values().try_for_each(|file| sink.write(&file.output, &file.bytes))
}

/// The content's images and other files for which `wanted` holds.
pub fn publish_assets(inputs: &Inputs, sink: &Sink, wanted: impl Fn(&Asset) -> bool) -> Result<(), Error> {
    let site = inputs.site;
    site.assets.values().filter(|asset| wanted(asset)).try_for_each(|asset| sink.copy(&site.config.root.join(&asset.path), &asset_output_path(site, &asset.rel)))
}

/// Where a content file (an image) is published, under the output folder.
pub fn asset_output_path(site: &Site, rel: &str) -> String {
    let published = site.asset_url(rel);
    published.strip_prefix(&site.config.base_path).unwrap_or(&published).to_string()
}

/// A template that failed while rendering `path`. A variable the context does not have
/// is located where a template of the theme uses it (Tera names only the template it was
/// asked to render, not the parent or include that uses the variable); anything else
/// points at the template itself.
fn template_error(theme: &Theme, template: &str, path: &str, fault: Fault) -> Error {
    let hint = "check the template's variables against the README's template context";
    // Tera names the template and the place of the tag at fault: in `template` or in one it
    // extends or includes.
    let at_fault = fault.template.as_deref().unwrap_or(template);
    let file = theme.templates.iter().find(|f| f.name == at_fault).map_or_else(|| format!("themes/default/templates/{at_fault}").into(), |f| f.origin.clone());
    let message = format!("rendering {path} failed: {}", fault.message.replace('\n', " ").replace('`', "'"));
    Error::Content(Diagnostics::from_iter([Diagnostic::error(file, fault.pos.unwrap_or(Pos::START), message, hint)]))
}
