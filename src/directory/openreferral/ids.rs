//! The export's ids: name-based UUIDs (version 5, RFC 9562), made from what a record is.

/// The export's ids: name-based UUIDs (version 5, RFC 9562) in a namespace of the site's
/// own, so that two councils that both have `services/sendiass.md`, or a category
/// `advice`, export different ids, while one site exports the same ids every build. The
/// namespace is the UUID of site.yaml's `site_id`, or else of its `base_url`, in the URL
/// namespace: a council that may change its domain sets `site_id` once and keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ids {
    namespace: [u8; 16],
}

/// RFC 9562's namespace for names that are URLs.
const NAMESPACE_URL: [u8; 16] = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];

impl Ids {
    pub fn of(config: &crate::config::Config) -> Ids {
        let name = config.site_id.as_deref().unwrap_or(config.base_url.as_str());
        Ids { namespace: uuid5(&NAMESPACE_URL, name) }
    }

    /// The id of the record called `name` (`service:services/penrose`).
    pub fn id(&self, name: &str) -> String {
        hyphenated(&uuid5(&self.namespace, name))
    }
}

fn uuid5(namespace: &[u8; 16], name: &str) -> [u8; 16] {
    use sha1::{Digest, Sha1};
    let mut hasher = Sha1::new();
    hasher.update(namespace);
    hasher.update(name.as_bytes());
    let digest = hasher.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    bytes
}

fn hyphenated(bytes: &[u8; 16]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            id.push('-');
        }
        id.push(char::from(HEX[usize::from(byte >> 4)]));
        id.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_5_uuids_as_rfc_9562_makes_them() {
        // The standard's example: "www.example.com" in the DNS namespace.
        let dns = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];
        assert_eq!(hyphenated(&uuid5(&dns, "www.example.com")), "2ed6657d-e927-568b-95e1-2665a8aea6a2");
        let ids = Ids { namespace: uuid5(&NAMESPACE_URL, "https://example.org/local-offer/") };
        let id = ids.id("service:services/penrose");
        assert_eq!(id, ids.id("service:services/penrose"));
        assert_ne!(id, ids.id("service:services/contact"));
        let other = Ids { namespace: uuid5(&NAMESPACE_URL, "https://example.net/local-offer/") };
        assert_ne!(id, other.id("service:services/penrose"), "another site, another id");
    }
}
