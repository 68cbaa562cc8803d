#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|html: &str| {
    // The resolver echoes what the content wrote: the worst a page could make of it.
    common::assert_clean(&localoffer::render::sanitize::sanitize(html, |url| Some(url.to_string())));
});
