//! Builds the template [`Context`] of every kind of page from the `Site`.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::config::Language;
use crate::directory::views::{Filter, LanguageCards, ServiceViews};
use crate::load::EntryKind;
use crate::localise::Localizer;
use crate::model::Site;
use crate::render::Rendered;
use crate::leaflets::{self, Leaflets};
use crate::template::context::{Alternate, BrandView, Context, CoverageEntry, DutyLinks, OtherFormatsView, InterpretingView, LangView, LeafletEntry, LeafletLink, LeafletVersion, Link, PageView, SiteView, TopicLink};

pub struct Views<'a> {
    pub site: &'a Site,
    pub localizer: &'a Localizer,
}

pub fn lang_view(language: &Language) -> LangView {
    LangView { code: language.code.clone(), name: language.name.clone(), dir: language.dir }
}

impl<'a> Views<'a> {
    fn language(&self, code: &str) -> &'a Language {
        self.site.config.language(code).expect("every output language is configured")
    }

    fn site_view(&self, lang: &str) -> SiteView {
        let config = &self.site.config;
        let (feedback, feedback_lang) = self.feedback(lang).map_or((None, None), |(url, text_lang)| (Some(url), text_lang));
        SiteView {
            title: config.title.clone(),
            base_path: config.base_path.clone(),
            feedback,
            feedback_lang,
            brand: config.brand.as_ref().map(|brand| {
                let (footer, footer_lang) = match brand.footer.get(lang) {
                    Some(lines) => (lines.clone(), None),
                    None => (brand.footer.get(&config.default_language).cloned().unwrap_or_default(), Some(config.default_language.clone()).filter(|_| brand.footer.contains_key(&config.default_language))),
                };
                BrandView { name: brand.name.clone(), logo: brand.logo_name(), footer, footer_lang }
            }),
            extra_styles: [(crate::theme::BRAND_CSS, config.brand.as_ref().is_some_and(|b| b.colour.is_some())), ("custom.css", config.custom_css)].into_iter().filter(|(_, has)| *has).map(|(name, _)| name).collect(),
            interpreting: config.interpreting.as_ref().map(|i| InterpretingView { phone: i.phone.clone(), tel: i.phone.as_deref().map(crate::directory::views::tel_href), url: i.url.clone() }),
            other_formats: config.other_formats.as_ref().map(|o| OtherFormatsView { phone: o.phone.clone(), tel: o.phone.as_deref().map(crate::directory::views::tel_href), email: o.email.clone(), address: o.address.clone() }),
            chooser_url: config.base_path.clone(),
            chooser_permalink: config.base_url.to_string(),
            languages: config.languages.iter().map(lang_view).collect(),
            default_lang: lang_view(config.default_lang()),
            csp: crate::output::headers::CSP_META,
        }
    }

    /// site.yaml's `feedback:` for a reader of `lang`, with the language of its text when that
    /// is another. The address of a page of this site (`<base_url>en/about/have-your-say/`)
    /// leads to that page in `lang`; any other address is kept as written.
    fn feedback(&self, lang: &str) -> Option<(String, Option<String>)> {
        let site = self.site;
        let href = &site.config.feedback.as_ref()?.href;
        let own_page = href.strip_prefix(site.config.base_url.as_str()).and_then(|rest| {
            let (path, suffix) = rest.split_at(rest.find(['?', '#']).unwrap_or(rest.len()));
            let (code, id) = path.split_once('/')?;
            let p = site.page(id.trim_end_matches('/')).filter(|_| site.config.is_language(code))?;
            let link = self.link(p, lang);
            Some((link.url + suffix, link.lang))
        });
        Some(own_page.unwrap_or_else(|| (href.clone(), None)))
    }

    /// The skeleton every page shares; `path_in` gives the page's path under the base in a language.
    pub(crate) fn context(&self, lang: &str, page: PageView, path_in: impl Fn(&str) -> String) -> Context {
        let config = &self.site.config;
        let alternates = config
            .languages
            .iter()
            .map(|l| {
                let path = path_in(&l.code);
                Alternate {
                    code: l.code.clone(),
                    name: l.name.clone(),
                    dir: l.dir,
                    url: format!("{}{path}", config.base_path),
                    permalink: config.absolute_url(&path),
                    current: l.code == lang,
                }
            })
            .collect();
        Context {
            site: self.site_view(lang),
            lang: lang_view(self.language(lang)),
            page,
            breadcrumbs: Vec::new(),
            children: Vec::new(),
            alternates,
            home: self.home_link(lang),
            home_url: format!("{}{lang}/", config.base_path),
            topics_url: format!("{}{lang}/topics/", config.base_path),
            search_url: format!("{}{lang}/search/", config.base_path),
            my_list_url: self.site.config.directory.is_some().then(|| format!("{}{lang}/{}/", config.base_path, crate::directory::list::PAGE)),
            redirect_to: None,
            service: None,
            directory: None,
            leaflets_url: (!self.site.leaflets.is_empty()).then(|| format!("{}{lang}/leaflets/", config.base_path)),
            leaflet: None,
            leaflets: Vec::new(),
            coverage: Vec::new(),
            duty_links: DutyLinks {
                coverage: format!("{}{}", config.base_path, Self::coverage_path(&config.coverage_page, lang)),
                privacy: format!("{}{lang}/{}/", config.base_path, crate::duties::PRIVACY_PAGE),
                accessibility: format!("{}{lang}/{}/", config.base_path, crate::duties::accessibility::PAGE),
            },
            statement: Vec::new(),
        }
    }

    /// A page every language has that is made of interface strings only: the offline
    /// page, My list. `kind` names its template (`<kind>.html`) and its strings
    /// (`<kind>-title`, `<kind>-intro`); `rel` is its path under the language.
    pub fn own_page(&self, lang: &str, kind: &'static str, rel: &str) -> Context {
        let config = &self.site.config;
        let path = |l: &str| format!("{l}/{rel}/");
        let view = PageView {
            kind,
            title: self.localizer.t(lang, &format!("{kind}-title"), None),
            description: self.localizer.t(lang, &format!("{kind}-intro"), None),
            url: format!("{}{}", config.base_path, path(lang)),
            permalink: config.absolute_url(&path(lang)),
            translated: true,
            ..PageView::default()
        };
        let mut context = self.context(lang, view, path);
        context.breadcrumbs = vec![self.home_link(lang)];
        // An empty list leads to the directory.
        if let Some(section) = config.directory.as_ref().and_then(|d| self.site.page(&d.section)).filter(|_| kind == "my-list") {
            context.children = vec![self.link(section, lang)];
        }
        context
    }

    /// The coverage page's path under the base in `lang`.
    pub fn coverage_path(page: &str, lang: &str) -> String {
        format!("{lang}/{page}/")
    }

    /// The generated page of what the Local Offer covers: each paragraph of Schedule 2,
    /// in plain words, with the pages whose `covers:` names it.
    pub fn coverage(&self, lang: &str) -> Context {
        let site = self.site;
        let config = &site.config;
        let path = Self::coverage_path(&config.coverage_page, lang);
        let view = PageView {
            kind: "coverage",
            title: self.localizer.t(lang, "coverage-title", None),
            description: self.localizer.t(lang, "coverage-intro", None),
            url: format!("{}{path}", config.base_path),
            permalink: config.absolute_url(&path),
            translated: true,
            ..PageView::default()
        };
        let mut context = self.context(lang, view, |l| Self::coverage_path(&config.coverage_page, l));
        // Under its section, when its address is in one (about/what-this-local-offer-covers).
        let section = config.coverage_page.rsplit_once('/').and_then(|(parent, _)| site.page(parent));
        context.breadcrumbs = std::iter::once(self.home_link(lang)).chain(section.map(|p| self.link(p, lang))).collect();
        context.coverage = crate::duties::pages::coverage(site)
            .into_iter()
            .map(|(paragraph, pages)| {
                let own = (lang != config.default_language).then(|| self.localizer.lookup(lang, &paragraph.key(), None)).flatten();
                let title_lang = (lang != config.default_language && own.is_none()).then(|| config.default_language.clone());
                CoverageEntry { number: paragraph.number, title: own.unwrap_or_else(|| paragraph.title.clone()), title_lang, pages: pages.into_iter().map(|p| self.link(p, lang)).collect() }
            })
            .collect();
        context
    }

    /// A link to page `p` as a reader of `lang` sees it.
    fn link(&self, p: usize, lang: &str) -> Link {
        let default = self.site.default_lang();
        let (doc, translated) = self.site.pages[p].doc(lang, default);
        let text_lang = (!translated).then(|| self.language(default));
        Link {
            title: doc.front.title.clone(),
            url: self.site.url(p, lang),
            description: doc.front.description.clone(),
            lang: text_lang.map(|l| l.code.clone()),
            dir: text_lang.map(|l| l.dir),
        }
    }

    pub fn topic_name(&self, id: &str, lang: &str) -> String {
        self.topic_name_in(id, lang).0
    }

    /// The topic's name for a reader of `lang`, and the default language's code when the
    /// name is the default language's for want of a `topic-<id>` string.
    fn topic_name_in(&self, id: &str, lang: &str) -> (String, Option<String>) {
        let config = &self.site.config;
        if lang == config.default_language {
            return (config.topic(id).map_or_else(|| id.to_string(), |t| t.name.clone()), None);
        }
        match self.localizer.lookup(lang, &format!("topic-{id}"), None) {
            Some(own) => (own, None),
            None => (config.topic(id).map_or_else(|| id.to_string(), |t| t.name.clone()), Some(config.default_language.clone())),
        }
    }

    pub fn topic_path(lang: &str, id: &str) -> String {
        format!("{lang}/topics/{id}/")
    }

    pub fn page(&self, p: usize, lang: &str, rendered: &Rendered) -> Context {
        let site = self.site;
        let default = site.default_lang();
        let page = &site.pages[p];
        let (doc, translated) = page.doc(lang, default);
        let front = &doc.front;
        let source_front = &page.source_doc(default).front;
        let directory_section = site.config.directory.as_ref().map(|d| d.section.as_str());
        let is_service = directory_section.is_some_and(|section| crate::directory::validate::is_service(&page.id, page.kind, section));
        let view = PageView {
            kind: match page.kind {
                EntryKind::Home => "home",
                EntryKind::Section if Some(page.id.as_str()) == directory_section => "directory",
                EntryKind::Section => "section",
                EntryKind::Page if is_service => "service",
                EntryKind::Page => "page",
            },
            title: front.title.clone(),
            description: front.description.clone(),
            url: site.url(p, lang),
            permalink: site.config.absolute_url(&site.page_path(p, lang)),
            content: rendered.html.to_string(),
            toc: if rendered.toc.len() >= 3 { rendered.toc.clone() } else { Vec::new() },
            updated: front.updated.map(|d| self.localizer.format_date(lang, d.0)),
            updated_iso: front.updated.map(|d| d.to_string()),
            topics: source_front
                .topics
                .iter()
                .map(|id| {
                    let (name, name_lang) = self.topic_name_in(id, lang);
                    TopicLink { id: id.clone(), name, lang: name_lang, url: format!("{}{}", site.config.base_path, Self::topic_path(lang, id)) }
                })
                .collect(),
            audience: source_front.audience.iter().map(|a| self.localizer.t(lang, a.key(), None)).collect(),
            translated,
            text_lang: Some(lang_view(self.language(&doc.source.lang))),
            original: (translated && lang != default && front.is_unchecked_translation()).then(|| {
                let language = self.language(default);
                Link { lang: Some(language.code.clone()), dir: Some(language.dir), ..self.link(p, default) }
            }),
        };
        let mut context = self.context(lang, view, |l| site.page_path(p, l));
        let mut crumbs = Vec::new();
        let mut up = page.parent;
        while let Some(parent) = up {
            crumbs.push(self.link(parent, lang));
            up = site.pages[parent].parent;
        }
        crumbs.reverse();
        context.breadcrumbs = crumbs;
        context.children = page.children.iter().map(|&c| self.link(c, lang)).collect();
        if context.page.kind == "service" {
            context.service = Some(ServiceViews { site, localizer: self.localizer }.service(p, lang));
        }
        context
    }

    /// A pre-rendered filter page of the directory: its services for one need or category.
    pub fn directory_filter(&self, lang: &str, filter: &Filter, cards: &LanguageCards) -> Context {
        let site = self.site;
        let settings = site.config.directory.as_ref().expect("filter pages exist only with a directory");
        let section = site.page(&settings.section).expect("the directory section exists when it has services");
        let services = ServiceViews { site, localizer: self.localizer };
        let name = match filter {
            Filter::Need(need) => services.need_name(lang, *need),
            Filter::Category(id) => services.category_name(lang, id),
        };
        let mut args = FluentArgs::new();
        args.set("filter", FluentValue::from(name));
        let path = |l: &str| format!("{}{}", site.page_path(section, l), filter.path());
        let view = PageView {
            kind: "directory-filter",
            title: self.localizer.t(lang, "directory-filter-title", Some(&args)),
            description: self.localizer.t(lang, "directory-filter-intro", Some(&args)),
            url: format!("{}{}", site.config.base_path, path(lang)),
            permalink: site.config.absolute_url(&path(lang)),
            translated: true,
            ..PageView::default()
        };
        let mut context = self.context(lang, view, path);
        let mut crumbs = vec![self.home_link(lang), self.link(section, lang)];
        crumbs.dedup_by(|a, b| a.url == b.url);
        context.breadcrumbs = crumbs;
        context.directory = Some(services.directory_of(lang, Some(filter), cards));
        context
    }

    /// The contact card of service `p`, for pages that name it.
    pub fn contact_card(&self, p: usize, lang: &str) -> Context {
        let site = self.site;
        let view = PageView { kind: "contact-card", url: site.url(p, lang), translated: true, ..PageView::default() };
        let mut context = self.context(lang, view, |l| site.page_path(p, l));
        context.service = Some(ServiceViews { site, localizer: self.localizer }.service(p, lang));
        context
    }

    pub fn topic(&self, id: &str, lang: &str) -> Context {
        let site = self.site;
        let (name, name_lang) = self.topic_name_in(id, lang);
        let mut args = FluentArgs::new();
        args.set("topic", FluentValue::from(name.clone()));
        let path = Self::topic_path(lang, id);
        let view = PageView {
            kind: "topic",
            // Set only when the name is the default language's: the heading says so.
            text_lang: name_lang.map(|code| lang_view(self.language(&code))),
            description: self.localizer.t(lang, "topic-pages-intro", Some(&args)),
            title: name,
            url: format!("{}{path}", site.config.base_path),
            permalink: site.config.absolute_url(&path),
            translated: true,
            ..PageView::default()
        };
        let mut context = self.context(lang, view, |l| Self::topic_path(l, id));
        context.breadcrumbs = vec![self.home_link(lang), self.topics_link(lang)];
        context.children = site.topic_pages.get(id).map(|pages| pages.iter().map(|&p| self.link(p, lang)).collect()).unwrap_or_default();
        context
    }

    pub fn topics(&self, lang: &str) -> Context {
        let site = self.site;
        let path = format!("{lang}/topics/");
        let view = PageView {
            kind: "topics",
            title: self.localizer.t(lang, "topics-heading", None),
            description: self.localizer.t(lang, "topics-intro", None),
            url: format!("{}{path}", site.config.base_path),
            permalink: site.config.absolute_url(&path),
            translated: true,
            ..PageView::default()
        };
        let mut context = self.context(lang, view, |l| format!("{l}/topics/"));
        context.breadcrumbs = vec![self.home_link(lang)];
        context.children = site
            .topic_pages
            .iter()
            .map(|(id, pages)| {
                let mut args = FluentArgs::new();
                args.set("count", FluentValue::from(pages.len()));
                Link {
                    title: self.topic_name(id, lang),
                    url: format!("{}{}", site.config.base_path, Self::topic_path(lang, id)),
                    description: self.localizer.t_numbers(lang, "topic-count", &args),
                    lang: None,
                    dir: None,
                }
            })
            .collect();
        context
    }

    pub(crate) fn home_link(&self, lang: &str) -> Link {
        let home = self.site.page("").expect("a site without a home page fails in the model stage");
        self.link(home, lang)
    }

    fn topics_link(&self, lang: &str) -> Link {
        let title = self.localizer.t(lang, "topics-heading", None);
        Link { title, url: format!("{}{lang}/topics/", self.site.config.base_path), description: String::new(), lang: None, dir: None }
    }

    /// The site's front door and the not-found page: in the default language, linking to
    /// every language's home page.
    pub fn root(&self, kind: &'static str) -> Context {
        let site = self.site;
        let lang = site.default_lang();
        let (title_key, text_key) = if kind == "chooser" { ("chooser-title", "chooser-intro") } else { ("not-found-title", "not-found-text") };
        let view = PageView {
            kind,
            title: self.localizer.t(lang, title_key, None),
            description: self.localizer.t(lang, text_key, None),
            url: site.config.base_path.clone(),
            permalink: site.config.base_url.to_string(),
            translated: true,
            ..PageView::default()
        };
        let home = site.page("").expect("a site without a home page fails in the model stage");
        let mut context = self.context(lang, view, |l| site.page_path(home, l));
        context.children = site
            .languages()
            .iter()
            .map(|l| Link {
                title: l.name.clone(),
                url: site.url(home, &l.code),
                description: self.localizer.t(&l.code, if kind == "chooser" { "chooser-title" } else { "not-found-home" }, None),
                lang: Some(l.code.clone()),
                dir: Some(l.dir),
            })
            .collect();
        context
    }

    /// The search page: the form, and every page of the language A to Z for readers
    /// without JavaScript.
    pub fn search(&self, lang: &str) -> Context {
        let site = self.site;
        let path = format!("{lang}/search/");
        let view = PageView {
            kind: "search",
            title: self.localizer.t(lang, "search-title", None),
            description: self.localizer.t(lang, "a-z-intro", None),
            url: format!("{}{path}", site.config.base_path),
            permalink: site.config.absolute_url(&path),
            translated: true,
            ..PageView::default()
        };
        let mut context = self.context(lang, view, |l| format!("{l}/search/"));
        context.breadcrumbs = vec![self.home_link(lang)];
        let mut pages: Vec<Link> = (0..site.pages.len()).map(|p| self.link(p, lang)).collect();
        crate::collate::sort_by_text(lang, &mut pages, |link| &link.title);
        context.children = pages;
        context
    }

    /// The size of a leaflet as the page shows it: kilobytes, rounded up, in `lang`'s digits.
    fn leaflet_size(&self, lang: &str, bytes: usize) -> String {
        self.localizer.with_digits(lang, &bytes.div_ceil(1024).to_string())
    }

    /// Page `p`'s leaflet for a reader of `lang`: in `lang`, or for an untranslated page in
    /// the language its text is in.
    pub fn leaflet_link(&self, leaflets: &Leaflets, p: usize, lang: &str) -> Option<LeafletLink> {
        let site = self.site;
        let text_lang = &site.pages[p].doc(lang, site.default_lang()).0.source.lang;
        let leaflet = leaflets.get(site, p, text_lang)?;
        Some(LeafletLink {
            url: format!("{}{}", site.config.base_path, leaflet.path),
            size: self.leaflet_size(lang, leaflet.bytes.len()),
            lang: (text_lang != lang).then(|| text_lang.clone()),
        })
    }

    /// The list of leaflets: each leaflet page, in every language it is printed in.
    pub fn leaflets(&self, lang: &str, leaflets: &Leaflets) -> Context {
        let site = self.site;
        let path = format!("{lang}/leaflets/");
        let view = PageView {
            kind: "leaflets",
            title: self.localizer.t(lang, "leaflets-title", None),
            description: self.localizer.t(lang, "leaflets-intro", None),
            url: format!("{}{path}", site.config.base_path),
            permalink: site.config.absolute_url(&path),
            translated: true,
            ..PageView::default()
        };
        let mut context = self.context(lang, view, |l| format!("{l}/leaflets/"));
        context.breadcrumbs = vec![self.home_link(lang)];
        let mut entries: Vec<LeafletEntry> = site
            .leaflets
            .iter()
            .map(|&p| LeafletEntry {
                page: self.link(p, lang),
                versions: leaflets::languages(site, p)
                    .into_iter()
                    .filter_map(|code| {
                        let leaflet = leaflets.get(site, p, code)?;
                        let language = self.language(code);
                        Some(LeafletVersion {
                            code: code.to_string(),
                            name: language.name.clone(),
                            dir: language.dir,
                            url: format!("{}{}", site.config.base_path, leaflet.path),
                            size: self.leaflet_size(lang, leaflet.bytes.len()),
                            current: code == lang,
                        })
                    })
                    .collect(),
            })
            .collect();
        crate::collate::sort_by_text(lang, &mut entries, |entry| &entry.page.title);
        context.leaflets = entries;
        context
    }

    /// A page that sends an old address to page `p` in `lang`.
    pub fn redirect(&self, p: usize, lang: &str) -> Context {
        let site = self.site;
        let target = site.url(p, lang);
        let mut args = FluentArgs::new();
        args.set("url", FluentValue::from(target.clone()));
        let view = PageView {
            kind: "redirect",
            title: self.localizer.t(lang, "redirect-title", None),
            description: self.localizer.t(lang, "redirect-text", Some(&args)),
            url: target.clone(),
            permalink: site.config.absolute_url(&site.page_path(p, lang)),
            translated: true,
            ..PageView::default()
        };
        let mut context = self.context(lang, view, |l| site.page_path(p, l));
        context.redirect_to = Some(target);
        context
    }
}
