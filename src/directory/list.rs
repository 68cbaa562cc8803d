//! "My list": what the build gives the list a family keeps on the phone
//! (`themes/default/static/list.js`), and the share links each service's page has without
//! JavaScript.
//!
//! A service is known to the list by its id: its page's path under the directory's
//! section (`penrose-nursery`), the same in every language. Each language has
//! `<lang>/my-list/services.json.gz`: every service's card (title, what it does, phone,
//! address, opening times...) as the reader sees it, gzipped, for the My list page.

use serde::Serialize;

use super::views::{ServiceView, ServiceViews};
use crate::config::Direction;

/// The My list page, under each language.
pub const PAGE: &str = "my-list";
/// Every service's card, under each language.
pub const CARDS: &str = "my-list/services.json.gz";

/// A service on the My list page and in its messages.
#[derive(Debug, Serialize)]
pub struct ListCard {
    pub id: String,
    pub title: String,
    pub url: String,
    pub description: String,
    /// The default language's code and direction when the title and description are its
    /// text (no translation), else absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dir: Option<Direction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Its first place, as one line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// The language the facts (address, hours) are written in, when not the reader's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facts_lang: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facts_dir: Option<Direction>,
}

/// A place as one line: its name, address and postcode.
fn one_line(view: &ServiceView) -> Option<String> {
    let place = view.locations.first()?;
    let parts: Vec<&str> = [Some(place.name.as_str()), place.address.as_deref(), place.postcode.as_deref()].into_iter().flatten().filter(|p| !p.is_empty()).collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

impl ServiceViews<'_> {
    /// Every service's card for the My list page in `lang`, gzipped JSON.
    pub fn list_cards(&self, lang: &str) -> Vec<u8> {
        let site = self.site;
        let default = site.config.default_lang();
        let cards: Vec<ListCard> = site
            .services
            .iter()
            .map(|&p| {
                let card = self.card(p, lang);
                let view = self.service(p, lang);
                let foreign_facts = lang != default.code;
                ListCard {
                    id: view.list_id.clone(),
                    address: one_line(&view),
                    title: card.title,
                    url: card.url,
                    description: card.description,
                    dir: card.lang.as_ref().map(|_| default.dir),
                    lang: card.lang,
                    phone: view.phone,
                    tel: view.phone_href,
                    email: view.email,
                    hours: view.hours,
                    facts_lang: foreign_facts.then(|| default.code.clone()),
                    facts_dir: foreign_facts.then_some(default.dir),
                }
            })
            .collect();
        let json = serde_json::to_vec(&cards).expect("cards are plain data");
        // libdeflate's highest level: smaller than zlib's best, in less time.
        let mut compressor = libdeflater::Compressor::new(libdeflater::CompressionLvl::best());
        let mut out = vec![0; compressor.gzip_compress_bound(json.len())];
        let written = compressor.gzip_compress(&json, &mut out).expect("the output is as large as libdeflate's bound");
        out.truncate(written);
        out
    }
}
