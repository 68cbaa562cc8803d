//! How a service is known to a family's list ([`super::list`]), and the links that send a
//! service on without JavaScript: below the views, which use both.

use serde::Serialize;

/// A service's id on the list: its page's path under the directory's section.
pub fn service_id<'a>(page_id: &'a str, section: &str) -> &'a str {
    page_id.strip_prefix(section).and_then(|rest| rest.strip_prefix('/')).unwrap_or(page_id)
}

/// The links a service's page offers without JavaScript to send it on: a text message
/// and an email, each with its name, phone number and address.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ShareLinks {
    pub sms: String,
    pub email: String,
}

/// "sms:?&body=": Android reads `?body=`, iOS `&body=`, and each ignores what it does not.
pub fn share_links(title: &str, phone: Option<&str>, permalink: &str) -> ShareLinks {
    let body = [Some(title), phone, Some(permalink)].into_iter().flatten().collect::<Vec<_>>().join("\n");
    let encode = |text: &str| url::form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>().replace('+', "%20");
    ShareLinks { sms: format!("sms:?&body={}", encode(&body)), email: format!("mailto:?subject={}&body={}", encode(title), encode(&body)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_has_the_name_phone_and_address_encoded() {
        let links = share_links("Speech & talk", Some("01582 546000"), "https://example.org/en/services/speech/");
        assert_eq!(links.sms, "sms:?&body=Speech%20%26%20talk%0A01582%20546000%0Ahttps%3A%2F%2Fexample.org%2Fen%2Fservices%2Fspeech%2F");
        assert!(links.email.starts_with("mailto:?subject=Speech%20%26%20talk&body=Speech%20%26%20talk%0A01582"), "{}", links.email);
        assert_eq!(share_links("A", None, "https://x.org/").sms, "sms:?&body=A%0Ahttps%3A%2F%2Fx.org%2F");
    }

    #[test]
    fn an_id_is_the_path_under_the_section() {
        assert_eq!(service_id("services/penrose-nursery", "services"), "penrose-nursery");
        assert_eq!(service_id("services/health/speech", "services"), "health/speech");
        assert_eq!(service_id("elsewhere/x", "services"), "elsewhere/x");
    }
}

