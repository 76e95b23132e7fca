//! Reading offline and installing the site: the web app manifest of each
//! language, the list of files each language keeps offline, and the
//! service worker.
//!
//! A language keeps its home, district pages, offerings list, the pages of
//! current offerings, its search page and index, its offline page and its
//! manifest, with the files every page needs (style, the theme's scripts,
//! the icons). The build hashes them as written ([`Kept`]) and names the
//! build by those hashes ([`version`]); the service worker downloads a
//! language's list into a cache of that version only (never a mixture of
//! two builds), copying files whose hash did not change from the caches of
//! the previous version instead of downloading them again.

use std::collections::BTreeSet;

use serde_json::json;

use crate::model::Site;
use crate::render::PageKind;
use crate::url;

/// Content hashes of the files the service worker keeps, by output path.
pub type Kept = std::collections::BTreeMap<String, String>;

/// The hash of a kept file's bytes as written (16 hex digits of BLAKE3).
pub fn hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex()[..16].to_string()
}

/// The build's version: a hash over every kept file's path and hash, so
/// it changes exactly when a kept file does.
pub fn version(kept: &Kept) -> String {
    let mut h = blake3::Hasher::new();
    for (path, hash) in kept {
        h.update(path.as_bytes());
        h.update(b"\0");
        h.update(hash.as_bytes());
        h.update(b"\n");
    }
    h.finalize().to_hex()[..16].to_string()
}

/// The output paths language `lang` keeps for offline reading.
pub fn keeps(site: &Site, lang: usize) -> Vec<String> {
    let code = &site.config.languages[lang].code;
    let mut kinds = vec![PageKind::Home];
    for (d, dist) in site.districts.iter().enumerate() {
        kinds.push(PageKind::District(d));
        kinds.extend(
            dist.offerings
                .iter()
                .enumerate()
                .filter(|(_, o)| site.is_current(o))
                .map(|(o, _)| PageKind::Offering(d, o)),
        );
    }
    kinds.extend([PageKind::Offerings, PageKind::Search, PageKind::Offline]);
    // Marks on kept pages link to the glossary.
    if !site.glossary.terms.is_empty() {
        kinds.push(PageKind::Glossary);
    }
    let mut out: Vec<String> = kinds.iter().map(|k| k.file(site, lang)).collect();
    out.push(url::search_index(code));
    out.push(url::manifest(code));
    out.push("style.css".into());
    out.push("favicon.svg".into());
    out.extend(
        site.theme
            .statics
            .keys()
            .filter(|k| k.ends_with(".js") && !k.contains('/'))
            .cloned(),
    );
    out.extend(url::APP_ICONS.iter().map(|(f, _, _)| f.to_string()));
    out
}

/// Every output path some language keeps (the files the build hashes).
pub fn kept_paths(site: &Site) -> BTreeSet<String> {
    (0..site.config.languages.len())
        .flat_map(|l| keeps(site, l))
        .collect()
}

/// The address of an output file below the site root: a folder's
/// `index.html` by its folder, as it is linked and asked for.
fn address(path: &str) -> &str {
    match path.strip_suffix("index.html") {
        Some(folder) if folder.is_empty() || folder.ends_with('/') => folder,
        _ => path,
    }
}

/// The title of the site in language `lang`, as the pages show it.
fn site_title(site: &Site, lang: usize) -> String {
    if site.strings.has(lang, "site-title") {
        site.strings.get(lang, "site-title", None, false)
    } else {
        site.config.title.clone()
    }
}

/// A name of at most 12 characters for under a launcher icon: the title,
/// else its first word, else its first 12 characters.
fn short_name(title: &str) -> String {
    let title = title.trim();
    if title.chars().count() <= 12 {
        return title.to_string();
    }
    match title.split_whitespace().next() {
        Some(w) if w.chars().count() <= 12 => w.to_string(),
        _ => title
            .chars()
            .take(12)
            .collect::<String>()
            .trim()
            .to_string(),
    }
}

/// The web app manifest of language `lang`.
pub fn manifest(site: &Site, lang: usize) -> String {
    let l = &site.config.languages[lang];
    let name = site_title(site, lang);
    // Relative to the manifest in /<code>/: the icons are at the root.
    let icons: Vec<_> = url::APP_ICONS
        .iter()
        .map(|(file, size, maskable)| {
            json!({
                "src": format!("../{file}"),
                "sizes": format!("{size}x{size}"),
                "type": "image/png",
                "purpose": if *maskable { "maskable" } else { "any" },
            })
        })
        .collect();
    let m = json!({
        "id": "./",
        "name": name,
        "short_name": short_name(&name),
        "lang": l.code,
        "dir": l.dir.as_str(),
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": "#0b5c6b",
        "background_color": "#ffffff",
        "icons": icons,
    });
    serde_json::to_string_pretty(&m).unwrap_or_default()
}

/// The service worker; `kept` is `None` in the preview, which gets one
/// that keeps nothing, deletes what an earlier one kept and unregisters
/// itself.
pub fn service_worker(site: &Site, kept: Option<&Kept>) -> String {
    let Some(kept) = kept else {
        return KILL_SWITCH.to_string();
    };
    let langs: Vec<&str> = site
        .config
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    let head = format!(
        "// Quartier's service worker: keeps each language's pages for reading offline.\n\
         'use strict';\n\
         const VERSION = {};\n\
         // The base path the site was built for; the worker finds its own\n\
         // folder from its address, so a copy served elsewhere works too.\n\
         const BUILT_FOR = {};\n\
         const LANGS = {};\n",
        json!(version(kept)),
        json!(url::base_path(&site.config.base_url)),
        json!(langs),
    );
    head + WORKER
}

/// The list of files language `lang` keeps offline: the build's version,
/// and each file's address below the site root with its hash. Without
/// hashes (`None`, the preview) it lists nothing.
pub fn list(site: &Site, lang: usize, kept: Option<&Kept>) -> String {
    let code = &site.config.languages[lang].code;
    let (version, files): (String, Vec<(String, String)>) = match kept {
        Some(kept) => (
            version(kept),
            keeps(site, lang)
                .iter()
                .filter_map(|p| Some((address(p).to_string(), kept.get(p)?.clone())))
                .collect(),
        ),
        None => ("preview".into(), Vec::new()),
    };
    serde_json::to_string(&json!({"version": version, "lang": code, "files": files}))
        .unwrap_or_default()
}

/// The preview's worker: it undoes whatever a built site's worker left.
const KILL_SWITCH: &str = r#"// Quartier preview: no offline reading. Removes what a built site's
// service worker kept here, then unregisters itself.
'use strict';
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('quartier-')) await caches.delete(name);
    }
    await self.registration.unregister();
  })());
});
"#;

/// The worker of a built site, after its constants.
const WORKER: &str = r#"const BASE = new URL('./', self.location.href).pathname;
const PREFIX = 'quartier-';
const MINE = PREFIX + VERSION + '-';
const SHELL = MINE + 'shell';
const offlinePage = (code) => BASE + code + '/offline/';
const listOf = (code) => BASE + code + '/offline.json';
// [version, code] of a cache name of ours.
const parse = (name) => {
  if (!name.startsWith(PREFIX)) return null;
  const rest = name.slice(PREFIX.length);
  const i = rest.indexOf('-');
  return i < 0 ? null : [rest.slice(0, i), rest.slice(i + 1)];
};
const fresh = (url) => fetch(new Request(url, { cache: 'no-cache' }));

async function readList(code) {
  const r = await fresh(listOf(code));
  if (!r.ok) throw new Error('no list for ' + code);
  return r.json();
}

// Files that other caches of ours hold, by address: [cache name, hash].
async function holders() {
  const found = new Map();
  for (const name of await caches.keys()) {
    const p = parse(name);
    if (!p || p[1] === 'shell') continue;
    const stored = await (await caches.open(name)).match(listOf(p[1]));
    if (!stored) continue;
    const list = await stored.json();
    for (const [url, hash] of list.files || []) {
      if (!found.has(url)) found.set(url, []);
      found.get(url).push([name, hash]);
    }
  }
  return found;
}

const keeping = new Map();
function keep(code) {
  if (!LANGS.includes(code)) return Promise.resolve();
  if (!keeping.has(code)) {
    keeping.set(code, keepNow(code).finally(() => keeping.delete(code)));
  }
  return keeping.get(code);
}

async function keepNow(code) {
  const name = MINE + code;
  const cache = await caches.open(name);
  const done = await cache.match(listOf(code));
  if (done) return;
  const list = await readList(code);
  // A newer build is online: its worker keeps it.
  if (list.version !== VERSION) return;
  const old = await holders();
  for (const [url, hash] of list.files) {
    const address = BASE + url;
    if (await cache.match(address)) continue;
    let copied = false;
    for (const [other, h] of old.get(url) || []) {
      if (other === name || h !== hash) continue;
      const r = await (await caches.open(other)).match(address);
      if (r) {
        await cache.put(address, r);
        copied = true;
        break;
      }
    }
    if (copied) continue;
    const r = await fresh(address);
    if (!r.ok) throw new Error(address + ': ' + r.status);
    await cache.put(address, r);
  }
  // Never a mixture: the site must not have changed meanwhile.
  const again = await readList(code);
  if (again.version !== VERSION) {
    await caches.delete(name);
    return;
  }
  await cache.put(listOf(code), new Response(JSON.stringify(list), {
    headers: { 'content-type': 'application/json' },
  }));
}

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil((async () => {
    const shell = await caches.open(SHELL);
    await shell.addAll(LANGS.map((code) => new Request(offlinePage(code), { cache: 'no-cache' })));
    const before = new Set();
    for (const name of await caches.keys()) {
      const p = parse(name);
      if (p && p[0] !== VERSION && p[1] !== 'shell') before.add(p[1]);
    }
    for (const code of before) {
      try { await keep(code); } catch (e) { /* kept again on the next visit */ }
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      const p = parse(name);
      if (p && p[0] !== VERSION) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const code = event.data && event.data.keep;
  if (typeof code !== 'string') return;
  event.waitUntil(keep(code).catch(() => {}));
});

async function fromCaches(request, options) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(MINE)) continue;
    const r = await (await caches.open(name)).match(request, options);
    if (r) return r;
  }
  return undefined;
}

async function navigate(request, url) {
  try {
    return await fetch(request);
  } catch (err) {
    const kept = await fromCaches(request, { ignoreSearch: true });
    if (kept) return kept;
    const shell = await caches.open(SHELL);
    const code = url.pathname.slice(BASE.length).split('/')[0];
    for (const c of LANGS.includes(code) ? [code, ...LANGS] : LANGS) {
      const page = await shell.match(offlinePage(c));
      if (page) return shown(page, c);
    }
    throw err;
  }
}

// The offline page of `code` shown at another address: its links are
// relative to its own, so it gets a <base> there.
async function shown(page, code) {
  const html = await page.text();
  const base = '<base href="' + offlinePage(code) + '">';
  return new Response(html.replace('<head>', '<head>' + base), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

async function cacheFirst(request) {
  return (await fromCaches(request)) || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.pathname === BASE + 'sw.js' || url.pathname.endsWith('/offline.json')) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(request, url));
  } else {
    event.respondWith(cacheFirst(request));
  }
});
"#;
