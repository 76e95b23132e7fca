//! `quartier build`: the website into the output folder, with a progress
//! bar and a one-line summary.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::progress::Bar;
use super::report::summary_line;
use crate::cli::{EXIT_CONTENT, EXIT_OK};

/// Builds the site at `root` into `output` (default: `public/` in it).
pub(crate) fn run(
    root: &Path,
    output: Option<PathBuf>,
    quiet: bool,
    today: Option<&str>,
    options: crate::build::Options,
    timings: bool,
) -> ExitCode {
    let clock = match super::clock(today) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let output = output.unwrap_or_else(|| root.join("public"));
    let bar = Bar::new(quiet, timings);
    let (summary, diags) = crate::build::build_with(root, &output, &clock, &options, &bar);
    bar.done();
    bar.print_timings();
    diags.print(root);
    match summary {
        Some(s) => {
            if !quiet {
                eprintln!(
                    "built {} pages, {} flyers and images ({}{:.2} s), {} calendars ({} files) in {:.2} s into {}{}",
                    s.pages,
                    s.flyers,
                    match s.flyers_from_cache {
                        0 => String::new(),
                        n => format!("{n} kept from the last build, "),
                    },
                    s.flyer_seconds,
                    s.calendars,
                    s.files,
                    s.seconds,
                    s.output.display(),
                    if diags.is_empty() {
                        String::new()
                    } else {
                        format!("; {}", summary_line(&diags))
                    }
                );
            }
            ExitCode::from(EXIT_OK)
        }
        None => {
            eprintln!(
                "build failed: {}; the previous output was left as it was",
                summary_line(&diags)
            );
            ExitCode::from(EXIT_CONTENT)
        }
    }
}
