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

/// How `check` prints its findings.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// rustc-style messages with the source line.
    Human,
    /// One JSON document with every finding.
    Json,
}

/// How `translations` prints the status.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranslationsFormat {
    /// An aligned table with counts.
    Table,
    /// A Markdown table.
    Markdown,
    /// JSON.
    Json,
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
        /// Build as if today were this date (YYYY-MM-DD); default: the clock,
        /// or SOURCE_DATE_EPOCH when set.
        #[arg(long)]
        today: Option<String>,
        /// Leave out the PDF flyers (quicker; the pages then link none).
        #[arg(long)]
        no_flyers: bool,
        /// Print where the time went: files and seconds per kind of output.
        #[arg(long)]
        timings: bool,
    },
    /// Check the content and report every problem; writes nothing.
    Check {
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
        /// Check as if today were this date (YYYY-MM-DD).
        #[arg(long)]
        today: Option<String>,
        /// `human` (default, on stderr) or `json` (on stdout, for CI annotations).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Create a district, offering (DISTRICT/ID) or page with every field explained.
    New {
        /// district, offering or page.
        #[arg(value_enum)]
        kind: crate::scaffold::Kind,
        /// The id: `kranichstein-sued`, `kranichstein-sued/nachhilfe`, `impressum`.
        id: String,
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Show which texts are translated, missing, stale or machine-translated.
    Translations {
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// `table` (default), `markdown` (for a pull-request comment) or `json`.
        #[arg(long, value_enum, default_value_t = TranslationsFormat::Table)]
        format: TranslationsFormat,
        /// Record that this translation is up to date with its source text.
        #[arg(long, value_name = "FILE", conflicts_with = "accept")]
        mark: Option<PathBuf>,
        /// Record that a change to this source text was minor: its marked
        /// translations stay up to date.
        #[arg(long, value_name = "FILE")]
        accept: Option<PathBuf>,
        /// Write XLIFF 2.0 of what is missing or stale in `--lang` (to stdout).
        #[arg(long, value_name = "FORMAT", value_parser = ["xliff"], requires = "lang")]
        export: Option<String>,
        /// The target language of `--export`.
        #[arg(long)]
        lang: Option<String>,
        /// Write the translations of an XLIFF 2.0 file back as Markdown files.
        #[arg(long, value_name = "FILE.xlf")]
        import: Option<PathBuf>,
    },
    /// Preview the site on 127.0.0.1, rebuilt and reloaded on every change.
    Serve {
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port on 127.0.0.1 (0 = any free port).
        #[arg(long, short, default_value_t = 1111)]
        port: u16,
        /// Preview as if today were this date (YYYY-MM-DD).
        #[arg(long)]
        today: Option<String>,
    },
    /// Start a new site in a new folder.
    Init {
        /// The folder to create.
        dir: PathBuf,
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

fn report_written(
    r: Result<Vec<PathBuf>, crate::diag::Diagnostic>,
    root: &std::path::Path,
) -> ExitCode {
    match r {
        Ok(files) => {
            for f in files {
                eprintln!("created {}", root.join(f).display());
            }
            eprintln!("next: fill in the texts, then run `quartier check`");
            ExitCode::from(EXIT_OK)
        }
        Err(d) => {
            eprint!("{}", crate::diag::render_with_source(&d, root));
            ExitCode::from(EXIT_CONTENT)
        }
    }
}

fn translations(
    root: &std::path::Path,
    format: TranslationsFormat,
    mark: Option<PathBuf>,
    accept: Option<PathBuf>,
    export_lang: Option<String>,
    import: Option<PathBuf>,
) -> ExitCode {
    let clock = match clock(None) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let (site, diags) = crate::load::load(root, &clock);
    let Some(site) = site else {
        diags.print(root);
        eprintln!("the site has errors; fix them first (quartier check)");
        return ExitCode::from(EXIT_CONTENT);
    };
    if let Some(lang) = export_lang {
        return match crate::translations::export_xliff(&site, &lang) {
            Ok(x) => {
                print!("{x}");
                ExitCode::from(EXIT_OK)
            }
            Err(d) => {
                eprint!("{}", crate::diag::render_with_source(&d, root));
                ExitCode::from(EXIT_CONTENT)
            }
        };
    }
    let result = match (mark, accept, import) {
        (_, _, Some(f)) => std::fs::read_to_string(&f)
            .map_err(|e| crate::diag::Diagnostic::error(&f, format!("cannot read: {e}")))
            .and_then(|text| crate::translations::import_xliff(&site, &text, &f)),
        (Some(f), _, None) => crate::translations::mark(&site, root, &f).map(|p| vec![p]),
        (None, Some(f), None) => crate::translations::accept(&site, root, &f),
        (None, None, None) => {
            let rows = crate::translations::status(&site);
            let out = match format {
                TranslationsFormat::Table => crate::translations::table(&site, &rows),
                TranslationsFormat::Markdown => crate::translations::markdown(&site, &rows),
                TranslationsFormat::Json => crate::translations::to_json(&site, &rows),
            };
            println!("{}", out.trim_end());
            return ExitCode::from(EXIT_OK);
        }
    };
    match result {
        Ok(files) => {
            for f in files {
                eprintln!("updated {}", f.display());
            }
            ExitCode::from(EXIT_OK)
        }
        Err(d) => {
            eprint!("{}", crate::diag::render_with_source(&d, root));
            ExitCode::from(EXIT_CONTENT)
        }
    }
}

fn clock(today: Option<&str>) -> Result<crate::clock::Clock, ExitCode> {
    crate::clock::Clock::from_env(today).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(EXIT_USAGE)
    })
}

/// The progress display of `build`: a bar on a terminal, nothing in logs
/// (indicatif draws only when stderr is a terminal) or with --quiet.
struct Bar(
    indicatif::ProgressBar,
    Option<std::sync::Mutex<std::collections::BTreeMap<&'static str, (usize, f64)>>>,
);

impl Bar {
    fn new(quiet: bool, timings: bool) -> Self {
        let bar = if quiet {
            indicatif::ProgressBar::hidden()
        } else {
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr())
        };
        Bar(bar, timings.then(Default::default))
    }

    /// The table of `--timings`: seconds on one thread per kind of output
    /// (the build runs on every core, so the wall time is shorter).
    fn print_timings(&self) {
        let Some(t) = &self.1 else { return };
        let t = t.lock().unwrap_or_else(|e| e.into_inner());
        let total: f64 = t.values().map(|(_, s)| s).sum();
        eprintln!(
            "{:<24} {:>8} {:>10} {:>7}",
            "kind", "files", "thread s", "share"
        );
        let mut rows: Vec<_> = t.iter().collect();
        rows.sort_by(|a, b| b.1 .1.total_cmp(&a.1 .1));
        for (kind, (n, s)) in rows {
            eprintln!(
                "{kind:<24} {n:>8} {s:>10.3} {:>6.1}%",
                100.0 * s / total.max(f64::EPSILON)
            );
        }
    }

    fn done(&self) {
        self.0.finish_and_clear();
    }
}

impl crate::build::Progress for Bar {
    fn step(&self, what: &'static str, total: usize) {
        let style = if total == 0 {
            indicatif::ProgressStyle::with_template("{spinner} {msg} {elapsed}")
        } else {
            indicatif::ProgressStyle::with_template("{msg:>20} [{bar:30}] {pos}/{len} {elapsed}")
        };
        if let Ok(style) = style {
            self.0.set_style(style.progress_chars("=> "));
        }
        self.0.set_message(what);
        self.0.set_length(total as u64);
        self.0.set_position(0);
        if total == 0 {
            self.0
                .enable_steady_tick(std::time::Duration::from_millis(120));
        } else {
            self.0.disable_steady_tick();
        }
    }

    fn advance(&self) {
        self.0.inc(1);
    }

    fn timed(&self, kind: &'static str, seconds: f64) {
        if let Some(t) = &self.1 {
            let mut t = t.lock().unwrap_or_else(|e| e.into_inner());
            let e = t.entry(kind).or_default();
            e.0 += 1;
            e.1 += seconds;
        }
    }
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
            timings,
        } => {
            let clock = match clock(today.as_deref()) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let output = output.unwrap_or_else(|| root.join("public"));
            let bar = Bar::new(quiet, timings);
            let options = crate::build::Options { flyers: !no_flyers };
            let (summary, diags) = crate::build::build_with(&root, &output, &clock, &options, &bar);
            bar.done();
            bar.print_timings();
            diags.print(&root);
            match summary {
                Some(s) => {
                    if !quiet {
                        eprintln!(
                            "built {} pages, {} flyers ({:.2} s), {} calendars ({} files) in {:.2} s into {}{}",
                            s.pages,
                            s.flyers,
                            s.flyer_seconds,
                            s.calendars,
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
        Command::New { kind, id, root } => {
            report_written(crate::scaffold::new(&root, kind, &id), &root)
        }
        Command::Translations {
            root,
            format,
            mark,
            accept,
            export,
            lang,
            import,
        } => translations(&root, format, mark, accept, export.and(lang), import),
        Command::Serve { root, port, today } => {
            let clock = match clock(today.as_deref()) {
                Ok(c) => c,
                Err(code) => return code,
            };
            match crate::serve::serve(&root, port, clock) {
                Ok(()) => ExitCode::from(EXIT_OK),
                Err(d) => {
                    eprint!("{}", crate::diag::render_with_source(&d, &root));
                    ExitCode::from(EXIT_CONTENT)
                }
            }
        }
        Command::Init { dir } => report_written(crate::scaffold::init(&dir), &dir),
        Command::Check {
            root,
            strict,
            today,
            format,
        } => {
            let clock = match clock(today.as_deref()) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let diags = crate::build::check(&root, &clock);
            let failed = diags.has_errors() || (strict && diags.warning_count() > 0);
            if format == Format::Json {
                println!("{}", diags.to_json(!failed));
                return ExitCode::from(if failed { EXIT_CONTENT } else { EXIT_OK });
            }
            diags.print(&root);
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
