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

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn escapes_the_five_characters_html_needs_and_keeps_the_rest() {
        assert_eq!(escape_html(r#"<a href="x">Tom & Jerry's</a> / ok"#), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; / ok");
        assert_eq!(escape_html("اردو <b>ș</b> বাংলা"), "اردو &lt;b&gt;ș&lt;/b&gt; বাংলা");
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("&"), "&amp;");
    }
}
