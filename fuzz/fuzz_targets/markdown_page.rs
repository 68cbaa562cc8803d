#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|body: &str| {
    let text = format!("---\ntitle: A page\ndescription: What it is.\n---\n\n{body}");
    common::build_with(common::source("content/help/page.md", "help/page", text));
});
