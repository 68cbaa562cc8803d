//! What templates show of services: the contact card and the facts of a service page,
//! the directory's lists and filters, and schema.org data for search engines.

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use super::{Ages, Cost, Need, Referral};
use crate::localise::{Arg, Localizer};
use crate::model::Site;

#[derive(Debug, Clone, Serialize)]
pub struct Term {
    pub id: String,
    pub name: String,
    /// The default language's code when `name` is in it, for want of a translation.
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaceView {
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
}

/// One service's facts, in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceView {
    /// An id for the contact card's heading, unique in a page: `contact-services-penrose`.
    pub card_id: String,
    pub title: String,
    pub url: String,
    pub organisation: String,
    pub needs: Vec<Term>,
    pub categories: Vec<Term>,
    /// "Ages 0 to 25".
    pub ages: Option<String>,
    pub phone: Option<String>,
    /// `tel:+441582546000`.
    pub phone_href: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub locations: Vec<PlaceView>,
    pub cost: Option<String>,
    pub referral: Option<String>,
    pub languages: Vec<String>,
    pub hours: Option<String>,
    pub accessibility: Option<String>,
    /// "Last reviewed: 27 November 2026".
    pub reviewed: Option<String>,
    /// schema.org JSON-LD, safe to put in a `<script type="application/ld+json">`.
    pub json_ld: String,
    /// ` lang="en" dir="ltr"` when the reader's language is not the one the facts are
    /// written in (the default language), else empty: `<dd{{ s.facts_lang | safe }}>`.
    pub facts_lang: String,
    /// Whether there is a phone number, email, website or place to show.
    pub has_contact: bool,
    /// Its id on a family's list ([`super::list`]).
    pub list_id: String,
    /// Text message and email links that send it on, for readers without JavaScript.
    pub share: super::share::ShareLinks,
}

/// A service in a directory list, with what the filters match on.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceCard {
    pub title: String,
    pub url: String,
    pub description: String,
    pub organisation: String,
    pub lang: Option<String>,
    /// Space-separated ids, for `data-` attributes.
    pub needs: String,
    pub categories: String,
    pub age_from: u8,
    pub age_to: u8,
    pub cost: String,
    pub referral: String,
    pub ages: Option<String>,
    /// ` lang="en" dir="ltr"` when the title and description are untranslated, else empty.
    pub text_lang: String,
    /// The `data-` attributes the directory's script filters on, from `needs` to
    /// `referral`, escaped: ` data-needs="..." data-categories="..." ...`. Ages, cost and
    /// referral that the service does not state are empty, never a guess.
    pub filter_data: String,
}

/// A language's cards, as `service-card.html` renders them, in the directory's order, with
/// the services each filter finds: made once a language and shared by the directory and
/// each of its filter pages (instead of each of the 19 pages of a language rendering its
/// cards again in its own template loop).
#[derive(Debug)]
pub struct LanguageCards {
    pub cards: Vec<String>,
    /// A need's id -> the positions of its services in `cards`.
    needs: HashMap<String, Vec<usize>>,
    /// A category's id -> the positions of its services in `cards`.
    categories: HashMap<String, Vec<usize>>,
    /// Each card's ages, when its service states them.
    ages: Vec<Option<Ages>>,
}

impl LanguageCards {
    /// `rendered` pairs each card with its HTML; only the HTML is kept.
    pub fn new(rendered: Vec<(ServiceCard, String)>) -> LanguageCards {
        // An id is copied once, when first met, not once for each of its services.
        fn add(members: &mut HashMap<String, Vec<usize>>, id: &str, i: usize) {
            match members.get_mut(id) {
                Some(positions) => positions.push(i),
                None => {
                    members.insert(id.to_string(), vec![i]);
                }
            }
        }
        let (mut needs, mut categories) = (HashMap::new(), HashMap::new());
        for (i, (card, _)) in rendered.iter().enumerate() {
            card.needs.split(' ').for_each(|id| add(&mut needs, id, i));
            card.categories.split(' ').for_each(|id| add(&mut categories, id, i));
        }
        // A card's `ages` text is there only when its service states its ages.
        let ages = rendered.iter().map(|(card, _)| card.ages.as_ref().map(|_| Ages { from: card.age_from, to: card.age_to })).collect();
        LanguageCards { cards: rendered.into_iter().map(|(_, html)| html).collect(), needs, categories, ages }
    }

    fn members(&self, filter: &Filter) -> &[usize] {
        let members = match filter {
            Filter::Need(need) => self.needs.get(need.id()),
            Filter::Category(id) => self.categories.get(id.as_str()),
        };
        members.map_or(&[], Vec::as_slice)
    }

    /// How many services `filter` finds.
    pub fn count(&self, filter: &Filter) -> usize {
        self.members(filter).len()
    }

    /// The cards `only` finds (all of them without a filter), in the directory's order.
    pub fn shown(&self, only: Option<&Filter>) -> Vec<&str> {
        match only {
            Some(filter) => self.members(filter).iter().map(|&i| self.cards[i].as_str()).collect(),
            None => self.cards.iter().map(String::as_str).collect(),
        }
    }

    /// The cards of the services that do not state the fact `filter` asks about (no area
    /// of need on a need's page, no type of service on a category's): its page lists
    /// them apart, as a filter never hides a service for a fact it lacks.
    pub fn unstated(&self, filter: &Filter) -> Vec<&str> {
        // A service without needs or categories has an empty id list, kept under "".
        let members = match filter {
            Filter::Need(_) => self.needs.get(""),
            Filter::Category(_) => self.categories.get(""),
        };
        members.map_or_else(Vec::new, |members| members.iter().map(|&i| self.cards[i].as_str()).collect())
    }

    /// The cards of the services whose ages meet `band`, and apart, those of the services
    /// that do not state their ages: a filter never hides a service for a fact it lacks.
    pub fn of_ages(&self, band: AgeBand) -> (Vec<&str>, Vec<&str>) {
        let (mut within, mut unstated) = (Vec::new(), Vec::new());
        for (card, ages) in self.cards.iter().zip(&self.ages) {
            match ages {
                Some(ages) if band.meets(*ages) => within.push(card.as_str()),
                Some(_) => {}
                None => unstated.push(card.as_str()),
            }
        }
        (within, unstated)
    }
}

/// What a directory page's context holds for its cards: the cards themselves (up to
/// thousands, 2 MB on a big site) go straight into the rendered page, not through the
/// template's context and output. Nothing in it is changed by escaping.
pub const CARDS_MARKER: &str = "\u{E000}localoffer-cards\u{E000}";

/// The same for the cards of services that do not state the fact a page filters on.
pub const UNSTATED_MARKER: &str = "\u{E000}localoffer-unstated-cards\u{E000}";

/// A rendered directory page with its cards put where the template printed
/// `directory.cards`, and the cards of services that do not state the page's fact where
/// it printed `directory.unstated_cards`. A template that does not print them gets none.
pub fn splice_cards(html: &str, cards: &[&str], unstated: &[&str]) -> String {
    let size = |marker: &str, cards: &[&str]| html.matches(marker).count() * cards.iter().map(|c| c.len()).sum::<usize>();
    let mut page = String::with_capacity(html.len() + size(CARDS_MARKER, cards) + size(UNSTATED_MARKER, unstated));
    for (i, part) in html.split(CARDS_MARKER).enumerate() {
        if i > 0 {
            cards.iter().for_each(|c| page.push_str(c));
        }
        for (j, piece) in part.split(UNSTATED_MARKER).enumerate() {
            if j > 0 {
                unstated.iter().for_each(|c| page.push_str(c));
            }
            page.push_str(piece);
        }
    }
    page
}

/// A filter choice, with the pre-rendered page that answers it.
#[derive(Debug, Clone, Serialize)]
pub struct Facet {
    pub id: String,
    pub name: String,
    /// The default language's code when `name` is in it, for want of a translation.
    pub lang: Option<String>,
    pub url: String,
    pub count: usize,
    /// The count in the language's digits.
    pub count_text: String,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct DirectoryView {
    pub url: String,
    pub needs: Vec<Facet>,
    pub categories: Vec<Facet>,
    /// The age bands, each with its page: "Ages 0 to 4".
    pub ages: Vec<Facet>,
    pub costs: Vec<Term>,
    pub referrals: Vec<Term>,
    /// Where the template prints the matching services' cards (HTML made by
    /// `service-card.html`): [`CARDS_MARKER`], which [`splice_cards`] replaces in the page.
    pub cards: &'static str,
    /// Where the template prints the cards of the services that do not state the fact
    /// the page filters on (no area of need on a need's page, no type of service on a
    /// category's, no ages on an age band's): [`UNSTATED_MARKER`].
    pub unstated_cards: &'static str,
    /// How many services those are (0 on any other page).
    pub unstated_count: usize,
    /// Which fact they do not state: "needs", "categories", "ages", or "" on the
    /// directory's own page.
    pub unstated: &'static str,
    /// "12 services", in the reader's language.
    pub count: String,
    /// The ten digits the language writes numbers with, for the script's count.
    pub digits: String,
    /// `directory.page_size` of site.yaml: with JavaScript, the services shown before
    /// "Show more" (0: all).
    pub page_size: usize,
}

pub struct ServiceViews<'a> {
    pub site: &'a Site,
    pub localizer: &'a Localizer,
}

fn join_ids<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    ids.collect::<Vec<_>>().join(" ")
}

impl ServiceViews<'_> {
    fn default_language(&self) -> &crate::config::Language {
        let config = &self.site.config;
        config.language(&config.default_language).expect("the default language is listed")
    }

    fn t(&self, lang: &str, key: &str) -> String {
        self.localizer.t(lang, key, None)
    }

    /// The directory's section: `services`.
    fn section(&self) -> &str {
        self.site.config.directory.as_ref().map_or("", |d| d.section.as_str())
    }

    pub fn need_name(&self, lang: &str, need: Need) -> String {
        self.t(lang, need.key())
    }

    pub fn category_name(&self, lang: &str, id: &str) -> String {
        self.category_name_in(lang, id).0
    }

    /// The category's name for a reader of `lang`, and the default language's code when
    /// the name is the default language's for want of a `category-<id>` string.
    pub fn category_name_in(&self, lang: &str, id: &str) -> (String, Option<String>) {
        let config = &self.site.config;
        let own = (lang != config.default_language).then(|| self.localizer.lookup(lang, &format!("category-{id}"), None)).flatten();
        let default = || config.directory.as_ref().and_then(|d| d.category(id)).map_or_else(|| id.to_string(), |c| c.name.clone());
        match own {
            Some(name) => (name, None),
            None if lang == config.default_language => (default(), None),
            None => (default(), Some(config.default_language.clone())),
        }
    }

    /// "Ages 4 to 11", in the language's words and digits.
    pub fn ages_text(&self, lang: &str, from: u8, to: u8) -> String {
        self.localizer.t_repeated(lang, "service-ages", &[("from", Arg::Number(from.into())), ("to", Arg::Number(to.into()))], true)
    }

    pub fn service(&self, p: usize, lang: &str) -> ServiceView {
        let site = self.site;
        let page = &site.pages[p];
        let facts = &page.source_doc(site.default_lang()).front;
        let (doc, _) = page.doc(lang, site.default_lang());
        let contact = facts.contact.clone().unwrap_or(super::Contact { phone: None, email: None, website: None });
        let given = |text: &Option<String>| text.as_deref().is_some_and(|t| !t.is_empty());
        let has_contact = given(&contact.phone) || given(&contact.email) || given(&contact.website) || facts.locations.as_ref().is_some_and(|l| !l.is_empty());
        let reviewed = facts.updated.map(|d| self.localizer.t_repeated(lang, "last-reviewed", &[("date", Arg::Text(&self.localizer.format_date(lang, d.0)))], false));
        let mut view = ServiceView {
            card_id: ["contact-", &page.id.replace('/', "-")].concat(),
            title: doc.front.title.clone(),
            url: site.url(p, lang),
            organisation: facts.organisation.clone().unwrap_or_default(),
            needs: facts.needs.iter().flatten().map(|&n| Term { id: n.id().into(), name: self.need_name(lang, n), lang: None }).collect(),
            categories: facts
                .categories
                .iter()
                .flatten()
                .map(|c| {
                    let (name, lang) = self.category_name_in(lang, c);
                    Term { id: c.clone(), name, lang }
                })
                .collect(),
            ages: facts.ages.map(|a| self.ages_text(lang, a.from, a.to)),
            phone_href: contact.phone.as_deref().map(tel_href),
            phone: contact.phone,
            email: contact.email,
            website: contact.website,
            locations: facts.locations.iter().flatten().map(|l| PlaceView { name: l.name.clone(), address: l.address.clone(), postcode: l.postcode.as_ref().map(|p| p.to_uppercase()) }).collect(),
            cost: facts.cost.map(|c| self.t(lang, c.key())),
            referral: facts.referral.map(|r| self.t(lang, r.key())),
            languages: facts.languages.clone().unwrap_or_default(),
            hours: facts.hours.clone(),
            accessibility: facts.accessibility.clone(),
            reviewed,
            json_ld: String::new(),
            facts_lang: if lang == site.default_lang() { String::new() } else { self.default_language().attrs() },
            has_contact,
            list_id: super::share::service_id(&page.id, self.section()).to_string(),
            share: Default::default(),
        };
        let permalink = site.config.absolute_url(&site.page_path(p, lang));
        view.json_ld = json_ld(&view, &doc.front.description, &permalink, facts.cost);
        view.share = super::share::share_links(&view.title, view.phone.as_deref(), &permalink);
        view
    }

    pub fn card(&self, p: usize, lang: &str) -> ServiceCard {
        let site = self.site;
        let page = &site.pages[p];
        let facts = &page.source_doc(site.default_lang()).front;
        let (doc, translated) = page.doc(lang, site.default_lang());
        let needs = facts.needs.clone().unwrap_or_default();
        let needs = if needs.contains(&Need::All) { Need::AREAS.to_vec() } else { needs };
        let ages = facts.ages.unwrap_or(Ages { from: 0, to: super::fields::MAX_AGE });
        let needs = join_ids(needs.iter().map(|n| n.id()));
        let categories = join_ids(facts.categories.iter().flatten().map(String::as_str));
        let cost = facts.cost.map_or("", Cost::id);
        let referral = facts.referral.map_or("", Referral::id);
        let escape = crate::escape::escape_html;
        // Joined, not format!ted: made for every service in every language. Ages not
        // stated are empty: the script shows such services apart, not as if for any age.
        let (from, to) = facts.ages.map_or_else(Default::default, |a| (a.from.to_string(), a.to.to_string()));
        let id = escape(super::share::service_id(&page.id, self.section()));
        let filter_data = [" data-service=\"", &id, "\" data-needs=\"", &escape(&needs), "\" data-categories=\"", &escape(&categories), "\" data-from=\"", &from, "\" data-to=\"", &to, "\" data-cost=\"", cost, "\" data-referral=\"", referral, "\""].concat();
        ServiceCard {
            title: doc.front.title.clone(),
            url: site.url(p, lang),
            description: doc.front.description.clone(),
            organisation: facts.organisation.clone().unwrap_or_default(),
            lang: (!translated).then(|| site.default_lang().to_string()),
            needs,
            categories,
            age_from: ages.from,
            age_to: ages.to,
            cost: cost.to_string(),
            referral: referral.to_string(),
            ages: facts.ages.map(|a| self.ages_text(lang, a.from, a.to)),
            text_lang: if translated { String::new() } else { self.default_language().attrs() },
            filter_data,
        }
    }

    /// Every service's card in `lang`, in the reader's alphabet, by the title the reader
    /// sees (translated or not). The directory's pages are each a part of this list: it
    /// is made once a language, not once a page.
    pub fn cards(&self, lang: &str) -> Vec<ServiceCard> {
        let mut cards: Vec<ServiceCard> = self.site.services.iter().map(|&p| self.card(p, lang)).collect();
        crate::collate::sort_by_text(lang, &mut cards, |card| &card.title);
        cards
    }

    /// The directory page in `lang`, or its filter page `only`, from the cards of
    /// [`ServiceViews::cards`] rendered.
    pub fn directory_of(&self, lang: &str, only: Option<&Filter>, cards: &LanguageCards) -> DirectoryView {
        let count = only.map_or(cards.cards.len(), |filter| cards.count(filter));
        let unstated = only.map_or(0, |filter| cards.unstated(filter).len());
        self.listing(lang, only.map_or(Listing::All, Listing::Filter), count, unstated, cards)
    }

    /// The page of an age band in `lang`: its services, then those that state no ages.
    pub fn directory_of_ages(&self, lang: &str, band: AgeBand, cards: &LanguageCards) -> DirectoryView {
        let (within, unstated) = cards.of_ages(band);
        self.listing(lang, Listing::Ages(band), within.len(), unstated.len(), cards)
    }

    fn listing(&self, lang: &str, current: Listing, count: usize, unstated_count: usize, cards: &LanguageCards) -> DirectoryView {
        let site = self.site;
        let settings = site.config.directory.as_ref().expect("a directory view needs directory settings");
        let url = format!("{}{lang}/{}/", site.config.base_path, settings.section);
        let facet = |id: &str, path: String, (name, name_lang): (String, Option<String>), count: usize, current: bool| {
            let count_text = self.localizer.with_digits(lang, &count.to_string());
            Facet { url: format!("{url}{path}"), id: id.to_string(), name, lang: name_lang, count, count_text, current }
        };
        let filter = |filter: Filter, name: (String, Option<String>)| facet(filter.id(), filter.path(), name, cards.count(&filter), current == Listing::Filter(&filter));
        let needs = Need::AREAS.iter().map(|&n| filter(Filter::Need(n), (self.need_name(lang, n), None))).collect();
        let categories = settings.categories.iter().map(|c| filter(Filter::Category(c.id.clone()), self.category_name_in(lang, &c.id))).collect();
        let ages = AgeBand::ALL.iter().map(|&band| facet(&band.id(), band.path(), (self.ages_text(lang, band.from, band.to), None), cards.of_ages(band).0.len(), current == Listing::Ages(band))).collect();
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        DirectoryView {
            url,
            needs,
            categories,
            ages,
            costs: Cost::ALL.iter().map(|c| Term { id: c.id().into(), name: self.t(lang, c.key()), lang: None }).collect(),
            referrals: Referral::ALL.iter().map(|r| Term { id: r.id().into(), name: self.t(lang, r.key()), lang: None }).collect(),
            count: self.localizer.t_numbers(lang, "directory-count", &args),
            digits: self.t(lang, "digits"),
            cards: CARDS_MARKER,
            unstated_cards: UNSTATED_MARKER,
            unstated_count,
            unstated: match current {
                Listing::All => "",
                Listing::Filter(filter) => filter.fact(),
                Listing::Ages(_) => "ages",
            },
            page_size: settings.page_size,
        }
    }
}

/// Which services a directory page lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Listing<'a> {
    All,
    Filter(&'a Filter),
    Ages(AgeBand),
}

/// An age band, with a pre-rendered page of the services whose ages meet it. Few and wide
/// (early years, primary, secondary, after 16), so that no band is nearly empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeBand {
    pub from: u8,
    pub to: u8,
}

impl AgeBand {
    pub const ALL: [AgeBand; 4] = [AgeBand { from: 0, to: 4 }, AgeBand { from: 5, to: 11 }, AgeBand { from: 12, to: 16 }, AgeBand { from: 17, to: 25 }];

    /// `0-4`.
    pub fn id(self) -> String {
        format!("{}-{}", self.from, self.to)
    }

    /// Its path under the directory: `ages/0-4/`.
    pub fn path(self) -> String {
        format!("ages/{}-{}/", self.from, self.to)
    }

    /// Whether a service for `ages` serves some age of the band.
    pub fn meets(self, ages: Ages) -> bool {
        ages.from <= self.to && ages.to >= self.from
    }

    /// The bands with a page: all of them when the site has a directory.
    pub fn all(site: &Site) -> &'static [AgeBand] {
        if site.config.directory.is_some() { &AgeBand::ALL } else { &[] }
    }
}

/// A pre-rendered filter page of the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    Need(Need),
    Category(String),
}

impl Filter {
    pub fn id(&self) -> &str {
        match self {
            Filter::Need(n) => n.id(),
            Filter::Category(c) => c,
        }
    }

    /// The fact it asks about, as the template's `directory.unstated` and the script's
    /// groups name it: "needs" or "categories".
    pub fn fact(&self) -> &'static str {
        match self {
            Filter::Need(_) => "needs",
            Filter::Category(_) => "categories",
        }
    }

    /// Its path under the directory: `needs/sensory-and-physical/`.
    pub fn path(&self) -> String {
        match self {
            Filter::Need(n) => format!("needs/{}/", n.id()),
            Filter::Category(c) => format!("categories/{c}/"),
        }
    }

    /// Every filter page of the site.
    pub fn all(site: &Site) -> Vec<Filter> {
        let Some(settings) = &site.config.directory else { return Vec::new() };
        let needs = Need::AREAS.iter().map(|&n| Filter::Need(n));
        needs.chain(settings.categories.iter().map(|c| Filter::Category(c.id.clone()))).collect()
    }
}

/// `01582 546000` as `tel:+441582546000`.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let national = if phone.trim().starts_with("+44") { digits.trim_start_matches("44").trim_start_matches('0').to_string() } else { digits.trim_start_matches('0').to_string() };
    format!("tel:+44{national}")
}

/// schema.org `Service` with its provider, as JSON-LD that cannot close its script tag.
/// The fields are in the order of their names, as a JSON object's keys were written before.
fn json_ld(view: &ServiceView, description: &str, permalink: &str, cost: Option<Cost>) -> String {
    #[derive(Serialize)]
    struct Address<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        #[serde(rename = "addressCountry")]
        country: &'static str,
        name: &'a str,
        #[serde(rename = "postalCode")]
        postcode: &'a Option<String>,
        #[serde(rename = "streetAddress")]
        street: &'a Option<String>,
    }
    #[derive(Serialize)]
    struct Organization<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        address: Option<Address<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        email: Option<&'a str>,
        name: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        telephone: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<&'a str>,
    }
    #[derive(Serialize)]
    struct Service<'a> {
        #[serde(rename = "@context")]
        context: &'static str,
        #[serde(rename = "@type")]
        kind: &'static str,
        description: &'a str,
        #[serde(rename = "isAccessibleForFree", skip_serializing_if = "Option::is_none")]
        free: Option<bool>,
        name: &'a str,
        provider: Organization<'a>,
        #[serde(rename = "serviceType", skip_serializing_if = "Option::is_none")]
        service_type: Option<String>,
        url: &'a str,
    }
    let address = view.locations.first().map(|l| Address { kind: "PostalAddress", country: "GB", name: &l.name, postcode: &l.postcode, street: &l.address });
    let provider = Organization { kind: "Organization", address, email: view.email.as_deref(), name: &view.organisation, telephone: view.phone.as_deref(), url: view.website.as_deref() };
    let service_type = (!view.categories.is_empty()).then(|| view.categories.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", "));
    let service = Service { context: "https://schema.org", kind: "Service", description, free: cost.map(|c| c == Cost::Free), name: &view.title, provider, service_type, url: permalink };
    let json = serde_json::to_string(&service).expect("JSON serialises");
    crate::escape::json_in_script(&json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_links_use_the_international_form() {
        assert_eq!(tel_href("01582 546000"), "tel:+441582546000");
        assert_eq!(tel_href("0808 808 3555"), "tel:+448088083555");
        assert_eq!(tel_href("+44 1582 546000"), "tel:+441582546000");
    }

    #[test]
    fn cards_go_where_the_template_printed_them() {
        let (cards, none): ([&str; 2], [&str; 0]) = (["<li>A</li>", "<li>B</li>"], []);
        assert_eq!(splice_cards(&format!("<ul>{CARDS_MARKER}</ul>"), &cards, &none), "<ul><li>A</li><li>B</li></ul>");
        assert_eq!(splice_cards(&format!("{CARDS_MARKER}|{CARDS_MARKER}"), &cards, &none), "<li>A</li><li>B</li>|<li>A</li><li>B</li>");
        assert_eq!(splice_cards("<p>no list</p>", &cards, &none), "<p>no list</p>");
        assert_eq!(splice_cards(&format!("<ul>{CARDS_MARKER}</ul>"), &[], &none), "<ul></ul>");
        let unstated = ["<li>C</li>"];
        assert_eq!(splice_cards(&format!("<ul>{CARDS_MARKER}</ul><ul>{UNSTATED_MARKER}</ul>"), &cards, &unstated), "<ul><li>A</li><li>B</li></ul><ul><li>C</li></ul>");
        assert_eq!(splice_cards(&format!("<ul>{UNSTATED_MARKER}</ul><ul>{CARDS_MARKER}</ul>"), &cards, &unstated), "<ul><li>C</li></ul><ul><li>A</li><li>B</li></ul>", "in either order");
        for marker in [CARDS_MARKER, UNSTATED_MARKER] {
            assert_eq!(crate::escape::escape_html(marker), marker, "escaped or not, the marker is found");
        }
    }

    #[test]
    fn an_age_band_meets_the_services_whose_ages_reach_into_it() {
        let band = AgeBand { from: 5, to: 11 };
        assert!(band.meets(Ages { from: 2, to: 5 }), "a service up to 5 serves 5-year-olds");
        assert!(band.meets(Ages { from: 11, to: 25 }));
        assert!(band.meets(Ages { from: 0, to: 25 }));
        assert!(!band.meets(Ages { from: 0, to: 4 }));
        assert!(!band.meets(Ages { from: 12, to: 16 }));
        assert_eq!((band.id(), band.path()), ("5-11".to_string(), "ages/5-11/".to_string()));
        let covered: Vec<u8> = AgeBand::ALL.iter().flat_map(|b| b.from..=b.to).collect();
        assert_eq!(covered, (0..=super::super::fields::MAX_AGE).collect::<Vec<_>>(), "the bands cover 0 to 25 once each");
    }
}
