//! The functions templates call: `t(key="...")` for interface strings, `asset(name="...")`
//! for the hashed URL of a theme file.

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Function, Kwargs, State, TeraResult, Value};

use crate::localise::Localizer;

/// `{{ t(key="last-updated", date=page.updated) }}`: the string in the page's language.
pub struct Translate {
    pub lang: String,
    pub localizer: Arc<Localizer>,
}

impl Function<TeraResult<String>> for Translate {
    fn call(&self, kwargs: Kwargs, _: &State) -> TeraResult<String> {
        let key: &str = kwargs.must_get("key")?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in kwargs.iter() {
            let name = name.to_string();
            if name == "key" {
                continue;
            }
            let value = if let Some(n) = value.as_f64() {
                FluentValue::from(n)
            } else if let Some(s) = value.as_str() {
                FluentValue::from(s.to_string())
            } else if value.is_none() || value.is_undefined() {
                FluentValue::None
            } else {
                FluentValue::from(value.to_string())
            };
            fluent_args.set(name, value);
        }
        let args = (fluent_args.iter().next().is_some()).then_some(&fluent_args);
        Ok(self.localizer.t(&self.lang, key, args))
    }
}

/// `{{ asset(name="style.css") }}`: the published, content-hashed URL of a theme file.
pub struct AssetUrl {
    /// Theme name -> URL.
    pub urls: HashMap<String, String>,
}

impl Function<TeraResult<Value>> for AssetUrl {
    fn call(&self, kwargs: Kwargs, _: &State) -> TeraResult<Value> {
        let name: &str = kwargs.must_get("name")?;
        match self.urls.get(name) {
            Some(url) => Ok(Value::safe_string(url)),
            None => Err(tera::Error::message(format!("there is no file '{name}' in the theme's static/ folder"))),
        }
    }

    fn is_safe(&self) -> bool {
        true
    }
}
