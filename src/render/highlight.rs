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
    let syntax = set.find_syntax_by_token(lang).unwrap_or_else(|| set.find_syntax_plain_text());
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
        let html = highlight("a < b\n", "no-such-language");
        assert!(html.contains("a &lt; b"), "{html}");
    }
}
