//! Escaping for HTML and XML, one way for the whole program: the templates (through Tera),
//! and every piece of HTML or XML written by hand. A leaf: it imports nothing of the
//! program's.

use std::io::Write;

/// Escapes what HTML needs escaped and nothing more: Tera's own escaping also rewrites
/// every `/`, which makes URLs longer and pages heavier for no safety gained. Also what
/// every other piece of HTML or XML the program writes by hand is escaped with.
pub fn escape_html(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    escape_html_to(text, &mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("escaping keeps UTF-8 whole")
}

/// [`escape_html`], written to `out`: how Tera escapes what the templates print.
pub fn escape_html_to(text: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let mut copied = 0;
    // The characters escaped are ASCII, so no byte of them is part of another character:
    // the text between them is copied as it is.
    for (i, byte) in text.bytes().enumerate() {
        let escaped: &[u8] = match byte {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&text.as_bytes()[copied..i])?;
        out.write_all(escaped)?;
        copied = i + 1;
    }
    out.write_all(&text.as_bytes()[copied..])
}

/// JSON (as serde_json writes it) made safe to put in a `<script>` element: `<`, `>` and
/// `&` as `\u003c`, `\u003e` and `\u0026`, which mean the same to a JSON reader. Escaping
/// only `</` is not enough: `<!--` then `<script` in a string would keep the element's
/// real `</script>` from closing it, and the rest of the page would be script.
pub fn json_in_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{escape_html, json_in_script};

    #[test]
    fn json_in_a_script_cannot_end_it_or_open_a_comment_and_reads_the_same() {
        let json = serde_json::to_string(&serde_json::json!({"name": "a </script><!-- <script> & b"})).unwrap();
        let safe = json_in_script(&json);
        assert_eq!(safe, r#"{"name":"a \u003c/script\u003e\u003c!-- \u003cscript\u003e \u0026 b"}"#);
        assert_eq!(serde_json::from_str::<serde_json::Value>(&safe).unwrap(), serde_json::from_str::<serde_json::Value>(&json).unwrap());
    }

    #[test]
    fn escapes_the_five_characters_html_needs_and_keeps_the_rest() {
        assert_eq!(escape_html(r#"<a href="x">Tom & Jerry's</a> / ok"#), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; / ok");
        assert_eq!(escape_html("اردو <b>ș</b> বাংলা"), "اردو &lt;b&gt;ș&lt;/b&gt; বাংলা");
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("&"), "&amp;");
    }
}
