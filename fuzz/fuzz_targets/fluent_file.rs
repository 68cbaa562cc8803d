#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|ftl: &str| {
    let dir = common::site_with(common::SITE_YAML, Some(ftl));
    let config = localoffer::config::Config::load(dir.path(), None).unwrap();
    let (_localizer, diagnostics) = localoffer::localise::Localizer::load(&config);
    for d in diagnostics.sorted().into_iter().filter(|d| d.file.ends_with("translations/en.ftl")) {
        common::assert_located(d.line, d.col, ftl);
    }
});
