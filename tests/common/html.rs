//! What no page the build writes may hold, read as a browser reads it (lol_html).

use std::cell::RefCell;

/// The problems of one HTML page: an inline script that is not JSON data, or JSON that
/// could close its `<script>`; an address that is not http(s), mailto, tel, sms or
/// relative; an event handler.
pub fn problems(html: &str) -> Vec<String> {
    let found = RefCell::new(Vec::new());
    // Each inline script's type and text, in order.
    let scripts: RefCell<Vec<(String, String)>> = RefCell::new(Vec::new());
    let settings = lol_html::RewriteStrSettings::new()
        .append_element_content_handler(lol_html::element!("*", |el| {
                for attribute in el.attributes() {
                    let (name, value) = (attribute.name(), attribute.value());
                    if name.starts_with("on") {
                        found.borrow_mut().push(format!("<{} {name}=\"{value}\">: an event handler", el.tag_name()));
                    }
                    let urls: Vec<&str> = match name.as_str() {
                        "href" | "src" | "action" | "formaction" | "poster" | "cite" | "data" | "xlink:href" | "background" => vec![value.as_str()],
                        "srcset" => value.split(',').filter_map(|candidate| candidate.split_whitespace().next()).collect(),
                        _ => vec![],
                    };
                    for url in urls.into_iter().filter(|url| !safe_url(url)) {
                        found.borrow_mut().push(format!("<{} {name}=\"{url}\">: not an http(s), mailto, tel, sms or relative address", el.tag_name()));
                    }
                }
                if el.tag_name() == "script" && el.get_attribute("src").is_none() {
                    scripts.borrow_mut().push((el.get_attribute("type").unwrap_or_default(), String::new()));
                }
                Ok(())
        }))
        .append_element_content_handler(lol_html::text!("script", |chunk| {
                if let Some(last) = scripts.borrow_mut().last_mut() {
                    last.1.push_str(chunk.as_str());
                }
                Ok(())
        }));
    lol_html::rewrite_str(html, settings).expect("the page parses");
    let mut found = found.into_inner();
    for (kind, text) in scripts.into_inner() {
        if kind != "application/ld+json" && kind != "application/json" {
            found.push(format!("an inline script of type '{kind}': only data may be inline"));
            continue;
        }
        let lower = text.to_ascii_lowercase();
        if lower.contains("</script") || lower.contains("<!--") {
            found.push(format!("a {kind} block that could close its script: {text}"));
        }
        if let Err(err) = serde_json::from_str::<serde_json::Value>(&text) {
            found.push(format!("a {kind} block that is not JSON ({err}): {text}"));
        }
    }
    found
}

/// An address a browser will not run or read as data: http(s), mailto, tel, sms or
/// relative, as the URL standard parses it.
pub fn safe_url(url: &str) -> bool {
    // Browsers strip control characters and spaces around a URL, and drop tabs and line
    // breaks anywhere in it.
    let url: String = url.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    // A scheme is a letter, then letters, digits, `+`, `-` or `.`, then `:`. Anything else
    // before the first `:` makes the address relative (a path).
    let scheme = url.split_once(':').map(|(scheme, _)| scheme).filter(|s| s.starts_with(|c: char| c.is_ascii_alphabetic()) && s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)));
    scheme.is_none_or(|scheme| ["http", "https", "mailto", "tel", "sms"].contains(&scheme.to_ascii_lowercase().as_str()))
}
