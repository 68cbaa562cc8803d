//! Interface strings written into the templates once a language, instead of looked up on
//! every page: `{{ t(key="skip-link") }}` becomes the text "Skip to main content" in the
//! English templates, "Przejdź do treści" in the Polish ones. A page has a dozen or more
//! such calls and each costs Tera about as much as reading a variable; the text is the
//! same on every page of a language, so it is worked out here once.
//!
//! Only calls whose whole answer is known before any page exists are folded: `t` with a
//! literal `key` and nothing else, with no filter and no `not`. `t(key=..., date=page.updated)`
//! stays a call. The text is escaped as Tera would escape it, which is why folding is done
//! only when every template is one Tera escapes (`.html`, `.xml`): a template rendered
//! unescaped could otherwise include one folded for escaping.

use tera::ast::{Block, Expr, ExprVal, Node};
use tera::Tera;

/// Folds every constant `t(key="...")` in `tera`'s templates with `translate`, escaping
/// the text with `escape`. Leaves the templates as they are when one is not escaped.
pub fn fold_constant_strings(tera: &mut Tera, escaped_suffixes: &[&str], translate: &dyn Fn(&str) -> String, escape: fn(&str) -> String) {
    if !tera.templates.keys().all(|name| escaped_suffixes.iter().any(|suffix| name.ends_with(suffix))) {
        return;
    }
    let fold = |nodes: &mut Vec<Node>| fold_nodes(nodes, &|key| escape(&translate(key)));
    for template in tera.templates.values_mut() {
        fold(&mut template.ast);
        template.macros.values_mut().for_each(|m| fold(&mut m.body));
        template.blocks.values_mut().for_each(|b| fold_block(b, &fold));
        template.blocks_definitions.values_mut().flatten().for_each(|(_, b)| fold_block(b, &fold));
    }
}

fn fold_block(block: &mut Block, fold: &dyn Fn(&mut Vec<Node>)) {
    fold(&mut block.body);
}

fn fold_nodes(nodes: &mut [Node], text: &dyn Fn(&str) -> String) {
    for node in nodes {
        match node {
            Node::VariableBlock(_, expr) => {
                if let Some(key) = constant_key(expr) {
                    *node = Node::Text(text(key));
                }
            }
            Node::MacroDefinition(_, m, _) => fold_nodes(&mut m.body, text),
            Node::FilterSection(_, section, _) => fold_nodes(&mut section.body, text),
            Node::Block(_, block, _) => fold_nodes(&mut block.body, text),
            Node::Forloop(_, forloop, _) => {
                fold_nodes(&mut forloop.body, text);
                if let Some(body) = &mut forloop.empty_body {
                    fold_nodes(body, text);
                }
            }
            Node::If(branches, _) => {
                branches.conditions.iter_mut().for_each(|(_, _, body)| fold_nodes(body, text));
                if let Some((_, body)) = &mut branches.otherwise {
                    fold_nodes(body, text);
                }
            }
            _ => {}
        }
    }
}

/// The key of `t(key="...")` when that is the whole expression.
fn constant_key(expr: &Expr) -> Option<&str> {
    let ExprVal::FunctionCall(call) = &expr.val else { return None };
    if call.name != "t" || expr.negated || !expr.filters.is_empty() || call.args.len() != 1 {
        return None;
    }
    match call.args.get("key") {
        Some(Expr { val: ExprVal::String(key), negated: false, filters }) if filters.is_empty() => Some(key),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::fold_constant_strings;
    use tera::{Context, Tera};

    fn render(templates: &[(&str, &str)], folded: bool) -> String {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html"]);
        tera.set_escape_fn(crate::template::escape_html);
        tera.add_raw_templates(templates.to_vec()).unwrap();
        let translate = |key: &str| match key {
            "a" => "Tom & Jerry's".to_string(),
            other => format!("<{other}>"),
        };
        if folded {
            fold_constant_strings(&mut tera, &[".html"], &translate, crate::template::escape_html);
        }
        // The same strings as a function, for the calls left unfolded and the reference.
        tera.register_function("t", move |args: &std::collections::HashMap<String, tera::Value>| {
            let key = args["key"].as_str().unwrap();
            let mut text = translate(key);
            if let Some(n) = args.get("n") {
                text.push_str(&n.to_string());
            }
            Ok(tera::Value::String(text))
        });
        let mut context = Context::new();
        context.insert("items", &[1, 2]);
        tera.render(templates.last().unwrap().0, &context).unwrap()
    }

    #[test]
    fn folded_templates_render_the_same_page() {
        let templates = [
            ("macros.html", r#"{% macro m() %}[{{ t(key="m") }}]{% endmacro m %}"#),
            ("base.html", r#"{% import "macros.html" as macros %}<p>{{ t(key="a") }}</p>{% block main %}{{ t(key="b") }}{% endblock main %}{{ macros::m() }}"#),
            (
                "page.html",
                r#"{% extends "base.html" %}{% block main %}{{ super() }}{% for i in items %}{{ t(key="c") }}{% if loop.last %}{{ t(key="d") | upper }}{% else %}{{ t(key="e", n=i) }}{% endif %}{% endfor %}{{ t(key="f") | safe }}{% filter upper %}{{ t(key="g") }}{% endfilter %}{% endblock main %}"#,
            ),
        ];
        let plain = render(&templates, false);
        assert_eq!(plain, "<p>Tom &amp; Jerry&#39;s</p>&lt;b&gt;&lt;c&gt;&lt;e&gt;1&lt;c&gt;&lt;D&gt;<f>&LT;G&GT;[&lt;m&gt;]");
        assert_eq!(render(&templates, true), plain);
    }

    #[test]
    fn constant_calls_become_text_and_calls_with_arguments_stay() {
        let mut tera = Tera::default();
        tera.add_raw_templates(vec![("page.html", r#"{% for i in x %}{{ t(key="a") }}{{ t(key="b", n=i) }}{% endfor %}"#)]).unwrap();
        fold_constant_strings(&mut tera, &[".html"], &|key| format!("{key} & more"), crate::template::escape_html);
        let tera::ast::Node::Forloop(_, forloop, _) = &tera.templates["page.html"].ast[0] else { panic!("a for loop") };
        assert_eq!(forloop.body[0], tera::ast::Node::Text("a &amp; more".into()));
        assert!(matches!(forloop.body[1], tera::ast::Node::VariableBlock(..)));
    }

    #[test]
    fn templates_tera_does_not_escape_are_left_as_calls() {
        let mut tera = Tera::default();
        tera.add_raw_templates(vec![("page.html", r#"{{ t(key="a") }}"#), ("robots.txt", r#"{{ t(key="a") }}"#)]).unwrap();
        fold_constant_strings(&mut tera, &[".html"], &|_| "folded".into(), crate::template::escape_html);
        let is_call = |name: &str| matches!(tera.templates[name].ast[0], tera::ast::Node::VariableBlock(..));
        assert!(is_call("page.html") && is_call("robots.txt"));
    }
}
