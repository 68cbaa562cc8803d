//! A record as a service page: its front matter and its body, merged into the page an
//! earlier import wrote, keeping what an editor added there.
//!
//! The import owns the keys it writes from the feed ([`OWNED`]) and the part of the body
//! between the two marker lines ([`START`], [`END`]). Everything else in the file is the
//! editor's and is kept byte for byte: other keys (`topics`, `referral`, `weight`...) with
//! their comments, and any text before or after the markers. So the same feed writes the
//! same bytes, and a changed record changes only its own page.

use super::html;
use super::record::Record;
use crate::directory::Need;

/// The first line of the imported part of the body.
pub const START: &str = "<!-- openreferral: from the feed; the import replaces this part, up to the end line -->";
/// The line after it.
pub const END: &str = "<!-- openreferral: end -->";

/// The front matter keys written from the feed, in the order written.
pub const OWNED: &[&str] = &["title", "description", "openreferral_id", "organisation", "categories", "needs", "ages", "contact", "locations", "cost", "languages", "hours", "accessibility"];

/// What the mapping file gives a record's terms.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tags {
    pub categories: Vec<String>,
    pub needs: Vec<Need>,
}

/// The page's text: new, or `existing` with the import's parts replaced. `Err` says why
/// the existing page cannot be merged into (its markers are gone).
pub fn text(record: &Record, tags: &Tags, existing: Option<&str>) -> Result<String, String> {
    let markdown = html::to_markdown(&record.description);
    let summary = match html::summary(&html::plain_text(&markdown)) {
        s if s.is_empty() => format!("{}, run by {}.", record.name, record.organisation),
        s => s,
    };
    let Some(existing) = existing else {
        return Ok(format!("---\n{}---\n\n{START}\n{}{END}\n", front_matter(record, tags, &summary, &[]), block(&markdown)));
    };
    let (front, body) = split(existing).ok_or("its front matter is not between two '---' lines")?;
    let blocks = blocks(front);
    let keep: Vec<&Block> = blocks
        .iter()
        .filter(|b| match b.key.as_deref() {
            Some("categories") => tags.categories.is_empty(),
            Some("needs") => tags.needs.is_empty(),
            Some(key) => !OWNED.contains(&key),
            None => true,
        })
        .collect();
    let kept: Vec<&str> = keep.iter().map(|b| b.text.as_str()).collect();
    let start = body.find(&format!("{START}\n")).ok_or("the line that starts the imported part is gone")?;
    let end = body[start..].find(&format!("{END}\n")).map(|i| start + i).ok_or("the line that ends the imported part is gone")?;
    let (before, after) = (&body[..start], &body[end + END.len() + 1..]);
    Ok(format!("---\n{}---\n{before}{START}\n{}{END}\n{after}", front_matter(record, tags, &summary, &kept), block(&markdown)))
}

fn block(markdown: &str) -> String {
    if markdown.is_empty() {
        String::new()
    } else {
        format!("{markdown}\n")
    }
}

/// The front matter and the body of a page's text, or `None` if it has no front matter.
fn split(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("---\n")?;
    let end = if rest.starts_with("---\n") { 0 } else { rest.find("\n---\n")? + 1 };
    Some((&rest[..end], &rest[end + 4..]))
}

/// A top-level key of the front matter with its lines (and the comments above it).
struct Block {
    key: Option<String>,
    text: String,
}

fn blocks(front: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut pending = String::new();
    for line in front.split_inclusive('\n') {
        let top = !line.starts_with([' ', '\t', '-', '#', '\n']);
        if top {
            let key = line.split(':').next().unwrap_or_default().trim().to_string();
            blocks.push(Block { key: Some(key), text: std::mem::take(&mut pending) + line });
        } else if line.starts_with('#') || blocks.is_empty() {
            pending.push_str(line);
        } else {
            blocks.last_mut().expect("checked").text.push_str(line);
        }
    }
    if !pending.is_empty() {
        blocks.push(Block { key: None, text: pending });
    }
    blocks
}

fn front_matter(record: &Record, tags: &Tags, summary: &str, kept: &[&str]) -> String {
    let mut out = String::with_capacity(512);
    let mut line = |key: &str, value: String| {
        let gap = if value.starts_with('\n') { "" } else { " " };
        out.push_str(&format!("{key}:{gap}{value}\n"));
    };
    line("title", scalar(&record.name));
    line("description", scalar(summary));
    line("openreferral_id", scalar(&record.id));
    line("organisation", scalar(&record.organisation));
    if !tags.categories.is_empty() {
        line("categories", flow(tags.categories.iter().map(String::as_str)));
    }
    if !tags.needs.is_empty() {
        line("needs", flow(tags.needs.iter().map(|n| n.id())));
    }
    if let Some((from, to)) = record.ages {
        line("ages", format!("{{ from: {from}, to: {to} }}"));
    }
    let contact: Vec<(&str, &String)> = [("phone", record.phones.first()), ("email", record.email.as_ref()), ("website", record.website.as_ref())].into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect();
    if !contact.is_empty() {
        let mut text = String::new();
        for (key, value) in contact {
            text.push_str(&format!("\n  {key}: {}", scalar(value)));
        }
        line("contact", text);
    }
    if !record.locations.is_empty() {
        let mut text = String::new();
        for place in &record.locations {
            text.push_str(&format!("\n  - name: {}", scalar(&place.name)));
            if let Some(address) = &place.address {
                text.push_str(&format!("\n    address: {}", scalar(address)));
            }
            if let Some(postcode) = &place.postcode {
                text.push_str(&format!("\n    postcode: {}", scalar(postcode)));
            }
        }
        line("locations", text);
    }
    if let Some(cost) = record.cost {
        line("cost", cost.id().into());
    }
    if !record.languages.is_empty() {
        line("languages", flow(record.languages.iter().map(String::as_str)));
    }
    if let Some(hours) = &record.hours {
        line("hours", scalar(hours));
    }
    if let Some(access) = &record.accessibility {
        line("accessibility", scalar(access));
    }
    for text in kept {
        out.push_str(text);
    }
    out
}

fn flow<'a>(items: impl Iterator<Item = &'a str>) -> String {
    format!("[{}]", items.map(flow_item).collect::<Vec<_>>().join(", "))
}

/// A YAML scalar: plain when YAML reads it back as the same text, else double-quoted
/// (JSON's quoting, which YAML reads).
pub fn scalar(text: &str) -> String {
    quoted_unless(text, is_plain(text))
}

/// A scalar inside a flow list (`[a, b]`), where commas and brackets end it.
fn flow_item(text: &str) -> String {
    quoted_unless(text, is_plain(text) && !text.contains([',', '[', ']', '{', '}']))
}

fn quoted_unless(text: &str, plain: bool) -> String {
    if plain {
        text.to_string()
    } else {
        serde_json::to_string(text).expect("a string serialises")
    }
}

fn is_plain(text: &str) -> bool {
    !text.is_empty()
        && text.trim() == text
        && !text.starts_with(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '.'])
        && !looks_numeric(text)
        && !text.contains(": ")
        && !text.contains(" #")
        && !text.ends_with(':')
        && !text.chars().any(|c| c.is_control() || c == '\\')
        && !matches!(text.to_lowercase().as_str(), "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n" | "~")
}

/// Text YAML may read as a number, a date or a time rather than as text.
fn looks_numeric(text: &str) -> bool {
    text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | '_' | 'e' | 'E' | ' ' | 'x' | 'o' | 'T' | 'Z'))
}

/// The file name for a service called `name`: lower-case letters and digits, hyphens
/// between words, accents taken off (`Café Crèche` is `cafe-creche`).
pub fn slug(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut slug = String::with_capacity(name.len());
    for c in name.nfkd().filter(char::is_ascii) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() && c != '\'' {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug: String = slug.chars().take(80).collect();
    if slug.is_empty() {
        "service".into()
    } else {
        slug.trim_end_matches('-').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_read_back_as_the_same_text() {
        for text in ["Luton", "http://example.com/x", "1-30 Main Street, MyCity", "a@b.org", "It ends:", "x: y", "[x]", "Mon, Tue", "Monday to Friday, 9am to 5pm", "2025-03-01", "01632 960123", "yes", "a: b", "#1", "It's", "ac148810-d857-441c-9679-408f346de14b", "123", "Sports & leisure", "- x", " x"] {
            let yaml = format!("v: {}\n", scalar(text));
            let back: std::collections::BTreeMap<String, String> = serde_yaml::from_str(&yaml).unwrap_or_else(|e| panic!("{yaml}: {e}"));
            assert_eq!(back["v"], text, "{yaml}");
            let list: std::collections::BTreeMap<String, Vec<String>> = serde_yaml::from_str(&format!("v: {}\n", flow([text].into_iter()))).unwrap();
            assert_eq!(list["v"], [text]);
        }
        assert_eq!(scalar("Luton"), "Luton");
        assert_eq!(scalar("Monday to Friday, 9am to 5pm"), "Monday to Friday, 9am to 5pm");
        assert_eq!(flow_item("Mon, Tue"), "\"Mon, Tue\"");
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Café Crèche & Play (0-5)"), "cafe-creche-play-0-5");
        assert_eq!(slug("Children's Centre"), "childrens-centre");
        assert_eq!(slug("اردو"), "service");
    }

    #[test]
    fn blocks_keep_comments_with_the_key_below() {
        let blocks = blocks("title: A\n# why\ntopics:\n  - transport\nweight: 2\n");
        let keys: Vec<Option<&str>> = blocks.iter().map(|b| b.key.as_deref()).collect();
        assert_eq!(keys, [Some("title"), Some("topics"), Some("weight")]);
        assert_eq!(blocks[1].text, "# why\ntopics:\n  - transport\n");
    }
}
