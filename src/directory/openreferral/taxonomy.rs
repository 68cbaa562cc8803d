//! The needs and categories as the standard's taxonomies and taxonomy terms: made once,
//! shared by every service's attributes, and published as `/taxonomies` and
//! `/taxonomy_terms`.

use serde::Serialize;

use super::ids::Ids;
use crate::directory::Need;
use crate::model::Site;

/// A taxonomy term, with the fields the profile's `taxonomy_term.json` asks for (`id`,
/// `name`, `description`). `term` repeats the name, as the profile's own example does, for
/// readers of the older UK standard; `code` is the site's own id of the need or category,
/// which HSDS keeps in `code`.
#[derive(Debug, Clone, Serialize)]
pub struct Term<'a> {
    pub id: String,
    name: &'a str,
    description: &'a str,
    taxonomy: &'static str,
    taxonomy_id: String,
    term: &'a str,
    code: &'a str,
}

/// A taxonomy as the profile's `taxonomy.json` has it. `GET /taxonomies/{id}` nests its
/// terms; the list leaves them out, as the profile's example list does.
#[derive(Debug, Serialize)]
pub struct Taxonomy<'a> {
    pub id: String,
    name: &'static str,
    description: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri: Option<&'static str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub taxonomy_terms: &'a [Term<'a>],
}

impl<'a> Taxonomy<'a> {
    /// The taxonomy without its terms, as its list holds it.
    pub fn listed(&self) -> Taxonomy<'a> {
        Taxonomy { id: self.id.clone(), taxonomy_terms: &[], ..*self }
    }
}

/// The two taxonomies of the export and all their terms.
pub struct Vocabulary<'a> {
    pub ids: Ids,
    pub terms: Vec<Term<'a>>,
    /// How many of `terms` are needs; the rest are categories.
    needs: usize,
}

/// What the export says of a taxonomy: its name (which its ids are made from), a
/// description and where it is defined, if anywhere.
struct About {
    name: &'static str,
    description: &'static str,
    uri: Option<&'static str>,
}

const NEEDS: About = About {
    name: "SEND broad areas of need",
    description: "The four broad areas of need of the SEND Code of Practice, and a term for services open to all of them.",
    uri: Some("https://www.gov.uk/government/publications/send-code-of-practice-0-to-25"),
};

const CATEGORIES: About = About { name: "Local Offer service categories", description: "The types of service the Local Offer's directory sorts its services into.", uri: None };

impl<'a> Vocabulary<'a> {
    pub fn new(site: &'a Site) -> Vocabulary<'a> {
        let ids = Ids::of(&site.config);
        let needs = Need::AREAS.iter().chain([Need::All].iter()).map(|&n| term(&ids, NEEDS.name, n.id(), need_name(n)));
        let mut terms: Vec<Term<'a>> = needs.collect();
        let needs = terms.len();
        if let Some(settings) = &site.config.directory {
            terms.extend(settings.categories.iter().map(|c| term(&ids, CATEGORIES.name, &c.id, &c.name)));
        }
        Vocabulary { ids, terms, needs }
    }

    pub fn need(&self, need: Need) -> Option<&Term<'a>> {
        self.terms[..self.needs].iter().find(|t| t.code == need.id())
    }

    pub fn category(&self, code: &str) -> Option<&Term<'a>> {
        self.terms[self.needs..].iter().find(|t| t.code == code)
    }

    /// The taxonomies with their terms; the categories only if the site has any.
    pub fn taxonomies(&self) -> Vec<Taxonomy<'_>> {
        let (needs, categories) = self.terms.split_at(self.needs);
        let mut all = vec![taxonomy(&self.ids, NEEDS, needs)];
        if !categories.is_empty() {
            all.push(taxonomy(&self.ids, CATEGORIES, categories));
        }
        all
    }
}

/// The id of a taxonomy, from its name, as its terms' ids are made from it too.
fn taxonomy_id(ids: &Ids, taxonomy: &str) -> String {
    ids.id(&format!("taxonomy:{taxonomy}"))
}

fn taxonomy<'a>(ids: &Ids, about: About, terms: &'a [Term<'a>]) -> Taxonomy<'a> {
    Taxonomy { id: taxonomy_id(ids, about.name), name: about.name, description: about.description, uri: about.uri, taxonomy_terms: terms }
}

/// A term. Its description is its name: the site has no more to say about a need or a
/// category, and the profile requires one.
fn term<'a>(ids: &Ids, taxonomy: &'static str, code: &'a str, name: &'a str) -> Term<'a> {
    let id = ids.id(&format!("taxonomy_term:{taxonomy}:{code}"));
    Term { id, name, description: name, taxonomy, taxonomy_id: taxonomy_id(ids, taxonomy), term: name, code }
}

fn need_name(need: Need) -> &'static str {
    match need {
        Need::CommunicationAndInteraction => "Communication and interaction",
        Need::CognitionAndLearning => "Cognition and learning",
        Need::SocialEmotionalAndMentalHealth => "Social, emotional and mental health",
        Need::SensoryAndPhysical => "Sensory and/or physical needs",
        Need::All => "All areas of need",
    }
}
