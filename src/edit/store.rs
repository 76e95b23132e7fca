//! The site's files as the workbench sees them: what exists, what a file
//! says, and saving — checked first by the same loader `build` runs, then
//! written whole or not at all.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::clock::Clock;
use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};

/// A file to write (`Some(text)`) or delete (`None`), relative to the root.
#[derive(Debug, Clone)]
pub struct Change {
    /// The file, relative to the site root.
    pub rel: PathBuf,
    /// Its new text, or `None` to delete it.
    pub text: Option<String>,
}

/// What the loader said about a set of changes.
#[derive(Debug, Default)]
pub struct Checked {
    /// Findings in the changed files.
    pub here: Vec<Diagnostic>,
    /// Errors elsewhere that the changes would cause (a place still used
    /// by an offering, a link to a deleted page).
    pub elsewhere: Vec<Diagnostic>,
}

impl Checked {
    /// Whether the changes may be written: no error anywhere.
    pub fn ok(&self) -> bool {
        !self
            .here
            .iter()
            .chain(&self.elsewhere)
            .any(Diagnostic::is_error)
    }
}

/// The site folder.
pub struct Store {
    /// The site root (canonical).
    pub root: PathBuf,
    /// Today, for the loader's checks and the next dates.
    pub clock: Clock,
    /// One save at a time.
    lock: Mutex<()>,
}

/// Names the loader never reads and the check does not copy.
fn skipped(name: &str) -> bool {
    name.starts_with('.') || matches!(name, "public" | "target" | "node_modules")
}

impl Store {
    /// The store of the site at `root`.
    pub fn new(root: PathBuf, clock: Clock) -> Store {
        Store {
            root,
            clock,
            lock: Mutex::new(()),
        }
    }

    /// site.yaml, read and checked.
    pub fn config(&self) -> Result<Config, Vec<Diagnostic>> {
        let mut diags = Diagnostics::new();
        crate::config::load(&self.root, &mut diags).ok_or_else(|| diags.iter().cloned().collect())
    }

    /// A file's text.
    pub fn read(&self, rel: &Path) -> Option<String> {
        std::fs::read_to_string(self.root.join(rel)).ok()
    }

    /// Whether a file exists.
    pub fn exists(&self, rel: &Path) -> bool {
        self.root.join(rel).exists()
    }

    /// Ids of the sub-folders of `rel` that hold `marker`, sorted.
    fn folders_with(&self, rel: &Path, marker: &str) -> Vec<String> {
        let mut out: Vec<String> = std::fs::read_dir(self.root.join(rel))
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.path().join(marker).is_file())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| crate::ids::is_valid(n) && n != "pages")
            .collect();
        out.sort();
        out
    }

    /// The districts (folders of content/ with a district.yaml).
    pub fn districts(&self) -> Vec<String> {
        self.folders_with(Path::new("content"), "district.yaml")
    }

    /// The offerings of a district.
    pub fn offerings(&self, district: &str) -> Vec<String> {
        self.folders_with(&Path::new("content").join(district), "offering.yaml")
    }

    /// The free pages (content/pages/<id>/).
    pub fn pages(&self) -> Vec<String> {
        let mut out: Vec<String> = std::fs::read_dir(self.root.join("content/pages"))
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| crate::ids::is_valid(n))
            .collect();
        out.sort();
        out
    }

    /// The languages of the texts (`<lang>.md`) in a folder.
    pub fn text_langs(&self, dir: &Path) -> BTreeSet<String> {
        std::fs::read_dir(self.root.join(dir))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_str()?.to_string();
                name.strip_suffix(".md").map(str::to_string)
            })
            .collect()
    }

    /// A YAML file as a value (an empty mapping when it does not exist).
    pub fn yaml(&self, rel: &Path) -> Result<serde_yaml::Value, String> {
        match self.read(rel) {
            None => Ok(serde_yaml::Value::Mapping(Default::default())),
            Some(text) if text.trim().is_empty() => {
                Ok(serde_yaml::Value::Mapping(Default::default()))
            }
            Some(text) => serde_yaml::from_str(&text).map_err(|e| e.to_string()),
        }
    }

    /// The title of a text, if it can be read.
    pub fn title(&self, rel: &Path) -> Option<String> {
        let text = self.read(rel)?;
        let (front, _, _) = crate::load::texts::split_front_matter(&text)?;
        let v: serde_yaml::Value = serde_yaml::from_str(front).ok()?;
        v.get("title")?.as_str().map(str::to_string)
    }

    /// Runs the loader over the site as it would be with `changes`, and
    /// returns what it says about the changed files, and errors elsewhere
    /// that the site does not have now.
    pub fn check(&self, changes: &[Change]) -> Checked {
        let (_, before) = crate::load::load(&self.root, &self.clock);
        let shadow = match self.shadow(changes) {
            Ok(s) => s,
            Err(e) => {
                return Checked {
                    here: vec![Diagnostic::general(format!("cannot check the change: {e}"))],
                    elsewhere: Vec::new(),
                }
            }
        };
        let (_, after) = crate::load::load(&shadow, &self.clock);
        let _ = std::fs::remove_dir_all(&shadow);
        let changed: BTreeSet<&Path> = changes.iter().map(|c| c.rel.as_path()).collect();
        let known: BTreeSet<(Option<PathBuf>, String)> = before
            .iter()
            .filter(|d| d.is_error())
            .map(|d| (d.file.clone(), d.message.clone()))
            .collect();
        let mut out = Checked::default();
        for d in after.iter() {
            if d.is_note() {
                continue;
            }
            let here = d.file.as_deref().is_some_and(|f| changed.contains(f));
            if here {
                out.here.push(d.clone());
            } else if d.is_error() && !known.contains(&(d.file.clone(), d.message.clone())) {
                out.elsewhere.push(d.clone());
            }
        }
        out
    }

    /// A copy of the site with `changes` made: files are hard links to the
    /// site's own (nothing is copied), changed files are new files.
    fn shadow(&self, changes: &[Change]) -> std::io::Result<PathBuf> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = self.root.join(".quartier-cache/edit").join(format!(
            "check-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        let walk = walkdir::WalkDir::new(&self.root)
            .min_depth(1)
            .into_iter()
            .filter_entry(|e| !e.file_name().to_str().is_some_and(skipped));
        for entry in walk {
            let entry = entry.map_err(std::io::Error::other)?;
            let rel = entry.path().strip_prefix(&self.root).expect("under root");
            let to = dir.join(rel);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to)?;
            } else if entry.file_type().is_file() && std::fs::hard_link(entry.path(), &to).is_err()
            {
                std::fs::copy(entry.path(), &to)?;
            }
        }
        for c in changes {
            let to = dir.join(&c.rel);
            // A hard link shares the site's file: it is removed, never
            // written through.
            let _ = std::fs::remove_file(&to);
            if c.text.is_none() {
                // A folder left empty goes too, as `write` removes it.
                let mut parent = to.parent();
                while let Some(p) = parent.filter(|p| *p != dir) {
                    if std::fs::remove_dir(p).is_err() {
                        break;
                    }
                    parent = p.parent();
                }
            }
            if let Some(text) = &c.text {
                if let Some(parent) = to.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(&to, text)?;
            }
        }
        Ok(dir)
    }

    /// Checks `changes` and writes them when nothing is wrong; every file
    /// is written to a temporary file and renamed, so a file is never half
    /// written. Returns what the loader said.
    pub fn save(&self, changes: &[Change]) -> Result<Checked, (Checked, String)> {
        let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        let checked = self.check(changes);
        if !checked.ok() {
            return Err((checked, String::new()));
        }
        match self.write(changes) {
            Ok(()) => Ok(checked),
            Err(e) => Err((checked, e.to_string())),
        }
    }

    /// Writes without checking (the plain text editor of a broken file).
    pub fn write(&self, changes: &[Change]) -> std::io::Result<()> {
        for c in changes {
            let to = self.root.join(&c.rel);
            match &c.text {
                Some(text) => {
                    let parent = to.parent().expect("a file in a folder");
                    std::fs::create_dir_all(parent)?;
                    let name = to.file_name().and_then(|n| n.to_str()).unwrap_or("file");
                    let tmp = parent.join(format!(".{name}.quartier-edit"));
                    std::fs::write(&tmp, text)?;
                    std::fs::rename(&tmp, &to)?;
                }
                None => {
                    if to.is_file() {
                        std::fs::remove_file(&to)?;
                    }
                    // A folder left empty goes too (a deleted offering).
                    if let Some(parent) = to.parent() {
                        if parent != self.root
                            && std::fs::read_dir(parent).is_ok_and(|mut d| d.next().is_none())
                        {
                            let _ = std::fs::remove_dir(parent);
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// The value at a dotted path (`contact.phone`, `schedule.weekly.0.day`).
pub fn get<'a>(v: &'a serde_yaml::Value, path: &str) -> Option<&'a serde_yaml::Value> {
    let mut cur = v;
    for seg in path.split('.') {
        cur = match cur {
            serde_yaml::Value::Mapping(m) => m.get(seg)?,
            serde_yaml::Value::Sequence(s) => s.get(seg.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// A scalar at a path as text ("" when absent).
pub fn get_str(v: &serde_yaml::Value, path: &str) -> String {
    match get(v, path) {
        Some(serde_yaml::Value::String(s)) => s.clone(),
        Some(serde_yaml::Value::Number(n)) => n.to_string(),
        Some(serde_yaml::Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// Sets (or with `None` removes) the value at a dotted path of mapping
/// keys, making the mappings on the way; a mapping left empty goes.
pub fn set(v: &mut serde_yaml::Value, path: &str, value: Option<serde_yaml::Value>) {
    use serde_yaml::Value;
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    if !v.is_mapping() {
        if value.is_none() {
            return;
        }
        *v = Value::Mapping(Default::default());
    }
    let Value::Mapping(m) = v else { unreachable!() };
    let key = Value::String(head.to_string());
    match rest {
        None => match value {
            Some(val) => {
                if let Some(slot) = m.get_mut(&key) {
                    *slot = val;
                } else {
                    m.insert(key, val);
                }
            }
            None => {
                m.remove(&key);
            }
        },
        Some(rest) => {
            if value.is_none() && !m.contains_key(&key) {
                return;
            }
            let child = m
                .entry(key.clone())
                .or_insert_with(|| Value::Mapping(Default::default()));
            set(child, rest, value);
            if child.as_mapping().is_some_and(|c| c.is_empty()) {
                m.remove(&key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_get_set_and_remove() {
        let mut v: serde_yaml::Value =
            serde_yaml::from_str("kind: a\ncontact: { name: X, phone: '1' }\n").unwrap();
        assert_eq!(get_str(&v, "contact.phone"), "1");
        set(&mut v, "contact.email", Some("x@example.org".into()));
        assert_eq!(get_str(&v, "contact.email"), "x@example.org");
        set(&mut v, "contact.name", None);
        set(&mut v, "contact.phone", None);
        set(&mut v, "contact.email", None);
        assert!(get(&v, "contact").is_none(), "an empty mapping goes");
        set(&mut v, "cost.amount", None);
        assert!(get(&v, "cost").is_none(), "removing nothing makes nothing");
        set(&mut v, "kind", Some("b".into()));
        assert_eq!(serde_yaml::to_string(&v).unwrap(), "kind: b\n");
    }
}
