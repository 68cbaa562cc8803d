#![no_main]

libfuzzer_sys::fuzz_target!(|html: &str| {
    localoffer::search::digest::digest(html);
});
