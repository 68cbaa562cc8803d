//! The functions templates call: `t(key="...")` for interface strings, `asset(name="...")`
//! for the hashed URL of a theme file.

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Function, Value};

use crate::localise::Localizer;

/// `{{ t(key="last-updated", date=page.updated) }}`: the string in the page's language.
pub struct Translate {
    pub lang: String,
    pub localizer: Arc<Localizer>,
}

impl Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let key = args.get("key").and_then(Value::as_str).ok_or_else(|| tera::Error::msg("t() needs key=\"...\""))?;
        if args.len() == 1 {
            return Ok(Value::String(self.localizer.t(&self.lang, key, None)));
        }
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args.iter().filter(|(name, _)| name.as_str() != "key") {
            let value = match value {
                Value::Number(n) => n.as_f64().map(FluentValue::from).unwrap_or(FluentValue::None),
                Value::String(s) => FluentValue::from(s.clone()),
                other => FluentValue::from(other.to_string()),
            };
            fluent_args.set(name.clone(), value);
        }
        Ok(Value::String(self.localizer.t(&self.lang, key, Some(&fluent_args))))
    }
}

/// `{{ asset(name="style.css") }}`: the published, content-hashed URL of a theme file.
pub struct AssetUrl {
    /// Theme name -> URL.
    pub urls: HashMap<String, String>,
}

impl Function for AssetUrl {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let name = args.get("name").and_then(Value::as_str).ok_or_else(|| tera::Error::msg("asset() needs name=\"...\""))?;
        match self.urls.get(name) {
            Some(url) => Ok(Value::String(url.clone())),
            None => Err(tera::Error::msg(format!("there is no file '{name}' in the theme's static/ folder"))),
        }
    }

    fn is_safe(&self) -> bool {
        true
    }
}
