//! A calendar date as the YAML files write it: front matter's `updated:`, site.yaml's
//! accessibility dates.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

/// A calendar date written `YYYY-MM-DD`; impossible dates (`2025-02-30`) are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date(pub NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(Date)
            .map_err(|_| serde::de::Error::custom(format_args!("'{text}' is not a real date")))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}
