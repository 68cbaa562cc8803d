//! Code blocks highlighted with CSS classes (`hl-keyword`...), never inline styles, so the
//! strict Content-Security-Policy holds. The syntax set is loaded once, on first use.

use std::sync::OnceLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

fn syntaxes() -> &'static SyntaxSet {
    static SYNTAXES: OnceLock<SyntaxSet> = OnceLock::new();
    SYNTAXES.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// `code` as a `<pre>` block; `lang` is the fence's first word (`yaml`, `rust`), if any.
pub fn highlight(code: &str, lang: &str) -> String {
    let set = syntaxes();
    // No language, or one syntect does not know: the code as it is, with no markup.
    let Some(syntax) = set.find_syntax_by_token(lang).filter(|_| !lang.is_empty()) else { return plain(code) };
    let mut generator = ClassedHTMLGenerator::new_with_class_style(syntax, set, ClassStyle::SpacedPrefixed { prefix: "hl-" });
    for line in LinesWithEndings::from(code) {
        if generator.parse_html_for_line_which_includes_newline(line).is_err() {
            // A grammar that fails on this input: show the code plain rather than lose it.
            return plain(code);
        }
    }
    format!("<pre class=\"code\" tabindex=\"0\"><code>{}</code></pre>\n", generator.finalize())
}

fn plain(code: &str) -> String {
    let mut escaped = String::new();
    pulldown_cmark_escape::escape_html(&mut escaped, code).expect("writing to a String cannot fail");
    format!("<pre class=\"code\" tabindex=\"0\"><code>{escaped}</code></pre>\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_with_classes_and_escapes() {
        let html = highlight("title: \"<b>\"\n", "yaml");
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(html.contains("&lt;b&gt;"), "{html}");
        assert!(!html.contains("style="), "{html}");
    }

    #[test]
    fn unknown_languages_are_plain_text() {
        // Escaped, and nothing else: any class, span or style would be highlighting.
        for lang in ["no-such-language", ""] {
            let html = highlight("a < b && \"c\"\n", lang);
            assert_eq!(html, "<pre class=\"code\" tabindex=\"0\"><code>a &lt; b &amp;&amp; &quot;c&quot;\n</code></pre>\n", "{lang}");
        }
    }
}
