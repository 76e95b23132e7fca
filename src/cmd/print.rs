//! `quartier print`: just the printables of the site, a district or an
//! offering, for staff who need a poster now. Written into their own folder
//! (not the website), with the same file names as on the website.

use std::path::PathBuf;
use std::process::ExitCode;

use rayon::prelude::*;

use super::report::summary_line;
use crate::cli::{EXIT_CONTENT, EXIT_OK, EXIT_USAGE};
use crate::diag::{did_you_mean, Diagnostic};
use crate::model::Site;
use crate::render::flyer::{self, FlyerEngine};
use crate::render::Content;
use crate::url::FlyerKind;

/// What `quartier print` was asked for.
pub(crate) struct Args {
    pub root: PathBuf,
    pub targets: Vec<String>,
    pub output: Option<PathBuf>,
    pub lang: Option<String>,
    /// `Some(true)`: posters on A3; `Some(false)`: on A4; `None`: as the site says.
    pub a3: Option<bool>,
    pub today: Option<String>,
}

/// The district and (maybe) offering a target names.
fn resolve(site: &Site, target: &str) -> Result<(usize, Option<usize>), String> {
    let (d, o) = match target.trim_matches('/').split_once('/') {
        Some((d, o)) => (d, Some(o)),
        None => (target.trim_matches('/'), None),
    };
    let Some(di) = site.districts.iter().position(|x| x.id == d) else {
        let ids = site.districts.iter().map(|x| x.id.as_str());
        return Err(match did_you_mean(d, ids) {
            Some(s) => format!("no district `{d}`; did you mean `{s}`?"),
            None => format!("no district `{d}`"),
        });
    };
    let Some(o) = o else { return Ok((di, None)) };
    let offerings = &site.districts[di].offerings;
    match offerings.iter().position(|x| x.id == o) {
        Some(oi) => Ok((di, Some(oi))),
        None => Err(
            match did_you_mean(o, offerings.iter().map(|x| x.id.as_str())) {
                Some(s) => format!("no offering `{o}` in `{d}`; did you mean `{s}`?"),
                None => format!("no offering `{o}` in `{d}`"),
            },
        ),
    }
}

/// The printables of `site` that `args` asks for.
fn kinds(site: &Site, args: &Args, lang: Option<usize>) -> Result<Vec<FlyerKind>, String> {
    let mut wanted: Vec<(usize, Option<usize>)> = Vec::new();
    for t in &args.targets {
        wanted.push(resolve(site, t)?);
    }
    let mut out: Vec<FlyerKind> = flyer::plan(site)
        .into_iter()
        .filter(|k| match *k {
            FlyerKind::Poster { .. } => false,
            FlyerKind::District { district, .. } => {
                wanted.is_empty() || wanted.contains(&(district, None))
            }
            FlyerKind::Sheet { district, offering } => {
                wanted.is_empty()
                    || wanted.contains(&(district, None))
                    || wanted.contains(&(district, Some(offering)))
            }
        })
        .collect();
    // Posters in the asked size (`--paper`, else the site's, else A4: staff
    // who ask for printables get posters even where the website has none);
    // every current offering of the targets.
    let sizes: Vec<bool> = match (args.a3, site.config.flyers.poster_sizes()) {
        (Some(a3), _) => vec![a3],
        (None, site_sizes) if site_sizes.is_empty() => vec![false],
        (None, site_sizes) => site_sizes,
    };
    for (d, dist) in site.districts.iter().enumerate() {
        for o in 0..dist.offerings.len() {
            let meant =
                wanted.is_empty() || wanted.contains(&(d, None)) || wanted.contains(&(d, Some(o)));
            if meant && site.is_current(&dist.offerings[o]) {
                out.extend(flyer::posters_in(site, d, o, &sizes, lang));
            }
        }
    }
    if let Some(x) = lang {
        out.retain(|k| match *k {
            FlyerKind::District { lang, .. } | FlyerKind::Poster { lang, .. } => lang == x,
            FlyerKind::Sheet { .. } => true,
        });
    }
    Ok(out)
}

/// One printable: its path below the output folder, its PDF or why not,
/// and its warnings.
type Printed = (String, Result<Vec<u8>, Diagnostic>, Vec<Diagnostic>);

/// Runs `quartier print`.
pub(crate) fn run(args: &Args) -> ExitCode {
    let clock = match super::clock(args.today.as_deref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let root = &args.root;
    let (site, mut diags) = crate::load::load(root, &clock);
    let Some(site) = site else {
        diags.print(root);
        eprintln!("nothing printed: {}", summary_line(&diags));
        return ExitCode::from(EXIT_CONTENT);
    };
    let lang = match &args.lang {
        Some(code) => match site.config.lang_index(code) {
            Some(i) => Some(i),
            None => {
                let codes: Vec<&str> = site
                    .config
                    .languages
                    .iter()
                    .map(|l| l.code.as_str())
                    .collect();
                eprintln!(
                    "error: `{code}` is not a language of the site; its languages: {}",
                    codes.join(", ")
                );
                return ExitCode::from(EXIT_USAGE);
            }
        },
        None => None,
    };
    let kinds = match kinds(&site, args, lang) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let engine = FlyerEngine::new(&site, &mut diags);
    diags.extend(flyer::missing_glyphs(&site, &engine));
    if diags.has_errors() {
        diags.print(root);
        return ExitCode::from(EXIT_CONTENT);
    }
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| root.join("printables"));
    let results: Vec<Printed> = kinds
        .par_iter()
        .map(|k| {
            let path = k.path(&site);
            let rel = path.strip_prefix("flyers/").unwrap_or(&path).to_string();
            match engine.render(&site, *k) {
                Ok(r) => match r.content {
                    Content::Bytes(b) => (rel, Ok(b), r.warnings),
                    _ => (rel, Err(Diagnostic::general("not a PDF")), r.warnings),
                },
                Err(e) => (rel, Err(e), Vec::new()),
            }
        })
        .collect();
    let mut written = 0;
    for (rel, result, warnings) in results {
        diags.extend(warnings);
        match result {
            Ok(bytes) => {
                let file = output.join(&rel);
                // Written beside, then renamed: a PDF being printed is never half-written.
                let tmp = file.with_extension("pdf.part");
                let ok = file
                    .parent()
                    .map_or(Ok(()), std::fs::create_dir_all)
                    .and_then(|_| std::fs::write(&tmp, &bytes))
                    .and_then(|_| std::fs::rename(&tmp, &file));
                match ok {
                    Ok(()) => {
                        written += 1;
                        println!("{}", file.display());
                    }
                    Err(e) => diags.push(Diagnostic::error(&file, format!("cannot write: {e}"))),
                }
            }
            Err(d) => diags.push(d),
        }
    }
    diags.sort();
    diags.print(root);
    eprintln!(
        "printed {written} PDF{} into {}{}",
        if written == 1 { "" } else { "s" },
        output.display(),
        if diags.is_empty() {
            String::new()
        } else {
            format!("; {}", summary_line(&diags))
        }
    );
    if diags.has_errors() {
        ExitCode::from(EXIT_CONTENT)
    } else {
        ExitCode::from(EXIT_OK)
    }
}
