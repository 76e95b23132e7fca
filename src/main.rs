//! The `quartier` binary: parse the command line, run, exit.

use clap::Parser;

fn main() -> std::process::ExitCode {
    quartier::cli::run(quartier::cli::Cli::parse())
}
