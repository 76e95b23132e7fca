//! The command line: `quartier build` and `quartier check`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: the content has errors (nothing was written).
pub const EXIT_CONTENT: u8 = 1;
/// Exit code: wrong command-line usage (clap's own).
pub const EXIT_USAGE: u8 = 2;

/// Quartier builds a multilingual neighbourhood website from Markdown and YAML.
#[derive(Parser, Debug)]
#[command(name = "quartier", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Sub-commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build the website into the output folder (default: public/).
    Build {
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the website (default: public/ in the site folder);
        /// replaced only when the build succeeds.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Print only errors and warnings.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Check the content and report every problem; writes nothing.
    Check {
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
    },
}

fn summary_line(d: &crate::diag::Diagnostics) -> String {
    let e = d.error_count();
    let w = d.warning_count();
    format!(
        "{e} error{}, {w} warning{}",
        if e == 1 { "" } else { "s" },
        if w == 1 { "" } else { "s" }
    )
}

/// Runs the command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build {
            root,
            output,
            quiet,
        } => {
            let output = output.unwrap_or_else(|| root.join("public"));
            let (summary, diags) = crate::build::build(&root, &output);
            diags.print(&root);
            match summary {
                Some(s) => {
                    if !quiet {
                        eprintln!(
                            "built {} pages ({} files) in {:.2} s into {}{}",
                            s.pages,
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
        Command::Check { root, strict } => {
            let diags = crate::build::check(&root);
            diags.print(&root);
            let failed = diags.has_errors() || (strict && diags.warning_count() > 0);
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
    }
}
