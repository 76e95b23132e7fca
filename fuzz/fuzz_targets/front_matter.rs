//! Front-matter splitting: never panics, and the body offset points at the body.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some((yaml, body, offset)) = quartier::load::split_front_matter(text) {
        assert_eq!(&text[offset..], body);
        assert!(text.len() >= yaml.len() + body.len());
    }
});
