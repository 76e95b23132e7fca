//! `quartier check`: every finding, human-readable or as JSON; writes
//! nothing but the printables cache.

use std::path::Path;
use std::process::ExitCode;

use super::report::summary_line;
use crate::cli::{Format, EXIT_CONTENT, EXIT_OK};

/// Checks the site at `root`; fails on errors, or on warnings when `strict`.
pub(crate) fn run(
    root: &Path,
    strict: bool,
    today: Option<&str>,
    format: Format,
    cache: Option<&Path>,
) -> ExitCode {
    let clock = match super::clock(today) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let diags = crate::build::check_with(root, &clock, cache);
    let failed = diags.has_errors() || (strict && diags.warning_count() > 0);
    if format == Format::Json {
        println!("{}", diags.to_json(!failed));
        return ExitCode::from(if failed { EXIT_CONTENT } else { EXIT_OK });
    }
    diags.print(root);
    eprintln!(
        "{}: {}",
        if failed {
            "check failed"
        } else {
            "check passed"
        },
        summary_line(&diags)
    );
    ExitCode::from(if failed { EXIT_CONTENT } else { EXIT_OK })
}
