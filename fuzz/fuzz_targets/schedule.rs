//! Schedules: any YAML text is parsed, validated and expanded over two years
//! without panicking, and what comes out is sorted and inside the window.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quartier::diag::Diagnostics;
use quartier::schedule::{RawSchedule, Validator};
use quartier::yaml::YamlFile;

fuzz_target!(|text: &str| {
    let mut file = YamlFile::new("offering.yaml".into(), text.to_string(), 0);
    let mut diags = Diagnostics::new();
    let Some(raw) = file.parse::<RawSchedule>(&mut diags) else {
        return;
    };
    let Some(schedule) = Validator::new(&file, &mut diags).validate(&raw) else {
        return;
    };
    let from = jiff::civil::date(2026, 1, 1);
    let to = jiff::civil::date(2027, 12, 31);
    let occ = schedule.occurrences(from, to);
    assert!(occ.windows(2).all(|w| w[0] <= w[1]));
    assert!(occ.iter().all(|o| o.date <= to));
    let _ = schedule.next(from, 5);
    let _ = schedule.is_past(from);
});
