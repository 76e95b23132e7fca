//! The sub-commands of the command line ([`crate::cli`]), one file each, and
//! [`run`], which dispatches to them; plus the
//! progress bar and the reporting they share.

pub(crate) mod build;
pub(crate) mod check;
pub(crate) mod init;
pub(crate) mod new;
pub(crate) mod print;
pub(crate) mod progress;
pub(crate) mod report;
pub(crate) mod serve;
pub(crate) mod translations;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli::{Cli, Command, EXIT_USAGE};

/// The clock of a command: `--today`, else SOURCE_DATE_EPOCH, else the
/// system clock; a bad date is a usage error.
fn clock(today: Option<&str>) -> Result<crate::clock::Clock, ExitCode> {
    crate::clock::Clock::from_env(today).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(EXIT_USAGE)
    })
}

/// Runs the command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build {
            root,
            output,
            quiet,
            today,
            no_flyers,
            no_images,
            timings,
            cache,
            no_cache,
        } => build::run(
            &root,
            output,
            quiet,
            today.as_deref(),
            crate::build::Options {
                flyers: !no_flyers,
                images: !no_images,
                cache: print_cache(&root, cache, no_cache),
            },
            timings,
        ),
        Command::New { kind, id, root } => new::run(&root, kind, &id),
        Command::Translations {
            root,
            format,
            mark,
            accept,
            export,
            lang,
            import,
        } => translations::run(&root, format, mark, accept, export.and(lang), import),
        Command::Serve { root, port, today } => serve::run(&root, port, today.as_deref()),
        Command::Edit { root, port, today } => serve::edit(&root, port, today.as_deref()),
        Command::Init { dir } => init::run(&dir),
        Command::Print {
            targets,
            root,
            output,
            lang,
            paper,
            today,
        } => print::run(&print::Args {
            root,
            targets,
            output,
            lang,
            a3: paper.map(|p| p == "a3"),
            today,
        }),
        Command::Check {
            root,
            strict,
            today,
            format,
            cache,
            no_cache,
        } => check::run(
            &root,
            strict,
            today.as_deref(),
            format,
            print_cache(&root, cache, no_cache).as_deref(),
        ),
    }
}

/// The folder of the printables cache from `--cache` and `--no-cache`.
fn print_cache(root: &Path, dir: Option<PathBuf>, off: bool) -> Option<PathBuf> {
    (!off).then(|| dir.unwrap_or_else(|| crate::build::default_cache(root)))
}
