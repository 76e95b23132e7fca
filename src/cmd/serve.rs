//! `quartier serve`: the live preview on 127.0.0.1.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::EXIT_OK;

/// Serves the site at `root` on `port` until interrupted.
pub(crate) fn run(root: &Path, port: u16, today: Option<&str>) -> ExitCode {
    let clock = match super::clock(today) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match crate::serve::serve(root, port, clock) {
        Ok(()) => ExitCode::from(EXIT_OK),
        Err(d) => super::report::failed(&d, root),
    }
}

/// Runs the workbench for the site at `root` on `port` until interrupted.
pub(crate) fn edit(root: &Path, port: u16, today: Option<&str>) -> ExitCode {
    let clock = match super::clock(today) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match crate::edit::run(root, port, clock) {
        Ok(()) => ExitCode::from(EXIT_OK),
        Err(d) => super::report::failed(&d, root),
    }
}
