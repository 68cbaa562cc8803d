//! What templates see: plain serialisable views built from the `Site`. The README's
//! "template context" section documents every field.

use serde::Serialize;

use crate::config::Direction;
use crate::render::Heading;

#[derive(Debug, Clone, Serialize)]
pub struct LangView {
    pub code: String,
    pub name: String,
    pub dir: Direction,
}

#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    pub title: String,
    /// Every URL starts with it: `/local-offer/`.
    pub base_path: String,
    /// Where "Is this page useful?" leads, if anywhere: a page of this site in the reader's
    /// language, any other address as written.
    pub feedback: Option<String>,
    /// Set when that page is shown in the default language (untranslated): its code.
    pub feedback_lang: Option<String>,
    /// How to get an interpreter (site.yaml's `interpreting:`), told beside a translation
    /// that no person has checked.
    pub interpreting: Option<InterpretingView>,
    /// Regulation 57: who to ask for the Local Offer in another form (site.yaml's
    /// `other_formats:`), told in every footer.
    pub other_formats: Option<OtherFormatsView>,
    /// The council's brand (site.yaml's `brand:`), as the reader sees it.
    pub brand: Option<BrandView>,
    /// The theme files to load after `style.css`: `brand.css`, `custom.css`, if the site has them.
    pub extra_styles: Vec<&'static str>,
    /// The language chooser at the site's root.
    pub chooser_url: String,
    /// Its full address: the `x-default` alternate of every page.
    pub chooser_permalink: String,
    pub languages: Vec<LangView>,
    /// The default language: the language of a service's facts (organisation, address...).
    pub default_lang: LangView,
    /// The Content-Security-Policy for the page's `<meta http-equiv>`.
    pub csp: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct BrandView {
    pub name: String,
    /// The logo among the theme's files, for `asset(name=...)`: `brand-logo.svg`.
    pub logo: Option<String>,
    /// The footer lines in the reader's language, else in the default language.
    pub footer: Vec<String>,
    /// Set when the footer lines are in another language than the reader's: its code.
    pub footer_lang: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OtherFormatsView {
    /// As written in site.yaml, and as a `tel:` link.
    pub phone: Option<String>,
    pub tel: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InterpretingView {
    /// As written in site.yaml: `01582 546000`.
    pub phone: Option<String>,
    /// `tel:+441582546000`.
    pub tel: Option<String>,
    pub url: Option<String>,
}

/// A link to another page, in the switcher, breadcrumbs or a listing.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub title: String,
    pub url: String,
    pub description: String,
    /// Set when the linked text is in another language than the page (untranslated).
    pub lang: Option<String>,
    pub dir: Option<Direction>,
}

/// The same page in one language, for the switcher and `hreflang` links.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    pub code: String,
    pub name: String,
    pub dir: Direction,
    pub url: String,
    pub permalink: String,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TopicLink {
    pub id: String,
    pub name: String,
    /// The default language's code when `name` is in it (no `topic-<id>` string).
    pub lang: Option<String>,
    pub url: String,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct PageView {
    /// `home`, `section`, `page`, `topic`, `topics`, `not-found`, `chooser`, `redirect`.
    pub kind: &'static str,
    pub title: String,
    pub description: String,
    pub url: String,
    /// The absolute URL: canonical link, print footer.
    pub permalink: String,
    /// The rendered body (HTML, already safe).
    pub content: String,
    /// The `##` headings, for the contents list.
    pub toc: Vec<Heading>,
    /// "27 November 2026", in the reader's language.
    pub updated: Option<String>,
    /// `2026-11-27`, for `<time datetime>`.
    pub updated_iso: Option<String>,
    pub topics: Vec<TopicLink>,
    pub audience: Vec<String>,
    /// False when the text is shown in the default language for want of a translation.
    pub translated: bool,
    /// The language the text is written in (differs from the reader's when untranslated).
    pub text_lang: Option<LangView>,
    /// Set on a translation that no person has made or checked (a machine's): the page it
    /// was translated from, which the notice at the top offers.
    pub original: Option<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Context {
    pub site: SiteView,
    /// The reader's language.
    pub lang: LangView,
    pub page: PageView,
    /// From the home page down to the parent; the page itself is not included.
    pub breadcrumbs: Vec<Link>,
    /// A section's or topic's pages, or the home page's sections.
    pub children: Vec<Link>,
    pub alternates: Vec<Alternate>,
    /// The home page in the reader's language: the site's name in the header.
    pub home: Link,
    pub home_url: String,
    pub topics_url: String,
    /// The search page in the reader's language: the header's search box leads there.
    pub search_url: String,
    /// The My list page in the reader's language, when the site has a directory of services.
    pub my_list_url: Option<String>,
    /// For redirect pages: where the page went.
    pub redirect_to: Option<String>,
    /// On a service's page: its facts.
    pub service: Option<crate::directory::views::ServiceView>,
    /// On the directory and its filter pages: the services and the filters.
    pub directory: Option<crate::directory::views::DirectoryView>,
    /// The list of leaflets in the reader's language, when the site has leaflets.
    pub leaflets_url: Option<String>,
    /// On a page that is also a leaflet: the PDF to download.
    pub leaflet: Option<LeafletLink>,
    /// On the list of leaflets: every leaflet, with its languages.
    pub leaflets: Vec<LeafletEntry>,
    /// On the coverage page: each paragraph of Schedule 2 and the pages that cover it.
    pub coverage: Vec<CoverageEntry>,
    /// The generated pages of the Local Offer's duties, in the reader's language, for the footer.
    pub duty_links: DutyLinks,
    /// On a generated statement (privacy, accessibility): its sections.
    pub statement: Vec<StatementSection>,
}

/// A paragraph of Schedule 2 on the coverage page.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageEntry {
    pub number: u8,
    pub title: String,
    /// The default language's code when `title` is in it (no `schedule-2-<n>` string).
    pub title_lang: Option<String>,
    pub pages: Vec<Link>,
}

/// The addresses of the generated pages every footer links to.
#[derive(Debug, Clone, Serialize, Default)]
pub struct DutyLinks {
    pub coverage: String,
    pub privacy: String,
    pub accessibility: String,
}

/// A section of a generated statement (privacy, accessibility): a heading and its paragraphs.
#[derive(Debug, Clone, Serialize)]
pub struct StatementSection {
    pub heading: String,
    pub paragraphs: Vec<StatementParagraph>,
}

/// A paragraph of a statement, maybe ending with a link.
#[derive(Debug, Clone, Serialize, Default)]
pub struct StatementParagraph {
    pub text: String,
    /// Set when the text is in another language than the reader's (site.yaml's own words).
    pub lang: Option<String>,
    pub dir: Option<crate::config::Direction>,
    pub url: Option<String>,
    pub link: Option<String>,
}

/// A page's leaflet, for "Download this page as a leaflet (PDF, 120 KB)".
#[derive(Debug, Clone, Serialize)]
pub struct LeafletLink {
    pub url: String,
    /// In kilobytes, in the reader's digits.
    pub size: String,
    /// Set when the leaflet is in another language than the page (an untranslated page).
    pub lang: Option<String>,
}

/// A leaflet on the list of leaflets: the page, and the leaflet in each language.
#[derive(Debug, Clone, Serialize)]
pub struct LeafletEntry {
    pub page: Link,
    pub versions: Vec<LeafletVersion>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LeafletVersion {
    pub code: String,
    /// The language's name in its own script.
    pub name: String,
    pub dir: Direction,
    pub url: String,
    /// In kilobytes, in the reader's digits.
    pub size: String,
    pub current: bool,
}
