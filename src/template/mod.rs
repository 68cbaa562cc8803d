//! The template stage: Tera templates from the theme, one instance per language so that
//! `t(key=...)` speaks the page's language.

pub mod context;
mod fold;
pub mod functions;

use std::collections::HashMap;
use std::sync::Arc;

use tera::Tera;

use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::localise::Localizer;
use crate::theme::Theme;
pub use context::Context;
use functions::{AssetUrl, Translate};

/// The templates whose output Tera escapes: the rest are written as they are.
const ESCAPED: &[&str] = &[".html", ".xml"];

pub struct Templates {
    by_lang: HashMap<String, Tera>,
}

impl Templates {
    pub fn new(theme: &Theme, localizer: Arc<Localizer>, languages: &[String], base_path: &str) -> Result<Templates, Diagnostics> {
        let mut tera = Tera::default();
        tera.autoescape_on(ESCAPED.to_vec());
        tera.set_escape_fn(escape_html);
        let all = theme.templates.iter().map(|f| (f.name.as_str(), f.text.as_str()));
        if let Err(err) = tera.add_raw_templates(all) {
            let message = chain(&err);
            // Tera names the template at fault in its message; point at that file.
            let origin = theme.templates.iter().find(|f| message.contains(&format!("'{}'", f.name)) || message.contains(&format!("`{}`", f.name)));
            let file = origin.map_or_else(|| std::path::PathBuf::from("themes"), |f| f.origin.clone());
            let hint = "check the {{ }} and {% %} tags, and that each {% extends %}, {% include %} and {% import %} names a template that exists";
            let diagnostic = match syntax_error(&message) {
                Some((pos, what)) => Diagnostic::error(file, pos, format!("this template cannot be read here: {what}"), hint),
                None => Diagnostic::error(file, Pos::START, format!("the templates cannot be read: {}", message.replace('\n', " ")), hint),
            };
            return Err(Diagnostics::from_iter([diagnostic]));
        }
        let urls: HashMap<String, String> = theme.statics.values().map(|s| (s.name.clone(), format!("{base_path}{}", s.output))).collect();
        tera.register_function("asset", AssetUrl { urls });
        let by_lang = languages
            .iter()
            .map(|lang| {
                let mut own = tera.clone();
                own.register_function("t", Translate { lang: lang.clone(), localizer: Arc::clone(&localizer) });
                fold::fold_constant_strings(&mut own, ESCAPED, &|key| localizer.t(lang, key, None), escape_html);
                (lang.clone(), own)
            })
            .collect();
        Ok(Templates { by_lang })
    }

    /// Renders `template` for `context.lang`.
    pub fn render(&self, template: &str, context: &Context) -> Result<String, String> {
        let tera = &self.by_lang[&context.lang.code];
        let context = tera::Context::from_serialize(context).map_err(|e| chain(&e))?;
        tera.render(template, &context).map_err(|e| chain(&e))
    }

    /// Renders `template` for `lang` with a context of its own: for a part of a page made
    /// thousands of times (a service's card), where the page's whole context would cost
    /// more than the part.
    pub fn render_part(&self, template: &str, lang: &str, context: &tera::Context) -> Result<String, String> {
        self.by_lang[lang].render(template, context).map_err(|e| chain(&e))
    }
}

/// Escapes what HTML needs escaped and nothing more: Tera's own escaping also rewrites
/// every `/`, which makes URLs longer and pages heavier for no safety gained. Also what
/// every other piece of HTML or XML the program writes by hand is escaped with.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    // The characters escaped are ASCII, so no byte of them is part of another character:
    // the text between them is copied as it is.
    for (i, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[copied..i]);
        out.push_str(escaped);
        copied = i + 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// Where a syntax error is, and what Tera expected there, from its drawing of the line:
/// `--> 3:19`, the line with a caret, then `= expected ...`.
fn syntax_error(message: &str) -> Option<(Pos, String)> {
    let place = message.split_once("--> ")?.1;
    let (line, rest) = place.split_once(':')?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let pos = Pos::new(line.trim().parse().ok()?, column.parse().ok()?);
    let what = message.lines().find_map(|l| l.trim_start().strip_prefix("= ")).unwrap_or("a tag is not written right");
    Some((pos, what.replace('`', "'")))
}

/// The error and its causes on one line: Tera's own message says only "failed to render".
pub fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut cause = err.source();
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text
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
