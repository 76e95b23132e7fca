//! The command line: its types (clap). `cmd::run` carries it out, each
//! sub-command in its own module under `cmd/`.

use std::path::PathBuf;

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
        /// Leave out the share images (quicker; pages then name no image for
        /// link previews).
        #[arg(long)]
        no_images: bool,
        /// Where laid-out printables are kept between builds, so a rebuild
        /// lays out only those whose content changed (default:
        /// .quartier-cache/ in the site folder).
        #[arg(long, value_name = "DIR")]
        cache: Option<PathBuf>,
        /// Lay out every printable again and keep none.
        #[arg(long, conflicts_with = "cache")]
        no_cache: bool,
        /// Print where the time went: files and seconds per kind of output.
        #[arg(long)]
        timings: bool,
    },
    /// Check the content and report every problem; writes nothing but the
    /// printables cache.
    Check {
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Treat warnings as errors (notes, advice about publishing, never fail).
        #[arg(long)]
        strict: bool,
        /// Check as if today were this date (YYYY-MM-DD).
        #[arg(long)]
        today: Option<String>,
        /// Where laid-out printables are kept between builds, so a rebuild
        /// lays out only those whose content changed (default:
        /// .quartier-cache/ in the site folder).
        #[arg(long, value_name = "DIR")]
        cache: Option<PathBuf>,
        /// Lay out every printable again and keep none.
        #[arg(long, conflicts_with = "cache")]
        no_cache: bool,
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
    /// The workbench: edit offerings, districts, places and texts in the
    /// browser, with the live preview beside them, and save them with git.
    /// Listens on 127.0.0.1 only.
    Edit {
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port on 127.0.0.1 (0 = any free port).
        #[arg(long, short, default_value_t = 1112)]
        port: u16,
        /// Work as if today were this date (YYYY-MM-DD).
        #[arg(long)]
        today: Option<String>,
    },
    /// Make just the printables (flyers, information sheets, posters) of the
    /// whole site, a district or an offering, e.g. a poster for the info
    /// stand now: `quartier print kranichstein-sued/mama-lernt-deutsch --lang ar --paper a3`.
    Print {
        /// What to print: a district (`kranichstein-sued`) or an offering
        /// (`kranichstein-sued/mama-lernt-deutsch`); none: everything.
        targets: Vec<String>,
        /// The site folder (the one with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the PDFs (default: printables/ in the site folder).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Only this language (its flyers, and posters beside the default language).
        #[arg(long)]
        lang: Option<String>,
        /// Posters on this paper (a4 or a3); default: the site's settings.
        #[arg(long, value_parser = ["a4", "a3"])]
        paper: Option<String>,
        /// Print as if today were this date (YYYY-MM-DD).
        #[arg(long)]
        today: Option<String>,
    },
    /// Start a new site in a new folder.
    Init {
        /// The folder to create.
        dir: PathBuf,
    },
}
