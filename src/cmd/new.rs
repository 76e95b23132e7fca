//! `quartier new`: a district, offering or page with every field explained.

use std::path::Path;
use std::process::ExitCode;

use super::report::report_written;

/// Creates the files of a new `kind` with `id` in the site at `root`.
pub(crate) fn run(root: &Path, kind: crate::scaffold::Kind, id: &str) -> ExitCode {
    report_written(crate::scaffold::new(root, kind, id), root)
}
