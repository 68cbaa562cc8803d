//! Typeset leaflets kept between builds, so only what changed is typeset again.
//!
//! A leaflet's key is a hash of everything its PDF is made from: the generated data (the
//! page's text in that language, its title, contacts, date, address, QR code, labels and
//! settings), the template, the fonts and the program's version. The same key gives the
//! same PDF, so a hit is used as it is. The folder is `<root>/.localoffer-cache/leaflets/`,
//! outside the output (which is swapped whole on every build). The cache only saves time:
//! a failure to read or write it is a warning in the log, never a failed build.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

pub const DIR: &str = ".localoffer-cache/leaflets";

pub struct Cache {
    dir: PathBuf,
    /// `check` reads the cache but writes nothing.
    write: bool,
    used: Mutex<BTreeSet<String>>,
}

impl Cache {
    pub fn new(root: &Path, write: bool) -> Cache {
        Cache { dir: root.join(DIR), write, used: Mutex::new(BTreeSet::new()) }
    }

    /// The key of a leaflet made by the template and fonts of `fingerprint` from `data`.
    pub fn key(fingerprint: &str, data: &str) -> String {
        let mut hasher = Sha256::new();
        hasher.update(fingerprint.as_bytes());
        hasher.update([0]);
        hasher.update(data.as_bytes());
        hasher.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect()
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.pdf"))
    }

    fn mark_used(&self, key: &str) {
        if let Ok(mut used) = self.used.lock() {
            used.insert(key.to_string());
        }
    }

    pub fn get(&self, key: &str) -> Option<Vec<u8>> {
        let bytes = fs::read(self.path(key)).ok()?;
        self.mark_used(key);
        Some(bytes)
    }

    /// Keeps `bytes` under `key`, written aside and renamed, so that a build stopped
    /// half-way never leaves half a PDF to be reused.
    pub fn put(&self, key: &str, bytes: &[u8]) {
        self.mark_used(key);
        if !self.write {
            return;
        }
        let target = self.path(key);
        let partial = self.dir.join(format!(".{key}.{}.partial", std::process::id()));
        let written = fs::create_dir_all(&self.dir).and_then(|()| fs::write(&partial, bytes)).and_then(|()| fs::rename(&partial, &target));
        if let Err(err) = written {
            log::warn!("cannot keep the leaflet in {}: {err}", self.dir.display());
        }
    }

    /// Removes the leaflets this build did not use (pages changed or removed since).
    pub fn prune(&self) {
        if !self.write {
            return;
        }
        let Ok(entries) = fs::read_dir(&self.dir) else { return };
        let used = match self.used.lock() {
            Ok(used) => used.clone(),
            Err(_) => return,
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let key = name.strip_suffix(".pdf").unwrap_or(&name);
            if !used.contains(key) {
                if let Err(err) = fs::remove_file(entry.path()) {
                    log::warn!("cannot remove the old leaflet {}: {err}", entry.path().display());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_leaflet_comes_back_and_unused_ones_go() {
        let dir = tempfile::tempdir().unwrap();
        let first = Cache::new(dir.path(), true);
        let (a, b) = (Cache::key("f", "a"), Cache::key("f", "b"));
        assert_ne!(a, b);
        assert_ne!(a, Cache::key("g", "a"), "another template or font set is another key");
        first.put(&a, b"%PDF a");
        first.put(&b, b"%PDF b");
        let second = Cache::new(dir.path(), true);
        assert_eq!(second.get(&a).as_deref(), Some(&b"%PDF a"[..]));
        second.prune();
        assert!(Cache::new(dir.path(), true).get(&b).is_none(), "b was not used by the second build");
        let reading = Cache::new(dir.path(), false);
        reading.put(&b, b"%PDF b");
        assert!(reading.get(&b).is_none(), "a check writes nothing");
    }
}
