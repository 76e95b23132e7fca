//! git for people who do not know git: the changes waiting to be saved,
//! saving chosen files as a version (a commit), the list of versions,
//! undoing the last one while nobody else has it, sending versions to the
//! shared repository (push), and old versions of a file — for translators,
//! the source text a translation was made from ([`find_source`]).
//!
//! Everything runs the `git` command line, always in the repository's
//! top-level folder (`-C`), with `LC_ALL=C` so its messages can be read,
//! `GIT_TERMINAL_PROMPT=0` so it never waits for a password on a terminal
//! nobody looks at, `core.quotepath=off` and literal pathspecs (a file
//! named `*.md` is that file, not a pattern). Text from the user is never an
//! option: paths come after `--`, a commit message goes through standard
//! input, and revisions starting with `-` are refused.
//!
//! The site may be a folder inside a bigger repository: [`Repo::changes`]
//! and [`Repo::log`] see only the site folder, and every path in and out is
//! relative to the site folder.

use std::collections::HashSet;
use std::ffi::OsString;
use std::fmt;
use std::io::Write as _;
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;

use crate::diag::Diagnostics;
use crate::model::fingerprint;
use crate::schedule::Scalar;
use crate::yaml::YamlFile;

/// How many versions of a file [`find_source`] looks through.
const FIND_SOURCE_LIMIT: usize = 200;

/// What [`find_source`] returns as the revision of the file on disk.
pub const WORKING_COPY: &str = "working copy";

/// Why git could not do what was asked, in words for editors; [`hint`]
/// names the fix.
///
/// [`hint`]: GitError::hint
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitError {
    /// The `git` program is not installed (or not on the `PATH`).
    NoGit,
    /// The site folder is not inside a git repository.
    NoRepository,
    /// git does not know the user's name and e-mail address.
    NoIdentity,
    /// None of the chosen files has a change to save.
    NothingToCommit,
    /// The last version has been pushed already; it is not undone.
    AlreadyPushed,
    /// The changes clash with others (a rejected push, or uncommitted edits
    /// an undo would overwrite); git's message.
    Conflict(String),
    /// Anything else: git's message, or a sentence saying what was refused.
    Failed(String),
}

impl fmt::Display for GitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GitError::NoGit => f.write_str(
                "git is not installed on this computer, so changes cannot be saved as versions",
            ),
            GitError::NoRepository => f.write_str(
                "the site folder is not in a git repository, so there is no history to save changes in",
            ),
            GitError::NoIdentity => f.write_str(
                "git does not know your name and e-mail address yet; every saved version records who made it",
            ),
            GitError::NothingToCommit => {
                f.write_str("there is nothing to save: the chosen files have no changes")
            }
            GitError::AlreadyPushed => f.write_str(
                "the last saved version has already been sent to the shared repository, so it cannot be undone here",
            ),
            GitError::Conflict(text) => {
                write!(f, "the changes clash with other changes: {text}")
            }
            GitError::Failed(text) => f.write_str(text),
        }
    }
}

impl std::error::Error for GitError {}

impl GitError {
    /// What to do about it.
    pub fn hint(&self) -> &'static str {
        match self {
            GitError::NoGit => {
                "install git (https://git-scm.com/downloads), then start `quartier edit` again"
            }
            GitError::NoRepository => {
                "run `git init` in the site folder (or clone the site's repository), then start `quartier edit` again"
            }
            GitError::NoIdentity => {
                "run `git config --global user.name \"Your Name\"` and `git config --global user.email \"you@example.org\"` in a terminal, then save again"
            }
            GitError::NothingToCommit => "change a file first, or choose files from the list of changes",
            GitError::AlreadyPushed => {
                "change the files back by hand and save that as a new version"
            }
            GitError::Conflict(text) if is_rejected_push(text) => {
                "someone else has sent versions first: get them with `git pull` in the site folder, then send again"
            }
            GitError::Conflict(_) => {
                "save or undo your unsaved edits to the files of that version first, then try again"
            }
            GitError::Failed(_) => {
                "if the message does not help, ask someone who knows git to look at the site folder"
            }
        }
    }
}

/// Whether git's message says that a push was refused because the remote
/// has versions we do not have.
fn is_rejected_push(text: &str) -> bool {
    text.contains("[rejected]") || text.contains("non-fast-forward") || text.contains("fetch first")
}

/// What happened to a file that has not been saved (committed) yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// A new file (also one git does not know yet).
    Added,
    /// A changed file.
    Modified,
    /// A removed file.
    Deleted,
    /// A file moved or renamed (only when the move was staged with git).
    Renamed,
}

/// A file with changes that are not saved yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Relative to the site folder.
    pub path: PathBuf,
    /// What happened to it.
    pub kind: ChangeKind,
}

/// One saved version (commit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// The full commit hash.
    pub hash: String,
    /// The abbreviated hash git shows.
    pub short: String,
    /// The author's name.
    pub author: String,
    /// When it was made (author date), in seconds since 1970 (UTC).
    pub time: i64,
    /// The first line of the message.
    pub subject: String,
    /// Whether a remote-tracking branch contains it (it was pushed, or came
    /// from the remote).
    pub pushed: bool,
}

/// The git repository a site folder is in.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The site folder, as given.
    site_root: PathBuf,
    /// The repository's top-level folder; every command runs there.
    top: PathBuf,
    /// The site folder inside the repository, with `/` at the end, or empty
    /// when the site is the whole repository.
    prefix: String,
    /// Extra environment for every git command (`None` removes a variable):
    /// tests keep the machine's configuration out.
    env: Vec<(OsString, Option<OsString>)>,
}

/// What a git command left behind.
struct Output {
    ok: bool,
    stdout: Vec<u8>,
    stderr: String,
}

impl Output {
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// git's message: its error output, or its normal output when that is
    /// empty (`nothing to commit` goes to standard output).
    fn message(&self) -> String {
        let err = self.stderr.trim();
        if err.is_empty() {
            self.stdout().trim().to_string()
        } else {
            err.to_string()
        }
    }
}

impl Repo {
    /// The repository the site folder `site_root` is in.
    pub fn open(site_root: &Path) -> Result<Repo, GitError> {
        Self::open_with_env(site_root, Vec::new())
    }

    fn open_with_env(
        site_root: &Path,
        env: Vec<(OsString, Option<OsString>)>,
    ) -> Result<Repo, GitError> {
        let mut repo = Repo {
            site_root: site_root.to_path_buf(),
            top: site_root.to_path_buf(),
            prefix: String::new(),
            env,
        };
        let out = repo.output(&["rev-parse", "--show-toplevel", "--show-prefix"], None)?;
        if !out.ok {
            return Err(if out.stderr.contains("not a git repository") {
                GitError::NoRepository
            } else {
                failed("look for the repository", &out)
            });
        }
        let stdout = out.stdout();
        let mut lines = stdout.lines();
        let top = lines.next().unwrap_or_default();
        if top.is_empty() {
            return Err(GitError::NoRepository);
        }
        repo.top = PathBuf::from(top);
        repo.prefix = lines.next().unwrap_or_default().to_string();
        Ok(repo)
    }

    /// The site folder, as given to [`Repo::open`].
    pub fn site_root(&self) -> &Path {
        &self.site_root
    }

    /// The repository's top-level folder.
    pub fn top_level(&self) -> &Path {
        &self.top
    }

    /// Uncommitted changes under the site folder (not outside it): new
    /// (also untracked), changed, deleted and renamed files, with paths
    /// relative to the site folder, sorted.
    pub fn changes(&self) -> Result<Vec<Change>, GitError> {
        let entries = self.status(&[self.root_spec()])?;
        let mut changes: Vec<Change> = entries
            .iter()
            .filter_map(|e| {
                let kind = e.kind();
                match self.site_path(&e.path) {
                    Some(path) => Some(Change { path, kind }),
                    // Moved out of the site: gone from it.
                    None => e
                        .orig
                        .as_deref()
                        .and_then(|o| self.site_path(o))
                        .map(|path| Change {
                            path,
                            kind: ChangeKind::Deleted,
                        }),
                }
            })
            .collect();
        changes.sort_by(|a, b| a.path.cmp(&b.path));
        changes.dedup_by(|a, b| a.path == b.path);
        Ok(changes)
    }

    /// Saves exactly these files (relative to the site folder; new, changed
    /// and deleted ones; a folder stands for the changed files in it) as a
    /// new version with `message`, whatever else is changed or staged. The
    /// author is the one git is configured with. Returns the short hash.
    pub fn commit(&self, paths: &[PathBuf], message: &str) -> Result<String, GitError> {
        if message.trim().is_empty() {
            return Err(GitError::Failed(
                "the description of the change is empty; write a few words about what changed"
                    .to_string(),
            ));
        }
        self.check_identity()?;
        let specs = paths
            .iter()
            .map(|p| self.git_path(p))
            .collect::<Result<Vec<_>, _>>()?;
        if specs.is_empty() {
            return Err(GitError::NothingToCommit);
        }
        // The whole site's status, so a staged rename comes as one entry
        // with where the file came from (a status of the new name alone
        // would show an added file and leave the removal of the old one).
        let entries: Vec<StatusEntry> = self
            .status(&[self.root_spec()])?
            .into_iter()
            .filter(|e| {
                let chosen = |path: &str| specs.iter().any(|s| covers(s, path));
                chosen(&e.path) || e.orig.as_deref().is_some_and(chosen)
            })
            .collect();
        if entries.is_empty() {
            return Err(GitError::NothingToCommit);
        }
        // The changed files themselves (and where a renamed one came from),
        // so a folder or an unchanged file given here cannot fail the commit.
        let mut files: Vec<&str> = Vec::new();
        for e in &entries {
            files.push(&e.path);
            files.extend(e.orig.as_deref());
        }
        // New files must be known to git before `commit --only` takes them;
        // "intent to add" stages nothing else.
        let new: Vec<&str> = entries
            .iter()
            .filter(|e| e.xy == *b"??")
            .map(|e| e.path.as_str())
            .collect();
        if !new.is_empty() {
            let mut args = vec!["add", "--intent-to-add", "--"];
            args.extend(&new);
            self.run(&args, "prepare the new files")?;
        }
        let mut args = vec![
            "-c",
            "user.useConfigOnly=true",
            "commit",
            "--only",
            "--quiet",
            "--cleanup=whitespace",
            "--file=-",
            "--",
        ];
        args.extend(&files);
        let out = self.output(&args, Some(message.as_bytes()))?;
        if !out.ok {
            if !new.is_empty() {
                // Leave the new files as they were: unknown to git.
                let mut args = vec!["rm", "--cached", "--quiet", "--ignore-unmatch", "--"];
                args.extend(&new);
                let _ = self.output(&args, None);
            }
            let text = out.message();
            return Err(if is_identity_error(&text) {
                GitError::NoIdentity
            } else if text.contains("nothing to commit") || text.contains("no changes added") {
                GitError::NothingToCommit
            } else {
                failed("save the version", &out)
            });
        }
        Ok(self
            .run(&["rev-parse", "--short", "HEAD"], "read the new version")?
            .trim()
            .to_string())
    }

    /// The last `n` versions that changed something in the site folder,
    /// newest first. A version counts as pushed when a remote-tracking
    /// branch contains it; without any, nothing is pushed.
    pub fn log(&self, n: usize) -> Result<Vec<LogEntry>, GitError> {
        if n == 0 || self.head()?.is_none() {
            return Ok(Vec::new());
        }
        let count = n.to_string();
        let root = self.root_spec();
        let out = self.run(
            &[
                "log",
                "-z",
                "-n",
                &count,
                "--format=%H%n%h%n%an%n%at%n%s",
                "HEAD",
                "--",
                &root,
            ],
            "read the history",
        )?;
        let unpushed = self.unpushed()?;
        Ok(out
            .split('\0')
            .filter(|r| !r.trim().is_empty())
            .filter_map(|record| {
                let mut f = record.trim_start_matches('\n').splitn(5, '\n');
                let hash = f.next()?.to_string();
                let short = f.next()?.to_string();
                let author = f.next()?.to_string();
                let time = f.next()?.parse().ok()?;
                let subject = f.next().unwrap_or_default().to_string();
                let pushed = unpushed.as_ref().is_some_and(|u| !u.contains(&hash));
                Some(LogEntry {
                    hash,
                    short,
                    author,
                    time,
                    subject,
                    pushed,
                })
            })
            .collect())
    }

    /// Undoes the last version if it has not been pushed, like
    /// `git reset --keep HEAD~1`: it is gone from the history and its files
    /// are as they were before it, while unsaved edits to other files are
    /// kept (it is refused when unsaved edits would be lost). Refused for the first version of all, for a
    /// merge, and for a version that changed nothing in the site folder.
    /// Returns the subject of the undone version.
    pub fn undo_last(&self) -> Result<String, GitError> {
        let Some(head) = self.head()? else {
            return Err(GitError::Failed(
                "there is no saved version to undo yet".to_string(),
            ));
        };
        if self.resolve(&format!("{head}^2"))?.is_some() {
            return Err(GitError::Failed(
                "the last version joins two lines of work (a merge); it cannot be undone here"
                    .to_string(),
            ));
        }
        let Some(parent) = self.resolve(&format!("{head}~1"))? else {
            return Err(GitError::Failed(
                "the last version is the very first one of the repository; it cannot be undone"
                    .to_string(),
            ));
        };
        let remote_refs = self.run(
            &[
                "for-each-ref",
                "--format=%(refname)",
                "--contains",
                &head,
                "refs/remotes",
            ],
            "check whether the version was sent",
        )?;
        if !remote_refs.trim().is_empty() {
            return Err(GitError::AlreadyPushed);
        }
        if !self.prefix.is_empty() {
            let root = self.root_spec();
            let last = self.run(
                &["log", "-1", "--format=%H", &head, "--", &root],
                "read the history",
            )?;
            if last.trim() != head {
                return Err(GitError::Failed(
                    "the last version changed nothing in the site folder; it is not undone here"
                        .to_string(),
                ));
            }
        }
        let subject = self.run(
            &["log", "-1", "--format=%s", &head],
            "read the last version",
        )?;
        let out = self.output(&["reset", "--quiet", "--keep", &parent], None)?;
        if !out.ok {
            let text = out.message();
            return Err(
                if text.contains("not uptodate") || text.contains("would be overwritten") {
                    GitError::Conflict(text)
                } else {
                    failed("undo the last version", &out)
                },
            );
        }
        Ok(subject.trim_end_matches('\n').to_string())
    }

    /// The remote `git push` sends to: the current branch's push remote or
    /// upstream remote, or `origin` when that is configured.
    pub fn remote(&self) -> Option<String> {
        let remotes = self.run(&["remote"], "list remotes").ok()?;
        let remotes: HashSet<&str> = remotes.lines().collect();
        let branch = self.branch();
        let mut keys = Vec::new();
        if let Some(b) = &branch {
            keys.push(format!("branch.{b}.pushRemote"));
        }
        keys.push("remote.pushDefault".to_string());
        if let Some(b) = &branch {
            keys.push(format!("branch.{b}.remote"));
        }
        keys.iter()
            .filter_map(|k| self.config(k))
            .chain(["origin".to_string()])
            .find(|r| remotes.contains(r.as_str()))
    }

    /// Sends the saved versions to the shared repository (`git push` to the
    /// upstream; the first time, to [`Repo::remote`] under the branch's
    /// name, which becomes the upstream). Never asks for a password or
    /// passphrase (`GIT_TERMINAL_PROMPT=0`, ssh in batch mode): credentials
    /// must be set up already. Returns git's report.
    pub fn push(&self) -> Result<String, GitError> {
        let Some(remote) = self.remote() else {
            return Err(GitError::Failed(
                "this repository has no shared copy (remote) to send versions to".to_string(),
            ));
        };
        if self.branch().is_none() {
            return Err(GitError::Failed(
                "the repository is not on a branch (detached HEAD), so there is nothing to send"
                    .to_string(),
            ));
        }
        let upstream = self.output(
            &[
                "rev-parse",
                "--abbrev-ref",
                "--symbolic-full-name",
                "@{upstream}",
            ],
            None,
        )?;
        let args: Vec<&str> = if upstream.ok {
            vec!["push"]
        } else {
            vec!["push", "--set-upstream", &remote, "HEAD"]
        };
        let mut cmd = self.command(&args);
        let has_ssh_command = ["GIT_SSH_COMMAND", "GIT_SSH"]
            .iter()
            .any(|v| std::env::var_os(v).is_some())
            || self.config("core.sshCommand").is_some();
        if !has_ssh_command {
            cmd.env(
                "GIT_SSH_COMMAND",
                "ssh -o BatchMode=yes -o ConnectTimeout=30",
            );
        }
        // Git Credential Manager: no login window either.
        cmd.env("GCM_INTERACTIVE", "never");
        let out = run_command(cmd, None)?;
        let report = format!("{}\n{}", out.stderr.trim(), out.stdout().trim())
            .trim()
            .to_string();
        if !out.ok {
            return Err(if is_rejected_push(&report) {
                GitError::Conflict(report)
            } else {
                failed("send the versions", &out)
            });
        }
        Ok(report)
    }

    /// The text of the file `rel` (relative to the site folder) at revision
    /// `rev`; `None` when it did not exist there.
    pub fn file_at(&self, rev: &str, rel: &Path) -> Result<Option<String>, GitError> {
        let path = self.git_path(rel)?;
        if rev.starts_with('-') || rev.contains(['\n', '\0']) {
            return Err(GitError::Failed(format!("`{rev}` is not a version")));
        }
        let Some(commit) = self.resolve(&format!("{rev}^{{commit}}"))? else {
            return Err(GitError::Failed(format!("there is no version `{rev}`")));
        };
        Ok(self.blobs(&[format!("{commit}:{path}")])?.pop().flatten())
    }

    /// The versions that changed the file `rel` (relative to the site
    /// folder), newest first, at most `limit`: full hashes.
    pub fn file_history(&self, rel: &Path, limit: usize) -> Result<Vec<String>, GitError> {
        let path = self.git_path(rel)?;
        if limit == 0 || self.head()?.is_none() {
            return Ok(Vec::new());
        }
        let count = limit.to_string();
        let out = self.run(
            &["log", "-n", &count, "--format=%H", "HEAD", "--", &path],
            "read the history of the file",
        )?;
        Ok(out.lines().map(str::to_string).collect())
    }

    /// The texts of several `revision:path` objects at once (one
    /// `git cat-file --batch`): `None` for a missing one or one that is not
    /// a file.
    fn blobs(&self, specs: &[String]) -> Result<Vec<Option<String>>, GitError> {
        if specs.is_empty() {
            return Ok(Vec::new());
        }
        let mut input = String::new();
        for spec in specs {
            input.push_str(spec);
            input.push('\n');
        }
        let out = self.output(&["cat-file", "--batch"], Some(input.as_bytes()))?;
        if !out.ok {
            return Err(failed("read old versions", &out));
        }
        let mut rest = out.stdout.as_slice();
        let mut texts = Vec::with_capacity(specs.len());
        for _ in specs {
            let Some(eol) = rest.iter().position(|b| *b == b'\n') else {
                break;
            };
            let header = String::from_utf8_lossy(&rest[..eol]).into_owned();
            rest = &rest[eol + 1..];
            // `<oid> <type> <size>`, or `<spec> missing` (or `ambiguous`).
            let mut fields = header.rsplitn(3, ' ');
            let size = fields.next().and_then(|s| s.parse::<usize>().ok());
            let kind = fields.next();
            match (kind, size) {
                (Some(kind), Some(size)) if size <= rest.len() => {
                    let content = &rest[..size];
                    texts.push(
                        (kind == "blob").then(|| String::from_utf8_lossy(content).into_owned()),
                    );
                    // The content is followed by a line break.
                    rest = rest.get(size + 1..).unwrap_or_default();
                }
                _ => texts.push(None),
            }
        }
        texts.resize(specs.len(), None);
        Ok(texts)
    }

    /// The current commit, or `None` before the first one.
    fn head(&self) -> Result<Option<String>, GitError> {
        self.resolve("HEAD")
    }

    /// The object `rev` names, or `None` when there is none.
    fn resolve(&self, rev: &str) -> Result<Option<String>, GitError> {
        let out = self.output(&["rev-parse", "--verify", "--quiet", rev], None)?;
        Ok(out.ok.then(|| out.stdout().trim().to_string()))
    }

    /// The current branch, or `None` when HEAD is detached.
    fn branch(&self) -> Option<String> {
        let out = self
            .output(&["symbolic-ref", "--quiet", "--short", "HEAD"], None)
            .ok()?;
        out.ok.then(|| out.stdout().trim().to_string())
    }

    /// A configuration value, if it is set.
    fn config(&self, key: &str) -> Option<String> {
        let out = self.output(&["config", "--get", key], None).ok()?;
        let value = out.stdout().trim().to_string();
        (out.ok && !value.is_empty()).then_some(value)
    }

    /// The commits of HEAD that no remote-tracking branch contains, or
    /// `None` when there is no remote-tracking branch (nothing is pushed).
    fn unpushed(&self) -> Result<Option<HashSet<String>>, GitError> {
        let refs = self.run(
            &["for-each-ref", "--format=%(refname)", "refs/remotes"],
            "list remote branches",
        )?;
        if refs.trim().is_empty() {
            return Ok(None);
        }
        let out = self.run(
            &["rev-list", "HEAD", "--not", "--remotes"],
            "compare with the remote",
        )?;
        Ok(Some(out.lines().map(str::to_string).collect()))
    }

    /// Refuses with [`GitError::NoIdentity`] unless user name and e-mail
    /// are configured (or set in the environment): a guessed
    /// `anna@laptop.fritz.box` is not an identity.
    fn check_identity(&self) -> Result<(), GitError> {
        for var in ["GIT_AUTHOR_IDENT", "GIT_COMMITTER_IDENT"] {
            let out = self.output(&["-c", "user.useConfigOnly=true", "var", var], None)?;
            let ident = out.stdout();
            // `Name <email> 1700000000 +0100`
            let has_name = !ident
                .split('<')
                .next()
                .unwrap_or_default()
                .trim()
                .is_empty();
            let has_email = ident.contains('<') && !ident.contains("<>");
            if !out.ok || !has_name || !has_email {
                return Err(GitError::NoIdentity);
            }
        }
        Ok(())
    }

    /// `git status` (untracked files one by one) for the pathspecs.
    fn status(&self, specs: &[String]) -> Result<Vec<StatusEntry>, GitError> {
        let mut args = vec![
            "--no-optional-locks",
            "status",
            "--porcelain=v1",
            "-z",
            "--untracked-files=all",
            "--",
        ];
        args.extend(specs.iter().map(String::as_str));
        let out = self.output(&args, None)?;
        if !out.ok {
            return Err(failed("list the changes", &out));
        }
        Ok(parse_status(&out.stdout()))
    }

    /// The pathspec of the whole site folder.
    fn root_spec(&self) -> String {
        match self.prefix.trim_end_matches('/') {
            "" => ".".to_string(),
            p => p.to_string(),
        }
    }

    /// A path relative to the site folder as git writes it: relative to the
    /// top-level folder, with `/`. Refuses paths that leave the site folder.
    fn git_path(&self, rel: &Path) -> Result<String, GitError> {
        let mut path = self.prefix.clone();
        let mut any = false;
        for c in rel.components() {
            match c {
                Component::Normal(s) => {
                    let Some(s) = s.to_str().filter(|s| !s.contains(['\n', '\0'])) else {
                        return Err(GitError::Failed(format!(
                            "the file name {} cannot be used",
                            rel.display()
                        )));
                    };
                    if any {
                        path.push('/');
                    }
                    path.push_str(s);
                    any = true;
                }
                Component::CurDir => {}
                _ => {
                    return Err(GitError::Failed(format!(
                        "{} is not a path inside the site folder",
                        rel.display()
                    )))
                }
            }
        }
        if !any {
            return Ok(self.root_spec());
        }
        Ok(path)
    }

    /// A path as git writes it, relative to the site folder; `None` when it
    /// is outside.
    fn site_path(&self, git_path: &str) -> Option<PathBuf> {
        let rel = git_path.strip_prefix(self.prefix.as_str())?;
        (!rel.is_empty()).then(|| PathBuf::from(rel))
    }

    /// A git command in the top-level folder, with the settings every call
    /// needs.
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("git");
        cmd.arg("-C")
            .arg(&self.top)
            .args([
                "-c",
                "core.quotepath=off",
                "-c",
                "log.showSignature=false",
                "-c",
                "color.ui=false",
                "--no-pager",
                "--literal-pathspecs",
            ])
            .args(args)
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("LC_ALL", "C")
            .env("LANGUAGE", "C")
            // A caller's repository (from a git hook, say) is not ours.
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE");
        for (key, value) in &self.env {
            match value {
                Some(v) => cmd.env(key, v),
                None => cmd.env_remove(key),
            };
        }
        cmd
    }

    /// Runs git with `args`, `stdin` as its input.
    fn output(&self, args: &[&str], stdin: Option<&[u8]>) -> Result<Output, GitError> {
        run_command(self.command(args), stdin)
    }

    /// Runs git; its output, or [`GitError::Failed`] saying it could not
    /// `what`.
    fn run(&self, args: &[&str], what: &str) -> Result<String, GitError> {
        let out = self.output(args, None)?;
        if !out.ok {
            return Err(failed(what, &out));
        }
        Ok(out.stdout())
    }
}

/// Runs a prepared git command.
fn run_command(mut cmd: Command, stdin: Option<&[u8]>) -> Result<Output, GitError> {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => GitError::NoGit,
        _ => GitError::Failed(format!("git could not be started: {e}")),
    })?;
    // Written from a second thread, so a command that answers while it
    // reads (cat-file --batch) cannot block on a full pipe.
    let writer = match (stdin, child.stdin.take()) {
        (Some(bytes), Some(mut pipe)) => {
            let bytes = bytes.to_vec();
            Some(std::thread::spawn(move || {
                // A command that stops reading early fails on its own.
                let _ = pipe.write_all(&bytes);
            }))
        }
        _ => None,
    };
    let out = child
        .wait_with_output()
        .map_err(|e| GitError::Failed(format!("git did not finish: {e}")))?;
    if let Some(w) = writer {
        let _ = w.join();
    }
    Ok(Output {
        ok: out.status.success(),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

/// [`GitError::Failed`] with git's message.
fn failed(what: &str, out: &Output) -> GitError {
    let text = out.message();
    GitError::Failed(if text.is_empty() {
        format!("git could not {what}")
    } else {
        format!("git could not {what}: {text}")
    })
}

/// Whether the pathspec `spec` (a file or folder relative to the top-level
/// folder, `.` for all) takes in `path`.
fn covers(spec: &str, path: &str) -> bool {
    spec == "."
        || path
            .strip_prefix(spec)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Whether git's message says it does not know who the user is.
fn is_identity_error(text: &str) -> bool {
    text.contains("Please tell me who you are")
        || text.contains("auto-detection is disabled")
        || text.contains("unable to auto-detect email address")
        || text.contains("empty ident name")
}

/// One entry of `git status --porcelain=v1 -z`.
#[derive(Debug)]
struct StatusEntry {
    /// Index and work-tree status (`??` for untracked).
    xy: [u8; 2],
    /// Relative to the top-level folder.
    path: String,
    /// Where a renamed or copied file came from.
    orig: Option<String>,
}

impl StatusEntry {
    fn kind(&self) -> ChangeKind {
        let [x, y] = self.xy;
        if self.orig.is_some() || x == b'R' {
            ChangeKind::Renamed
        } else if x == b'D' || y == b'D' {
            ChangeKind::Deleted
        } else if self.xy == *b"??" || x == b'A' || x == b'C' {
            ChangeKind::Added
        } else {
            ChangeKind::Modified
        }
    }
}

/// Reads `git status --porcelain=v1 -z`: `XY path\0`, and for a rename or
/// copy `XY new\0old\0`.
fn parse_status(out: &str) -> Vec<StatusEntry> {
    let mut entries = Vec::new();
    let mut fields = out.split('\0');
    while let Some(field) = fields.next() {
        if field.len() < 4 || !field.is_char_boundary(3) {
            continue;
        }
        let b = field.as_bytes();
        let xy = [b[0], b[1]];
        let orig = if matches!(xy[0], b'R' | b'C') || matches!(xy[1], b'R' | b'C') {
            fields.next().map(str::to_string)
        } else {
            None
        };
        entries.push(StatusEntry {
            xy,
            path: field[3..].to_string(),
            orig,
        });
    }
    entries
}

/// The front-matter fields of a text that its fingerprint covers.
#[derive(Deserialize)]
struct TextFields {
    #[serde(default)]
    title: Option<Scalar>,
    #[serde(default)]
    summary: Option<Scalar>,
}

/// Title, summary and Markdown body of a text file, as the loader reads
/// them (a byte-order mark dropped, title and summary trimmed, on one line,
/// without control characters), so that
/// `crate::model::fingerprint(&title, &summary, &body)` is the text's
/// fingerprint. Missing fields are empty; `None` when the front matter
/// cannot be read.
pub fn split_text(text: &str) -> Option<(String, String, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (yaml, body, _) = crate::load::split_front_matter(text)?;
    let mut file = YamlFile::new(PathBuf::new(), yaml.to_string(), 1);
    let fields: TextFields = file.parse(&mut Diagnostics::new())?;
    let field = |v: Option<Scalar>| clean_field(&v.map(|s| s.0).unwrap_or_default());
    Some((field(fields.title), field(fields.summary), body.to_string()))
}

/// A title or summary as the loader keeps it (src/load/texts.rs): trimmed,
/// line breaks as spaces, invisible control characters but tabs removed.
fn clean_field(value: &str) -> String {
    let mut value = value.trim().replace(['\n', '\r'], " ");
    value.retain(|c| !c.is_control() || c == '\t');
    value
}

/// The fingerprint of a text file's title, summary and body, as the loader
/// computes it; `None` when its front matter cannot be read.
pub fn text_fingerprint(text: &str) -> Option<String> {
    let (title, summary, body) = split_text(text)?;
    Some(fingerprint(&title, &summary, &body))
}

/// Finds the version of the default-language text `rel` (relative to the
/// site folder, e.g. `content/x/y/de.md`) whose fingerprint is `fp`: the
/// file on disk first, then the versions that changed it, newest first (at
/// most 200). Returns the revision (a commit hash, or [`WORKING_COPY`]) and
/// the whole file.
pub fn find_source(repo: &Repo, rel: &Path, fp: &str) -> Option<(String, String)> {
    let matches = |text: &str| text_fingerprint(text).as_deref() == Some(fp);
    if let Ok(text) = std::fs::read_to_string(repo.site_root.join(rel)) {
        if matches(&text) {
            return Some((WORKING_COPY.to_string(), text));
        }
    }
    let revs = repo.file_history(rel, FIND_SOURCE_LIMIT).ok()?;
    let path = repo.git_path(rel).ok()?;
    let specs: Vec<String> = revs.iter().map(|r| format!("{r}:{path}")).collect();
    let texts = repo.blobs(&specs).ok()?;
    revs.into_iter()
        .zip(texts)
        .find_map(|(rev, text)| text.filter(|t| matches(t)).map(|t| (rev, t)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A throw-away folder, removed at the end of the test.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> Self {
            static COUNT: AtomicUsize = AtomicUsize::new(0);
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.subsec_nanos())
                .unwrap_or(0);
            let dir = std::env::temp_dir().join(format!(
                "quartier-git-{name}-{}-{}-{nanos}",
                std::process::id(),
                COUNT.fetch_add(1, Ordering::SeqCst)
            ));
            fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    /// Environment that keeps the machine's git configuration and identity
    /// out of the tests.
    fn isolated_env(home: &Path) -> Vec<(OsString, Option<OsString>)> {
        let mut env: Vec<(OsString, Option<OsString>)> = vec![
            ("HOME".into(), Some(home.into())),
            ("GIT_CONFIG_GLOBAL".into(), Some("/dev/null".into())),
            ("GIT_CONFIG_NOSYSTEM".into(), Some("1".into())),
        ];
        for var in [
            "EMAIL",
            "GIT_AUTHOR_NAME",
            "GIT_AUTHOR_EMAIL",
            "GIT_COMMITTER_NAME",
            "GIT_COMMITTER_EMAIL",
            "GIT_CONFIG_PARAMETERS",
            "GIT_CONFIG_COUNT",
        ] {
            env.push((var.into(), None));
        }
        env
    }

    /// A repository in a temporary folder, with the site in `site` (`""`
    /// for the whole repository).
    struct Sandbox {
        dir: TempDir,
        site: PathBuf,
    }

    impl Sandbox {
        fn new(name: &str, site: &str) -> Self {
            Self::with_identity(name, site, true)
        }

        fn with_identity(name: &str, site: &str, identity: bool) -> Self {
            let dir = TempDir::new(name);
            let sb = Sandbox {
                site: dir.0.join("repo").join(site),
                dir,
            };
            fs::create_dir_all(&sb.site).unwrap();
            sb.git(&["init", "-q", "-b", "main"]);
            sb.git(&["config", "commit.gpgsign", "false"]);
            if identity {
                sb.git(&["config", "user.name", "Ayşe Yılmaz"]);
                sb.git(&["config", "user.email", "ayse@example.org"]);
            }
            sb
        }

        fn top(&self) -> PathBuf {
            self.dir.0.join("repo")
        }

        fn repo(&self) -> Repo {
            Repo::open_with_env(&self.site, isolated_env(&self.dir.0)).unwrap()
        }

        /// Runs git in the repository (or with `-C` given in `args`).
        fn git_in(&self, dir: &Path, args: &[&str]) -> String {
            let mut cmd = Command::new("git");
            cmd.arg("-C").arg(dir).args(args);
            for (k, v) in isolated_env(&self.dir.0) {
                match v {
                    Some(v) => cmd.env(k, v),
                    None => cmd.env_remove(k),
                };
            }
            cmd.env("LC_ALL", "C");
            let out = cmd.output().unwrap();
            assert!(
                out.status.success(),
                "git {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8_lossy(&out.stdout).into_owned()
        }

        fn git(&self, args: &[&str]) -> String {
            self.git_in(&self.top(), args)
        }

        /// Writes a file relative to the repository's top level.
        fn write(&self, rel: &str, text: &str) {
            let path = self.top().join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }

        /// Commits everything.
        fn commit_all(&self, message: &str) {
            self.git(&["add", "-A"]);
            self.git(&["commit", "-q", "-m", message]);
        }

        /// Paths of the last commit, relative to the top level.
        fn last_commit_files(&self) -> Vec<String> {
            self.git(&[
                "-c",
                "core.quotepath=off",
                "show",
                "--no-renames",
                "--name-only",
                "--format=",
                "HEAD",
            ])
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
        }
    }

    fn change(path: &str, kind: ChangeKind) -> Change {
        Change {
            path: PathBuf::from(path),
            kind,
        }
    }

    #[test]
    fn no_repository_outside_a_repository() {
        let dir = TempDir::new("norepo");
        let err = Repo::open_with_env(&dir.0, isolated_env(&dir.0)).unwrap_err();
        assert_eq!(err, GitError::NoRepository);
        assert!(err.hint().contains("git init"));
    }

    #[test]
    fn changes_in_the_site_folder_only() {
        let sb = Sandbox::new("changes", "site");
        sb.write("site/keep.md", "keep\n");
        sb.write("site/edit.md", "old\n");
        sb.write("site/gone.md", "gone\n");
        sb.write("site/moved.md", "moved\n");
        sb.write("outside.md", "outside\n");
        sb.commit_all("start");
        sb.write("site/edit.md", "new\n");
        fs::remove_file(sb.top().join("site/gone.md")).unwrap();
        sb.write("site/content/neu/de.md", "neu\n");
        sb.write("site/staged.md", "staged\n");
        sb.git(&["add", "site/staged.md"]);
        sb.git(&["mv", "site/moved.md", "site/renamed.md"]);
        sb.write("outside.md", "changed outside\n");
        sb.write("other/new.md", "new outside\n");
        let repo = sb.repo();
        assert_eq!(
            repo.changes().unwrap(),
            vec![
                change("content/neu/de.md", ChangeKind::Added),
                change("edit.md", ChangeKind::Modified),
                change("gone.md", ChangeKind::Deleted),
                change("renamed.md", ChangeKind::Renamed),
                change("staged.md", ChangeKind::Added),
            ]
        );
        // Saving the renamed file saves the move, not a copy.
        repo.commit(&[PathBuf::from("renamed.md")], "umbenannt")
            .unwrap();
        let mut files = sb.last_commit_files();
        files.sort();
        assert_eq!(files, ["site/moved.md", "site/renamed.md"]);
        assert_eq!(repo.changes().unwrap().len(), 4);
    }

    #[test]
    fn changes_when_the_site_is_the_repository() {
        let sb = Sandbox::new("changes-root", "");
        sb.write("a.md", "a\n");
        sb.commit_all("start");
        sb.write("a.md", "b\n");
        sb.write("content/b/de.md", "b\n");
        let repo = sb.repo();
        assert_eq!(
            repo.changes().unwrap(),
            vec![
                change("a.md", ChangeKind::Modified),
                change("content/b/de.md", ChangeKind::Added),
            ]
        );
    }

    #[test]
    fn commit_takes_exactly_the_given_paths() {
        let sb = Sandbox::new("commit", "site");
        sb.write("site/a.md", "a\n");
        sb.write("site/b.md", "b\n");
        sb.write("site/gone.md", "gone\n");
        sb.commit_all("start");
        sb.write("site/a.md", "a2\n");
        sb.write("site/b.md", "b2\n");
        sb.git(&["add", "site/b.md"]); // staged, but not chosen
        sb.write("site/new/de.md", "neu\n");
        sb.write("site/other.md", "not chosen\n");
        fs::remove_file(sb.top().join("site/gone.md")).unwrap();
        let repo = sb.repo();
        let short = repo
            .commit(
                &[
                    PathBuf::from("a.md"),
                    PathBuf::from("new/de.md"),
                    PathBuf::from("gone.md"),
                ],
                "Texte für Kranichstein\n\nmit Umlauten",
            )
            .unwrap();
        assert!(!short.is_empty());
        let mut files = sb.last_commit_files();
        files.sort();
        assert_eq!(files, ["site/a.md", "site/gone.md", "site/new/de.md"]);
        assert_eq!(
            sb.git(&["log", "-1", "--format=%s|%an"]).trim(),
            "Texte für Kranichstein|Ayşe Yılmaz"
        );
        // What was not chosen is as it was: b.md still staged, other.md new.
        assert_eq!(
            repo.changes().unwrap(),
            vec![
                change("b.md", ChangeKind::Modified),
                change("other.md", ChangeKind::Added),
            ]
        );
        assert_eq!(
            sb.git(&["diff", "--cached", "--name-only"]).trim(),
            "site/b.md"
        );
        // Nothing left in the chosen files.
        assert_eq!(
            repo.commit(&[PathBuf::from("a.md")], "again"),
            Err(GitError::NothingToCommit)
        );
        assert!(repo.commit(&[], "nothing").is_err());
        assert!(repo.commit(&[PathBuf::from("../outside")], "x").is_err());
        assert!(repo.commit(&[PathBuf::from("b.md")], "  \n").is_err());
    }

    #[test]
    fn the_first_commit_and_option_like_messages() {
        let sb = Sandbox::new("first", "");
        sb.write("-n.md", "x\n");
        let repo = sb.repo();
        assert!(repo.log(5).unwrap().is_empty());
        assert!(repo.undo_last().is_err());
        repo.commit(&[PathBuf::from("-n.md")], "--amend").unwrap();
        assert_eq!(sb.git(&["log", "--format=%s"]).trim(), "--amend");
        assert_eq!(sb.last_commit_files(), ["-n.md"]);
    }

    #[test]
    fn no_identity() {
        let sb = Sandbox::with_identity("noident", "", false);
        sb.write("a.md", "a\n");
        let repo = sb.repo();
        let err = repo.commit(&[PathBuf::from("a.md")], "x").unwrap_err();
        assert_eq!(err, GitError::NoIdentity);
        assert!(err.hint().contains("git config --global user.email"));
        // The new file is not left half added.
        assert_eq!(sb.git(&["status", "--porcelain"]).trim(), "?? a.md");
    }

    #[test]
    fn log_and_pushed() {
        let sb = Sandbox::new("log", "site");
        sb.write("site/a.md", "a\n");
        sb.commit_all("Erster Text");
        sb.write("outside.md", "x\n");
        sb.commit_all("outside only");
        sb.write("site/a.md", "b\n");
        let repo = sb.repo();
        repo.commit(&[PathBuf::from("a.md")], "Zweiter Text")
            .unwrap();
        let log = repo.log(10).unwrap();
        assert_eq!(log.len(), 2, "{log:?}");
        assert_eq!(log[0].subject, "Zweiter Text");
        assert_eq!(log[1].subject, "Erster Text");
        assert_eq!(log[0].author, "Ayşe Yılmaz");
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        assert!((log[0].time - now).abs() < 600, "{}", log[0].time);
        assert!(log[0].hash.starts_with(&log[0].short));
        assert!(log.iter().all(|e| !e.pushed));
        assert_eq!(repo.log(1).unwrap().len(), 1);
        assert_eq!(repo.remote(), None);
        assert!(repo.push().is_err());

        // A local bare repository as the shared one.
        let bare = sb.dir.0.join("shared.git");
        sb.git_in(&sb.dir.0, &["init", "-q", "--bare", bare.to_str().unwrap()]);
        sb.git(&["remote", "add", "origin", bare.to_str().unwrap()]);
        assert_eq!(repo.remote().as_deref(), Some("origin"));
        assert!(repo.log(10).unwrap().iter().all(|e| !e.pushed));
        repo.push().unwrap();
        assert!(repo.log(10).unwrap().iter().all(|e| e.pushed));
        // A new version is not pushed until it is sent.
        sb.write("site/a.md", "c\n");
        repo.commit(&[PathBuf::from("a.md")], "Dritter Text")
            .unwrap();
        let log = repo.log(10).unwrap();
        assert!(!log[0].pushed && log[1].pushed);
        // Now with an upstream.
        let report = repo.push().unwrap();
        assert!(report.contains("main"), "{report}");
        assert!(repo.log(10).unwrap()[0].pushed);
    }

    #[test]
    fn undo_keeps_edits_and_refuses_pushed() {
        let sb = Sandbox::new("undo", "site");
        sb.write("site/a.md", "a\n");
        sb.write("site/b.md", "b\n");
        sb.commit_all("start");
        let repo = sb.repo();
        // The first version of all cannot be undone.
        assert!(matches!(repo.undo_last(), Err(GitError::Failed(_))));
        sb.write("site/a.md", "a2\n");
        repo.commit(&[PathBuf::from("a.md")], "Änderung an a")
            .unwrap();
        sb.write("site/b.md", "b unsaved\n");
        assert_eq!(repo.undo_last().unwrap(), "Änderung an a");
        assert_eq!(sb.git(&["log", "--format=%s"]).trim(), "start");
        // The file is as before the version; the unrelated edit is kept.
        let read = |rel: &str| fs::read_to_string(sb.top().join(rel)).unwrap();
        assert_eq!(read("site/a.md"), "a\n");
        assert_eq!(read("site/b.md"), "b unsaved\n");
        // An unsaved edit to a file of the version would be lost: refused.
        sb.write("site/a.md", "a2\n");
        repo.commit(&[PathBuf::from("a.md")], "wieder a").unwrap();
        sb.write("site/a.md", "a3\n");
        assert!(matches!(repo.undo_last(), Err(GitError::Conflict(_))));
        assert_eq!(read("site/a.md"), "a3\n");
        assert_eq!(sb.git(&["log", "-1", "--format=%s"]).trim(), "wieder a");
        // Pushed: refused.
        let bare = sb.dir.0.join("shared.git");
        sb.git_in(&sb.dir.0, &["init", "-q", "--bare", bare.to_str().unwrap()]);
        sb.git(&["remote", "add", "origin", bare.to_str().unwrap()]);
        repo.push().unwrap();
        assert_eq!(repo.undo_last(), Err(GitError::AlreadyPushed));
        assert_eq!(sb.git(&["log", "-1", "--format=%s"]).trim(), "wieder a");
    }

    /// A text file with front matter.
    fn text(title: &str, summary: &str, body: &str) -> String {
        format!("---\ntitle: {title}\nsummary: {summary}\n---\n{body}")
    }

    #[test]
    fn split_text_reads_like_the_loader() {
        let (t, s, b) = split_text(&text("  Kurs  ", "Für Mütter", "Text\n")).unwrap();
        assert_eq!(
            (t.as_str(), s.as_str(), b.as_str()),
            ("Kurs", "Für Mütter", "Text\n")
        );
        // A byte-order mark, CRLF, other fields and a number as title.
        let (t, s, b) = split_text(
            "\u{feff}---\r\ntitle: 2024\r\nsummary: \"a\\nb\"\r\ntranslation_of: abc\r\n---\r\nText",
        )
        .unwrap();
        assert_eq!(
            (t.as_str(), s.as_str(), b.as_str()),
            ("2024", "a b", "Text")
        );
        assert!(split_text("no front matter").is_none());
        assert_eq!(
            text_fingerprint(&text("Kurs", "Für Mütter", "Text\n")),
            Some(fingerprint("Kurs", "Für Mütter", "Text\n"))
        );
    }

    #[test]
    fn find_source_by_fingerprint() {
        let sb = Sandbox::new("source", "site");
        let rel = Path::new("content/kranichstein/mama/de.md");
        let path = format!("site/{}", rel.display());
        let v1 = text("Mama lernt Deutsch", "Kurs", "Montags um 9 Uhr.\n");
        let v2 = text("Mama lernt Deutsch", "Kurs", "Dienstags um 9 Uhr.\n");
        let v3 = text(
            "Mama lernt Deutsch",
            "Kurs für Mütter",
            "Dienstags um 10 Uhr.\n",
        );
        sb.write(&path, &v1);
        sb.commit_all("v1");
        let h1 = sb.git(&["rev-parse", "HEAD"]).trim().to_string();
        sb.write(&path, &v2);
        sb.commit_all("v2");
        sb.write("site/other.md", "x\n");
        sb.commit_all("unrelated");
        sb.write(&path, &v3);
        sb.commit_all("v3");
        let repo = sb.repo();
        let fp = |t: &str| text_fingerprint(t).unwrap();
        assert_eq!(
            find_source(&repo, rel, &fp(&v1)),
            Some((h1.clone(), v1.clone()))
        );
        let (rev, found) = find_source(&repo, rel, &fp(&v2)).unwrap();
        assert_eq!(found, v2);
        assert_eq!(
            repo.file_at(&rev, rel).unwrap().as_deref(),
            Some(v2.as_str())
        );
        assert_eq!(
            find_source(&repo, rel, &fp(&v3)),
            Some((WORKING_COPY.to_string(), v3.clone()))
        );
        assert_eq!(find_source(&repo, rel, "00000000"), None);
        assert_eq!(repo.file_history(rel, 10).unwrap().len(), 3);
        assert_eq!(repo.file_history(rel, 2).unwrap().len(), 2);
        // Not there in a version, and not a version at all.
        assert_eq!(repo.file_at(&h1, Path::new("other.md")).unwrap(), None);
        assert!(repo.file_at("--help", rel).is_err());
        assert!(repo.file_at("no-such-branch", rel).is_err());
    }

    #[test]
    fn names_with_spaces_and_other_scripts() {
        let sb = Sandbox::new("names", "Seite für alle");
        let names = [
            "content/Kurs für Mütter/de.md",
            "content/دورة/ar.md",
            "content/two  spaces *.md",
        ];
        for name in names {
            sb.write(&format!("Seite für alle/{name}"), &text("T", "S", "eins\n"));
        }
        let repo = sb.repo();
        let mut expected: Vec<Change> =
            names.iter().map(|n| change(n, ChangeKind::Added)).collect();
        expected.sort_by(|a, b| a.path.cmp(&b.path));
        assert_eq!(repo.changes().unwrap(), expected);
        let paths: Vec<PathBuf> = names.iter().map(PathBuf::from).collect();
        repo.commit(&paths, "Namen").unwrap();
        assert!(repo.changes().unwrap().is_empty());
        let first = sb.git(&["rev-parse", "HEAD"]).trim().to_string();
        for name in names {
            sb.write(&format!("Seite für alle/{name}"), &text("T", "S", "zwei\n"));
        }
        // Only the Arabic one is saved; the literal `*` matches no other.
        repo.commit(&[PathBuf::from(names[1])], "nur arabisch")
            .unwrap();
        assert_eq!(
            sb.last_commit_files(),
            [format!("Seite für alle/{}", names[1])]
        );
        assert_eq!(repo.changes().unwrap().len(), 2);
        let rel = Path::new(names[2]);
        assert_eq!(
            repo.file_at(&first, rel).unwrap(),
            Some(text("T", "S", "eins\n"))
        );
        assert_eq!(
            find_source(
                &repo,
                rel,
                &text_fingerprint(&text("T", "S", "eins\n")).unwrap()
            )
            .map(|(rev, _)| rev),
            Some(first)
        );
    }

    #[test]
    fn parses_status_with_renames() {
        let entries = parse_status("R  new name.md\0old.md\0?? a b.md\0 D gone.md\0");
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].path, "new name.md");
        assert_eq!(entries[0].orig.as_deref(), Some("old.md"));
        assert_eq!(entries[0].kind(), ChangeKind::Renamed);
        assert_eq!(entries[1].kind(), ChangeKind::Added);
        assert_eq!(entries[2].kind(), ChangeKind::Deleted);
    }

    #[test]
    fn pathspecs_cover_files_and_folders() {
        assert!(covers(".", "a/b.md"));
        assert!(covers("site", "site/a.md"));
        assert!(covers("site/a.md", "site/a.md"));
        assert!(!covers("site", "site2/a.md"));
        assert!(!covers("site/a.md", "site/a.md.bak"));
    }

    #[test]
    fn messages_name_the_fix() {
        assert!(GitError::NoGit.hint().contains("install git"));
        assert!(
            GitError::Conflict("! [rejected] main -> main (fetch first)".into())
                .hint()
                .contains("git pull")
        );
        assert!(GitError::NothingToCommit
            .to_string()
            .contains("nothing to save"));
    }
}
