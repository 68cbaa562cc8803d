#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|facts: &str| {
    // A service needs its organisation: given, unless the facts give their own.
    let organisation = if facts.contains("organisation") { "" } else { "organisation: An organisation\n" };
    let text = format!("---\ntitle: A service\ndescription: What it does.\n{organisation}{facts}\n---\n\nWhat it does.\n");
    common::build_with(common::source("content/services/a.md", "services/a", text));
});
