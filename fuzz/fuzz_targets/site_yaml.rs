#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|yaml: &str| {
    let dir = common::site_with(yaml, None);
    if let Err(diagnostics) = localoffer::config::Config::load(dir.path(), None) {
        assert!(diagnostics.has_errors());
        for d in diagnostics.sorted() {
            common::assert_located(d.line, d.col, yaml);
        }
    }
});
