//! The module graph, read from the source: data flows one way (no cycles
//! between the top-level modules), the render stage depends on nothing that
//! schedules or serves, and only the render stage touches the template and
//! layout engines. docs/architecture.md describes the shape this keeps.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module -> the top-level modules it names with `crate::`
/// (test modules left out).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for e in walkdir(&src) {
        let rel = e.strip_prefix(&src).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if top == "main" || top == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&e).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let uses = g.entry(top.clone()).or_default();
        for (i, _) in code.match_indices("crate::") {
            let name: String = code[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && name != top {
                uses.insert(name);
            }
        }
    }
    g
}

fn walkdir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Every cycle through the graph, as `a -> b -> a`.
fn cycles(g: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<String> {
    fn walk(
        g: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        found: &mut BTreeSet<String>,
    ) {
        let last = path.last().unwrap().clone();
        for next in g.get(&last).into_iter().flatten() {
            if let Some(i) = path.iter().position(|p| p == next) {
                let mut c = path[i..].to_vec();
                c.push(next.clone());
                found.insert(c.join(" -> "));
            } else {
                path.push(next.clone());
                walk(g, path, found);
                path.pop();
            }
        }
    }
    let mut found = BTreeSet::new();
    for n in g.keys() {
        walk(g, &mut vec![n.clone()], &mut found);
    }
    found
}

#[test]
fn modules_import_each_other_one_way() {
    let g = graph();
    assert!(g.len() > 15, "the source is read: {g:?}");
    let c = cycles(&g);
    assert!(c.is_empty(), "import cycles between modules: {c:?}");
}

#[test]
fn the_render_stage_depends_on_no_scheduler_or_server() {
    let g = graph();
    let render = &g["render"];
    for outside in ["build", "serve", "cmd", "cli", "output"] {
        assert!(
            !render.contains(outside),
            "render/ imports crate::{outside}: {render:?}"
        );
    }
    assert!(!g["url"].contains("render"), "url.rs imports the renderers");
}

#[test]
fn only_the_render_stage_uses_the_template_and_layout_engines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let render = src.join("render");
    for file in walkdir(&src) {
        if file.starts_with(&render) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for engine in ["tera::", "typst::", "typst_pdf::", "typst_layout::"] {
            assert!(
                !text.contains(engine),
                "{} uses {engine}, which belongs in src/render/",
                file.display()
            );
        }
    }
}
