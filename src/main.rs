//! The `quartier` binary: parse the command line, run, exit.

use clap::Parser;

// Rendering allocates and frees many small strings on every thread;
// mimalloc's per-thread heaps do that faster than glibc's malloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    quartier::cmd::run(quartier::cli::Cli::parse())
}
