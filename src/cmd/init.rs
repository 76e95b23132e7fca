//! `quartier init`: a new site in a new folder.

use std::path::Path;
use std::process::ExitCode;

use super::report::report_written;

/// Creates a new site in `dir`.
pub(crate) fn run(dir: &Path) -> ExitCode {
    report_written(crate::scaffold::init(dir), dir)
}
