//! `quartier translations`: the status table, `--mark`, `--accept`, and the
//! XLIFF round trip with translation agencies.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::report::failed;
use crate::cli::{TranslationsFormat, EXIT_CONTENT, EXIT_OK};
use crate::diag::Diagnostic;
use crate::translations;

/// Runs the translations workflow on the site at `root`: one of export,
/// import, mark, accept, or else the status in `format`.
pub(crate) fn run(
    root: &Path,
    format: TranslationsFormat,
    mark: Option<PathBuf>,
    accept: Option<PathBuf>,
    export_lang: Option<String>,
    import: Option<PathBuf>,
) -> ExitCode {
    let clock = match super::clock(None) {
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
        return match translations::export_xliff(&site, &lang) {
            Ok(x) => {
                print!("{x}");
                ExitCode::from(EXIT_OK)
            }
            Err(d) => failed(&d, root),
        };
    }
    let result = match (mark, accept, import) {
        (_, _, Some(f)) => std::fs::read_to_string(&f)
            .map_err(|e| Diagnostic::error(&f, format!("cannot read: {e}")))
            .and_then(|text| translations::import_xliff(&site, &text, &f)),
        (Some(f), _, None) => translations::mark(&site, root, &f).map(|p| vec![p]),
        (None, Some(f), None) => translations::accept(&site, root, &f),
        (None, None, None) => {
            let rows = translations::status(&site);
            let out = match format {
                TranslationsFormat::Table => translations::table(&site, &rows),
                TranslationsFormat::Markdown => translations::markdown(&site, &rows),
                TranslationsFormat::Json => translations::to_json(&site, &rows),
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
        Err(d) => failed(&d, root),
    }
}
