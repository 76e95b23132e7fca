//! The progress display of `build`, and the table of `--timings`.

use std::collections::BTreeMap;
use std::sync::Mutex;

/// The progress display of `build`: a bar on a terminal, nothing in logs
/// (indicatif draws only when stderr is a terminal) or with --quiet.
pub(crate) struct Bar(
    indicatif::ProgressBar,
    Option<Mutex<BTreeMap<&'static str, (usize, f64)>>>,
);

impl Bar {
    /// A bar (hidden when `quiet`) that also sums up times when `timings`.
    pub(crate) fn new(quiet: bool, timings: bool) -> Self {
        let bar = if quiet {
            indicatif::ProgressBar::hidden()
        } else {
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr())
        };
        Bar(bar, timings.then(Default::default))
    }

    /// The table of `--timings`: seconds on one thread per kind of output
    /// (the build runs on every core, so the wall time is shorter).
    pub(crate) fn print_timings(&self) {
        let Some(t) = &self.1 else { return };
        let t = t.lock().unwrap_or_else(|e| e.into_inner());
        let total: f64 = t.values().map(|(_, s)| s).sum();
        eprintln!(
            "{:<24} {:>8} {:>10} {:>7}",
            "kind", "files", "thread s", "share"
        );
        let mut rows: Vec<_> = t.iter().collect();
        rows.sort_by(|a, b| b.1 .1.total_cmp(&a.1 .1));
        for (kind, (n, s)) in rows {
            eprintln!(
                "{kind:<24} {n:>8} {s:>10.3} {:>6.1}%",
                100.0 * s / total.max(f64::EPSILON)
            );
        }
    }

    /// Clears the bar from the terminal.
    pub(crate) fn done(&self) {
        self.0.finish_and_clear();
    }
}

impl crate::build::Progress for Bar {
    fn step(&self, what: &'static str, total: usize) {
        let style = if total == 0 {
            indicatif::ProgressStyle::with_template("{spinner} {msg} {elapsed}")
        } else {
            indicatif::ProgressStyle::with_template("{msg:>20} [{bar:30}] {pos}/{len} {elapsed}")
        };
        if let Ok(style) = style {
            self.0.set_style(style.progress_chars("=> "));
        }
        self.0.set_message(what);
        self.0.set_length(total as u64);
        self.0.set_position(0);
        if total == 0 {
            self.0
                .enable_steady_tick(std::time::Duration::from_millis(120));
        } else {
            self.0.disable_steady_tick();
        }
    }

    fn advance(&self) {
        self.0.inc(1);
    }

    fn timed(&self, kind: &'static str, seconds: f64) {
        if let Some(t) = &self.1 {
            let mut t = t.lock().unwrap_or_else(|e| e.into_inner());
            let e = t.entry(kind).or_default();
            e.0 += 1;
            e.1 += seconds;
        }
    }
}
