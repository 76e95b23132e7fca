//! The sub-commands behind [`crate::cli::run`]: one file each, plus the
//! progress bar and the reporting they share.

pub(crate) mod build;
pub(crate) mod check;
pub(crate) mod init;
pub(crate) mod new;
pub(crate) mod progress;
pub(crate) mod report;
pub(crate) mod serve;
pub(crate) mod translations;

use std::process::ExitCode;

use crate::cli::EXIT_USAGE;

/// The clock of a command: `--today`, else SOURCE_DATE_EPOCH, else the
/// system clock; a bad date is a usage error.
fn clock(today: Option<&str>) -> Result<crate::clock::Clock, ExitCode> {
    crate::clock::Clock::from_env(today).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(EXIT_USAGE)
    })
}
