//! The template stage: Tera templates from the theme, one instance per language so that
//! `t(key=...)` speaks the page's language.

pub mod context;
pub mod functions;

use std::collections::HashMap;
use std::sync::Arc;

use tera::Tera;

use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::escape::escape_html_to;
use crate::localise::Localizer;
use crate::theme::Theme;
pub use context::Context;
use functions::{AssetUrl, Translate};

/// The templates whose output Tera escapes: the rest are written as they are.
const ESCAPED: [&str; 2] = [".html", ".xml"];

pub struct Templates {
    by_lang: HashMap<String, Tera>,
}

/// What went wrong in a template, and where when Tera knows: the template's name and the
/// line and column of the tag at fault (in an included or parent template, that one's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub template: Option<String>,
    pub pos: Option<Pos>,
    pub message: String,
}

impl Fault {
    fn of(err: &tera::Error) -> Fault {
        Fault::all(err).swap_remove(0)
    }

    /// Every fault in `err`: Tera reports all the templates that cannot be compiled at once,
    /// as its drawings of each (`error: ...`, then ` --> name:line:col`) joined in one message.
    fn all(err: &tera::Error) -> Vec<Fault> {
        if let tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) = err.kind() {
            let span = report.span();
            let template = Some(report.filename().to_string()).filter(|name| !name.is_empty());
            return vec![Fault { template, pos: Some(Pos::new(span.start_line, span.start_col + 1)), message: report.message().to_string() }];
        }
        let text = chain(err);
        let mut faults = Vec::new();
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            let Some(message) = line.strip_prefix("error: ") else { continue };
            let place = lines.next().and_then(|l| l.trim_start().strip_prefix("--> "));
            let located = place.and_then(|p| {
                let (rest, col) = p.rsplit_once(':')?;
                let (name, line) = rest.rsplit_once(':')?;
                Some((name.to_string(), Pos::new(line.parse().ok()?, col.parse().ok()?)))
            });
            let (template, pos) = located.map_or((None, None), |(name, pos)| (Some(name), Some(pos)));
            faults.push(Fault { template, pos, message: message.to_string() });
        }
        if faults.is_empty() {
            faults.push(Fault { template: None, pos: None, message: text });
        }
        faults
    }
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.template, self.pos) {
            (Some(name), Some(pos)) => write!(f, "{name}:{}:{}: {}", pos.line, pos.col, self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl Templates {
    pub fn new(theme: &Theme, localizer: Arc<Localizer>, languages: &[String], base_path: &str) -> Result<Templates, Diagnostics> {
        let urls: HashMap<String, String> = theme.statics.values().map(|s| (s.name.clone(), format!("{base_path}{}", s.output))).collect();
        let mut base = Tera::new();
        base.autoescape_on(ESCAPED);
        base.set_escape_fn(escape_html_to);
        base.register_function("asset", AssetUrl { urls });
        // Tera checks that every function a template calls exists as it compiles them, so
        // `t` is there first; each language then gets its own.
        base.register_function("t", Translate { lang: languages.first().cloned().unwrap_or_default(), localizer: Arc::clone(&localizer) });
        let all = theme.templates.iter().map(|f| (f.name.as_str(), f.text.as_str()));
        if let Err(err) = base.add_raw_templates(all) {
            let hint = "check the {{ }} and {% %} tags, that each {% extends %} and {% include %} names a template that exists, and that each {% block %} is in the template it extends";
            let diagnostics = Fault::all(&err).into_iter().map(|fault| {
                let named = |name: &str| theme.templates.iter().find(|f| f.name == name);
                // Tera names the template at fault in its report, or in its message.
                let origin = fault.template.as_deref().and_then(named).or_else(|| {
                    theme.templates.iter().find(|f| fault.message.contains(&format!("'{}'", f.name)) || fault.message.contains(&format!("`{}`", f.name)))
                });
                let file = origin.map_or_else(|| std::path::PathBuf::from("themes"), |f| f.origin.clone());
                let message = fault.message.replace('\n', " ").replace('`', "'");
                match fault.pos {
                    Some(pos) => Diagnostic::error(file, pos, format!("this template cannot be read here: {message}"), hint),
                    None => Diagnostic::error(file, Pos::START, format!("the templates cannot be read: {message}"), hint),
                }
            });
            return Err(Diagnostics::from_iter(diagnostics));
        }
        let by_lang = languages
            .iter()
            .map(|lang| {
                let mut own = base.clone();
                own.register_function("t", Translate { lang: lang.clone(), localizer: Arc::clone(&localizer) });
                (lang.clone(), own)
            })
            .collect();
        Ok(Templates { by_lang })
    }

    /// Renders `template` for `context.lang`.
    pub fn render(&self, template: &str, context: &Context) -> Result<String, Fault> {
        let tera = &self.by_lang[&context.lang.code];
        let context = tera::Context::from_serialize(context).map_err(|e| Fault::of(&e))?;
        tera.render(template, &context).map_err(|e| Fault::of(&e))
    }

    /// Renders `template` for `lang` with a context of its own: for a part of a page made
    /// thousands of times (a service's card), where the page's whole context would cost
    /// more than the part.
    pub fn render_part(&self, template: &str, lang: &str, context: &tera::Context) -> Result<String, Fault> {
        self.by_lang[lang].render(template, context).map_err(|e| Fault::of(&e))
    }
}

/// The error and its causes on one line.
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
