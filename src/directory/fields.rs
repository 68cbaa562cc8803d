//! The types of a service's keys, and the checks on their values: a UK phone number has
//! 10 or 11 digits and starts with 0 (or +44), an email has a name and a domain, a web
//! address is http(s), a postcode has the UK shape, ages lie within 0 to 25.

use serde::{Deserialize, Serialize};


/// The four broad areas of need of the SEND Code of Practice, or all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Need {
    CommunicationAndInteraction,
    CognitionAndLearning,
    SocialEmotionalAndMentalHealth,
    SensoryAndPhysical,
    All,
}

impl Need {
    pub const AREAS: [Need; 4] = [Need::CommunicationAndInteraction, Need::CognitionAndLearning, Need::SocialEmotionalAndMentalHealth, Need::SensoryAndPhysical];

    pub fn id(self) -> &'static str {
        match self {
            Need::CommunicationAndInteraction => "communication-and-interaction",
            Need::CognitionAndLearning => "cognition-and-learning",
            Need::SocialEmotionalAndMentalHealth => "social-emotional-and-mental-health",
            Need::SensoryAndPhysical => "sensory-and-physical",
            Need::All => "all",
        }
    }

    /// Its name's key among the interface strings.
    pub fn key(self) -> &'static str {
        match self {
            Need::CommunicationAndInteraction => "need-communication-and-interaction",
            Need::CognitionAndLearning => "need-cognition-and-learning",
            Need::SocialEmotionalAndMentalHealth => "need-social-emotional-and-mental-health",
            Need::SensoryAndPhysical => "need-sensory-and-physical",
            Need::All => "need-all",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ages {
    pub from: u8,
    pub to: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cost {
    Free,
    Paid,
    Mixed,
}

impl Cost {
    pub const ALL: [Cost; 3] = [Cost::Free, Cost::Paid, Cost::Mixed];

    pub fn id(self) -> &'static str {
        match self {
            Cost::Free => "free",
            Cost::Paid => "paid",
            Cost::Mixed => "mixed",
        }
    }

    /// Its name's key among the interface strings.
    pub fn key(self) -> &'static str {
        match self {
            Cost::Free => "cost-free",
            Cost::Paid => "cost-paid",
            Cost::Mixed => "cost-mixed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Referral {
    #[serde(rename = "self")]
    SelfReferral,
    Professional,
    Both,
}

impl Referral {
    pub const ALL: [Referral; 3] = [Referral::SelfReferral, Referral::Professional, Referral::Both];

    pub fn id(self) -> &'static str {
        match self {
            Referral::SelfReferral => "self",
            Referral::Professional => "professional",
            Referral::Both => "both",
        }
    }

    /// Its name's key among the interface strings.
    pub fn key(self) -> &'static str {
        match self {
            Referral::SelfReferral => "referral-self",
            Referral::Professional => "referral-professional",
            Referral::Both => "referral-both",
        }
    }
}

/// `openreferral_id`: the service's id in the Open Referral feed it was imported from
/// (`localoffer import openreferral`), so that the next import finds its page and the
/// export publishes the same id. Text without spaces, as ids of every version of the
/// standard are (UUIDs in 3.0, numbers or other text in older feeds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenReferralId(pub String);

impl<'de> Deserialize<'de> for OpenReferralId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let good = !text.is_empty() && text.len() <= 200 && !text.chars().any(|c| c.is_whitespace() || c.is_control());
        if good {
            Ok(OpenReferralId(text))
        } else {
            Err(serde::de::Error::custom(format_args!("'{text}' is not an Open Referral id")))
        }
    }
}

impl OpenReferralId {
    /// A UUID, as HSDS 3.0 ids are, in any case.
    pub fn is_uuid(&self) -> bool {
        let bytes = self.0.as_bytes();
        bytes.len() == 36 && bytes.iter().enumerate().all(|(i, b)| if matches!(i, 8 | 13 | 18 | 23) { *b == b'-' } else { b.is_ascii_hexdigit() })
    }
}

/// The oldest age the Local Offer covers.
pub const MAX_AGE: u8 = 25;

/// A UK number as Ofcom's plan numbers them: 11 digits, or 10 for some 01 area codes and
/// 0800; written from 0 or from +44; spaces, brackets and dashes allowed.
pub fn is_uk_phone(text: &str) -> bool {
    let allowed = text.chars().all(|c| c.is_ascii_digit() || " -()+".contains(c));
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let national = match text.trim().strip_prefix("+44") {
        Some(_) => format!("0{}", digits.strip_prefix("44").unwrap_or(&digits).trim_start_matches('0')),
        None => digits,
    };
    let lengths: &[usize] = match national.get(..2).unwrap_or_default() {
        "01" => &[10, 11],
        _ if national.starts_with("0800") => &[10, 11],
        "02" | "03" | "05" | "07" | "08" | "09" => &[11],
        _ => &[],
    };
    allowed && lengths.contains(&national.len())
}

pub fn is_email(text: &str) -> bool {
    let Some((name, domain)) = text.split_once('@') else { return false };
    let labels: Vec<&str> = domain.split('.').collect();
    !name.is_empty()
        && !text.chars().any(|c| c.is_whitespace() || c == '<' || c == '>' || c == ',')
        && labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
}

pub fn is_web_address(text: &str) -> bool {
    url::Url::parse(text).is_ok_and(|u| matches!(u.scheme(), "https" | "http") && u.host_str().is_some_and(|h| h.contains('.')))
}

/// The UK shape: an outward code (`LU1`, `SW1A`, `M1`), a space, an inward code (`2BQ`).
pub fn is_uk_postcode(text: &str) -> bool {
    let compact: String = text.trim().to_uppercase().chars().filter(|c| *c != ' ').collect();
    if !(5..=7).contains(&compact.len()) || !compact.is_ascii() {
        return false;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    let inward: Vec<char> = inward.chars().collect();
    let inward_ok = inward[0].is_ascii_digit() && inward[1].is_ascii_alphabetic() && inward[2].is_ascii_alphabetic();
    let letters = outward.chars().take_while(char::is_ascii_alphabetic).count();
    let rest = &outward[letters..];
    let outward_ok = (1..=2).contains(&letters)
        && rest.chars().next().is_some_and(|c| c.is_ascii_digit())
        && rest.len() <= 2
        && rest.chars().all(|c| c.is_ascii_alphanumeric());
    inward_ok && outward_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_choice_names_its_interface_string() {
        for need in Need::AREAS.into_iter().chain([Need::All]) {
            assert_eq!(need.key(), format!("need-{}", need.id()));
        }
        for cost in Cost::ALL {
            assert_eq!(cost.key(), format!("cost-{}", cost.id()));
        }
        for referral in Referral::ALL {
            assert_eq!(referral.key(), format!("referral-{}", referral.id()));
        }
    }

    #[test]
    fn open_referral_ids_are_text_without_spaces() {
        let id = |yaml: &str| serde_yaml::from_str::<OpenReferralId>(yaml);
        assert!(id("ac148810-d857-441c-9679-408f346de14b").unwrap().is_uuid());
        assert!(!id("'1234'").unwrap().is_uuid());
        assert!(id("'a b'").unwrap_err().to_string().contains("'a b' is not an Open Referral id"));
        assert!(id("''").is_err());
    }

    #[test]
    fn uk_phone_numbers() {
        for good in ["01582 546000", "0808 808 3555", "0300 123 1231", "+44 1582 546000", "07700 900123", "(01582) 343230"] {
            assert!(is_uk_phone(good), "{good}");
        }
        for bad in ["0808 808 355", "1582 546000", "01582 5460001 2", "phone me", "00 44 1582", "+1 212 555 0100"] {
            assert!(!is_uk_phone(bad), "{bad}");
        }
    }

    #[test]
    fn emails_and_web_addresses() {
        assert!(is_email("sendias@luton.gov.uk"));
        assert!(!is_email("sendias at luton.gov.uk"));
        assert!(!is_email("sendias@localhost"));
        assert!(!is_email("@luton.gov.uk"));
        assert!(is_web_address("https://www.luton.gov.uk/send"));
        assert!(!is_web_address("www.luton.gov.uk"));
        assert!(!is_web_address("javascript:alert(1)"));
    }

    #[test]
    fn uk_postcodes() {
        for good in ["LU1 2BQ", "lu1 2bq", "SW1A 1AA", "M1 1AE", "B33 8TH", "LU12BQ"] {
            assert!(is_uk_postcode(good), "{good}");
        }
        for bad in ["LU1", "12345", "LU1 2B", "LUU1 2BQ", "LU1 BBQ", "ل1 2BQ"] {
            assert!(!is_uk_postcode(bad), "{bad}");
        }
    }
}
