//! What the commands print about their results: counts of findings, files
//! written, a failure with its source line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli::{EXIT_CONTENT, EXIT_OK};
use crate::diag::{Diagnostic, Diagnostics};

/// "1 error, 2 warnings" (and ", 1 note" when there are notes).
pub(crate) fn summary_line(d: &Diagnostics) -> String {
    let e = d.error_count();
    let w = d.warning_count();
    let n = d.note_count();
    let mut line = format!(
        "{e} error{}, {w} warning{}",
        if e == 1 { "" } else { "s" },
        if w == 1 { "" } else { "s" }
    );
    if n > 0 {
        line.push_str(&format!(", {n} note{}", if n == 1 { "" } else { "s" }));
    }
    line
}

/// Prints one finding with its source line; the content exit code.
pub(crate) fn failed(d: &Diagnostic, root: &Path) -> ExitCode {
    eprint!("{}", crate::diag::render_with_source(d, root));
    ExitCode::from(EXIT_CONTENT)
}

/// Lists the files `new` or `init` created and what to do next.
pub(crate) fn report_written(r: Result<Vec<PathBuf>, Diagnostic>, root: &Path) -> ExitCode {
    match r {
        Ok(files) => {
            for f in files {
                eprintln!("created {}", root.join(f).display());
            }
            eprintln!("next: fill in the texts, then run `quartier check`");
            ExitCode::from(EXIT_OK)
        }
        Err(d) => failed(&d, root),
    }
}
