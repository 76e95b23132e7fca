//! Content loading: the input becomes one offering's offering.yaml and its
//! German text (split at the first NUL byte) in a copy of the test fixture,
//! and the whole site is loaded. Any input must give a site or diagnostics,
//! never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "fixture.rs"]
mod fixture;

fuzz_target!(|data: &[u8]| {
    let root = fixture::site("content");
    let (yaml, md) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b"---\ntitle: T\nsummary: S\n---\n"[..]),
    };
    let dir = root.join("content/nordviertel/fest");
    std::fs::write(dir.join("offering.yaml"), yaml).unwrap();
    std::fs::write(dir.join("de.md"), md).unwrap();
    let clock = quartier::clock::Clock::fixed(jiff::civil::date(2026, 11, 26));
    let (site, diags) = quartier::load::load(root, &clock);
    assert!(site.is_some() || diags.has_errors());
});
