#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|text: &str| {
    if let Err(d) = localoffer::load::front_matter::parse(common::source("content/help/page.md", "help/page", text.to_string())) {
        common::assert_located(d.line, d.col, text);
    }
});
