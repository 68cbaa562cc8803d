//! `leaflet:` in a page's front matter: `true`, or a map of settings.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// `leaflet: true` or `leaflet: { paper: a5, sections: [...] }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeafletOption {
    Enabled(bool),
    Settings(LeafletSettings),
}

impl LeafletOption {
    /// The settings to print with, or `None` for `leaflet: false`.
    pub fn settings(&self) -> Option<LeafletSettings> {
        match self {
            LeafletOption::Enabled(true) => Some(LeafletSettings::default()),
            LeafletOption::Enabled(false) => None,
            LeafletOption::Settings(settings) => Some(settings.clone()),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeafletSettings {
    #[serde(default)]
    pub paper: Paper,
    /// The `##` headings (their text or id) whose sections are printed; the text before
    /// the first `##` heading is always printed. `None` prints the whole page.
    pub sections: Option<Vec<String>>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    A4,
    A5,
}

impl Paper {
    /// Its name in typst's `page(paper: ...)`.
    pub fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A5 => "a5",
        }
    }
}

/// By hand rather than `#[serde(untagged)]`: an untagged enum hides the map's own errors
/// ("unknown key 'papr' - did you mean 'paper'?") behind "did not match any variant".
impl<'de> Deserialize<'de> for LeafletOption {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OptionVisitor;

        impl<'de> Visitor<'de> for OptionVisitor {
            type Value = LeafletOption;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("true, false or a map like { paper: a5 }")
            }

            fn visit_bool<E: de::Error>(self, value: bool) -> Result<LeafletOption, E> {
                Ok(LeafletOption::Enabled(value))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<LeafletOption, A::Error> {
                LeafletSettings::deserialize(de::value::MapAccessDeserializer::new(map)).map(LeafletOption::Settings)
            }
        }

        deserializer.deserialize_any(OptionVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Front {
        leaflet: LeafletOption,
    }

    fn parse(yaml: &str) -> Result<LeafletOption, String> {
        serde_yaml::from_str::<Front>(yaml).map(|f| f.leaflet).map_err(|e| e.to_string())
    }

    #[test]
    fn a_leaflet_is_a_bool_or_a_map() {
        assert_eq!(parse("leaflet: true").unwrap().settings(), Some(LeafletSettings::default()));
        assert_eq!(parse("leaflet: false").unwrap().settings(), None);
        let settings = parse("leaflet: { paper: a5, sections: [Who we are] }").unwrap().settings().unwrap();
        assert_eq!(settings.paper, Paper::A5);
        assert_eq!(settings.sections, Some(vec!["Who we are".to_string()]));
    }

    #[test]
    fn the_map_keeps_its_own_errors() {
        assert!(parse("leaflet: { papr: a5 }").unwrap_err().contains("unknown field `papr`"));
        assert!(parse("leaflet: { paper: a3 }").unwrap_err().contains("unknown variant `a3`"));
        assert!(parse("leaflet: yes").unwrap_err().contains("expected true, false or a map"));
    }
}
