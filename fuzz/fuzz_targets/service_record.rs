#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|facts: &str| {
    let text = format!("---\ntitle: A service\ndescription: What it does.\n{facts}\n---\n\nWhat it does.\n");
    common::build_with(common::source("content/services/a.md", "services/a", text));
});
