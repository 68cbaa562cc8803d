//! The write stage: files go into a fresh staging folder beside the output, which is
//! swapped into place only when everything has been written. A failed build leaves the
//! previous output exactly as it was. [`guard`] decides first whether the output folder
//! is one a build may replace.

pub mod guard;
pub mod lock;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::Error;

/// Writes a file of the site's sources (a translation, an imported service) whole or not
/// at all: into a hidden file beside it, then renamed over it.
pub fn replace_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    stage_file(path, bytes)?.commit()
}

/// Writes `bytes` into a hidden file beside `path`, to be renamed over it by
/// [`Staged::commit`] once every file of a change is ready; a staged file dropped without
/// being committed is removed, so a change that fails half-way leaves the sources as they
/// were. The walk of `content/` skips hidden files.
pub fn stage_file(path: &Path, bytes: &[u8]) -> io::Result<Staged> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let staged = Staged { temporary, path: path.to_path_buf(), committed: false };
    fs::write(&staged.temporary, bytes)?;
    Ok(staged)
}

/// A file written by [`stage_file`], not yet in its place.
#[derive(Debug)]
pub struct Staged {
    temporary: PathBuf,
    path: PathBuf,
    committed: bool,
}

impl Staged {
    /// Where the file goes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn commit(mut self) -> io::Result<()> {
        // On an error the stray file is tidied by `drop`; the rename's error is reported.
        fs::rename(&self.temporary, &self.path)?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_file(&self.temporary);
        }
    }
}

/// One file of the output, by its path under the output folder.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Where output goes: a staging folder, or nowhere (for `check`), with a digest of every
/// file written ([`Sink::digest`]).
pub struct Sink {
    target: Target,
    digest: Digest,
}

enum Target {
    Staging { staging: PathBuf, output: PathBuf },
    /// Straight into a folder: `serve` updating the few files a change touches.
    Direct(PathBuf),
    Discard,
}

/// A digest of the files written so far, whatever order the threads write them in: the
/// sum and the exclusive or of each file's hash (of its path and bytes).
#[derive(Default)]
struct Digest {
    sum: AtomicU64,
    xor: AtomicU64,
}

impl Digest {
    fn add(&self, path: &str, bytes: &[u8]) {
        use std::hash::{BuildHasher, Hasher};
        let mut hasher = foldhash::quality::FixedState::with_seed(0x10ca1_0ffe4).build_hasher();
        hasher.write(path.as_bytes());
        hasher.write_u8(0);
        hasher.write(bytes);
        let hash = hasher.finish();
        self.sum.fetch_add(hash, Ordering::Relaxed);
        self.xor.fetch_xor(hash, Ordering::Relaxed);
    }
}

impl Sink {
    /// Creates a staging folder beside `output` (a path [`guard::check`] returned), holding
    /// only the mark that says localoffer wrote it. Staging and old folders that a killed
    /// build left beside the same output are removed first.
    pub fn staging(output: &Path) -> Result<Sink, Error> {
        let output = absolute(output)?;
        let parent = output.parent().ok_or_else(|| Error::Output { path: output.clone(), source: io::Error::other("the output folder has no parent") })?;
        fs::create_dir_all(parent).map_err(|source| Error::Output { path: parent.to_path_buf(), source })?;
        remove_abandoned(&output);
        let staging = sibling(&output, "staging", std::process::id());
        if staging.join(guard::MARK).is_file() {
            // Left by a killed build that had this process id before.
            fs::remove_dir_all(&staging).map_err(|source| Error::Output { path: staging.clone(), source })?;
        }
        fs::create_dir(&staging).map_err(|source| Error::Output { path: staging.clone(), source })?;
        let sink = Sink { target: Target::Staging { staging, output }, digest: Digest::default() };
        if let Err(err) = sink.write(guard::MARK, guard::MARK_TEXT.as_bytes()) {
            sink.abandon();
            return Err(err);
        }
        Ok(sink)
    }

    /// Straight into `dir`: `serve` updating the few files a change touches.
    pub fn direct(dir: &Path) -> Sink {
        Sink { target: Target::Direct(dir.to_path_buf()), digest: Digest::default() }
    }

    /// Nowhere: `check` renders everything and keeps nothing.
    pub fn discard() -> Sink {
        Sink { target: Target::Discard, digest: Digest::default() }
    }

    pub fn is_discard(&self) -> bool {
        matches!(self.target, Target::Discard)
    }

    /// The folder files are written into (the staging folder until [`Sink::finish`]).
    fn folder(&self) -> Option<&Path> {
        match &self.target {
            Target::Staging { staging, .. } => Some(staging),
            Target::Direct(dir) => Some(dir),
            Target::Discard => None,
        }
    }

    /// Sixteen hex digits that change when any file written so far changes, is added or
    /// goes: the name of this build's offline caches.
    pub fn digest(&self) -> String {
        let (sum, xor) = (self.digest.sum.load(Ordering::Relaxed), self.digest.xor.load(Ordering::Relaxed));
        format!("{:016x}", sum.rotate_left(17) ^ xor)
    }

    /// A file written before, read back (`None` for [`Sink::discard`], or when it is not there).
    pub fn read(&self, path: &str) -> Option<Vec<u8>> {
        if path.split('/').any(|part| part == ".." || part.is_empty()) {
            return None;
        }
        fs::read(self.folder()?.join(path)).ok()
    }

    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        let Some(staging) = self.folder() else { return Ok(()) };
        if path.split('/').any(|part| part == ".." || part.is_empty()) {
            return Err(Error::Output { path: PathBuf::from(path), source: io::Error::other("an output path must stay inside the output folder") });
        }
        let target = staging.join(path);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).map_err(|source| Error::Output { path: dir.to_path_buf(), source })?;
        }
        fs::write(&target, bytes).map_err(|source| Error::Output { path: target, source })?;
        self.digest.add(path, bytes);
        Ok(())
    }

    pub fn write_file(&self, file: &OutputFile) -> Result<(), Error> {
        self.write(&file.path, &file.bytes)
    }

    /// Copies a file of the site (an image) into the output.
    pub fn copy(&self, from: &Path, path: &str) -> Result<(), Error> {
        if self.is_discard() {
            return Ok(());
        }
        let bytes = fs::read(from).map_err(|source| Error::Output { path: from.to_path_buf(), source })?;
        self.write(path, &bytes)
    }

    /// Removes a file written before (a deleted page), and the folders it leaves empty.
    pub fn remove(&self, path: &str) -> Result<(), Error> {
        let Target::Direct(dir) = &self.target else { return Ok(()) };
        if path.split('/').any(|part| part == ".." || part.is_empty()) {
            return Ok(());
        }
        let target = dir.join(path);
        match fs::remove_file(&target) {
            Ok(()) => {}
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(source) => return Err(Error::Output { path: target, source }),
        }
        let mut folder = target.parent();
        while let Some(current) = folder.filter(|f| *f != dir.as_path()) {
            if fs::remove_dir(current).is_err() {
                break;
            }
            folder = current.parent();
        }
        Ok(())
    }

    /// Swaps the staging folder into place of the output.
    pub fn finish(self) -> Result<Previous, Error> {
        let Target::Staging { staging, output } = &self.target else { return Ok(Previous(None)) };
        let (staging, output) = (staging.clone(), output.clone());
        let old = sibling(&output, "old", std::process::id());
        let had_output = output.exists();
        if had_output {
            if let Err(source) = fs::rename(&output, &old) {
                self.abandon();
                return Err(Error::Output { path: output, source });
            }
        }
        if let Err(source) = fs::rename(&staging, &output) {
            if had_output {
                // Put the previous site back: a failed swap must not lose it.
                fs::rename(&old, &output).map_err(|source| Error::Output { path: old.clone(), source })?;
            }
            self.abandon();
            return Err(Error::Output { path: output, source });
        }
        Ok(Previous(had_output.then_some(old)))
    }

    /// Removes the staging folder after a failure.
    pub fn abandon(self) {
        if let Target::Staging { staging, .. } = self.target {
            if let Err(err) = fs::remove_dir_all(&staging) {
                log::warn!("could not remove the unfinished output {}: {err}", staging.display());
            }
        }
    }
}

/// The previous output, moved aside by [`Sink::finish`] once the new one is in place. It
/// is tens of thousands of files for a big site, so removing it is left to the caller,
/// who can do it where nobody waits for it; a copy left behind is only in the way, and
/// the next build removes it.
#[must_use = "the previous output stays beside the new one until it is removed"]
pub struct Previous(Option<PathBuf>);

impl Previous {
    /// Removes it now, on every core.
    pub fn remove(self) {
        if let Some(old) = self.0 {
            if let Err(err) = remove_in_parallel(&old) {
                log::warn!("the site is published, but the previous one, moved to {}, could not be removed: {err} - remove it by hand", old.display());
            }
        }
    }

    /// Removes it on a thread of its own, for a process that goes on running (`serve`).
    pub fn remove_on_a_thread(self) {
        if self.0.is_some() {
            std::thread::spawn(move || self.remove());
        }
    }

    /// Hands it to a new process that outlives this one (`program` with `args`, then the
    /// folder's path, which is to call [`remove_previous_output`]), so that the command
    /// that built the site returns as soon as the new site is in place. If that process
    /// cannot be started, removes it now.
    pub fn remove_in_background(self, program: &Path, args: &[&str]) {
        let Some(old) = &self.0 else { return };
        let started = std::process::Command::new(program).args(args).arg(old).stdin(std::process::Stdio::null()).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn();
        if let Err(err) = started {
            log::debug!("cannot remove the previous output in the background ({err}): removing it now");
            self.remove();
        }
    }
}

/// Removes a previous output that [`Previous::remove_in_background`] handed over: only a
/// folder named as [`Sink::finish`] names one and carrying our mark, so that no other
/// folder can be removed this way. It is first renamed after this process, so that a
/// build starting meanwhile leaves it to this one ([`remove_abandoned`] skips the folders
/// of running processes).
pub fn remove_previous_output(old: &Path) -> Result<(), Error> {
    let refused = || Error::Output { path: old.to_path_buf(), source: io::Error::new(io::ErrorKind::InvalidInput, "not a previous output moved aside by a build") };
    let name = old.file_name().map(|n| n.to_string_lossy().into_owned()).ok_or_else(refused)?;
    let output = name.strip_prefix('.').and_then(|rest| rest.rsplit_once(".old-")).filter(|(_, pid)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit())).map(|(output, _)| old.with_file_name(output)).ok_or_else(refused)?;
    if !old.join(guard::MARK).is_file() {
        return Err(refused());
    }
    let mine = sibling(&output, "old", std::process::id());
    fs::rename(old, &mine).map_err(|source| Error::Output { path: old.to_path_buf(), source })?;
    remove_in_parallel(&mine)
}

/// The folder beside `output` where a build with process id `pid` stages (`what` is
/// "staging") or moves the previous output aside ("old").
fn sibling(output: &Path, what: &str, pid: u32) -> PathBuf {
    let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
    output.with_file_name(format!(".{name}.{what}-{pid}"))
}

/// Removes the staging and old folders beside `output` that a build killed before it
/// could tidy up left behind: those whose build is no longer running, and that carry
/// our mark (so nothing of anyone else's is touched). Only where running processes can
/// be listed (Linux's /proc); elsewhere they are left.
fn remove_abandoned(output: &Path) {
    let (Some(parent), Some(name)) = (output.parent(), output.file_name()) else { return };
    let proc = Path::new("/proc/self");
    if !proc.exists() {
        return;
    }
    let Ok(entries) = fs::read_dir(parent) else { return };
    let prefix = format!(".{}.", name.to_string_lossy());
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name.strip_prefix(&prefix) else { continue };
        let Some(pid) = rest.strip_prefix("staging-").or_else(|| rest.strip_prefix("old-")).and_then(|p| p.parse::<u32>().ok()) else { continue };
        let path = entry.path();
        let running = Path::new("/proc").join(pid.to_string()).exists();
        // An old folder with no output beside it is the previous site, moved aside by a
        // build killed before it could swap the new one in: keep it.
        let only_copy = rest.starts_with("old-") && !output.exists();
        if running || only_copy || !path.join(guard::MARK).is_file() {
            continue;
        }
        match remove_in_parallel(&path) {
            Ok(()) => log::info!("removed {}, left by a build that was stopped", path.display()),
            Err(err) => log::warn!("could not remove {}, left by a build that was stopped: {err}", path.display()),
        }
    }
}

/// Removes a folder and everything in it, its subfolders on every core: the previous
/// output of a big site is tens of thousands of files, and removing them on one core took
/// a tenth of a rebuild.
fn remove_in_parallel(dir: &Path) -> Result<(), Error> {
    use rayon::prelude::*;
    fn failed(path: &Path) -> impl FnOnce(io::Error) -> Error + '_ {
        move |source| Error::Output { path: path.to_path_buf(), source }
    }
    let entries: Vec<fs::DirEntry> = fs::read_dir(dir).and_then(|entries| entries.collect()).map_err(failed(dir))?;
    entries.par_iter().try_for_each(|entry| {
        let path = entry.path();
        match entry.file_type().map_err(failed(&path))?.is_dir() {
            true => remove_in_parallel(&path),
            false => fs::remove_file(&path).map_err(failed(&path)),
        }
    })?;
    fs::remove_dir(dir).map_err(failed(dir))
}

fn absolute(path: &Path) -> Result<PathBuf, Error> {
    std::path::absolute(path).map_err(|source| Error::Output { path: path.to_path_buf(), source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finish_replaces_the_output_and_abandon_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        fs::create_dir(&output).unwrap();
        fs::write(output.join("old.html"), "old").unwrap();
        for dir in ["en/services/penrose", "en/topics", "ur/services/penrose"] {
            fs::create_dir_all(output.join(dir)).unwrap();
            fs::write(output.join(dir).join("index.html"), "old").unwrap();
        }

        let sink = Sink::staging(&output).unwrap();
        sink.write("en/index.html", b"new").unwrap();
        sink.abandon();
        assert!(output.join("old.html").exists());
        assert!(!output.join("en/index.html").exists());
        assert!(output.join("en/topics/index.html").exists());

        let sink = Sink::staging(&output).unwrap();
        sink.write("en/index.html", b"new").unwrap();
        sink.finish().unwrap().remove();
        assert!(!output.join("old.html").exists());
        assert!(!output.join("ur").exists() && !output.join("en/services").exists(), "the previous output is gone, folders and all");
        assert_eq!(fs::read_to_string(output.join("en/index.html")).unwrap(), "new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no staging or old folder is left behind");
    }

    /// A process id that is not running: a child that has ended.
    #[cfg(target_os = "linux")]
    fn ended() -> u32 {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        child.wait().unwrap();
        child.id()
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_killed_builds_old_folder_is_removed_unless_it_is_the_only_copy() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        let old = sibling(&output, "old", ended());
        fs::create_dir(&old).unwrap();
        fs::write(old.join(guard::MARK), "").unwrap();
        fs::write(old.join("index.html"), "the previous site").unwrap();
        // Killed between moving the output aside and swapping the new one in: the old
        // folder is all there is of the site, so it stays.
        remove_abandoned(&output);
        assert!(old.join("index.html").is_file());
        fs::create_dir(&output).unwrap();
        let running = sibling(&output, "staging", std::process::id());
        fs::create_dir(&running).unwrap();
        fs::write(running.join(guard::MARK), "").unwrap();
        remove_abandoned(&output);
        assert!(!old.exists(), "with an output beside it, a dead build's old folder goes");
        assert!(running.exists(), "a running build's staging folder stays");
    }

    #[test]
    fn paths_cannot_climb_out() {
        let dir = tempfile::tempdir().unwrap();
        let sink = Sink::staging(&dir.path().join("public")).unwrap();
        assert!(sink.write("../escape.html", b"x").is_err());
        sink.abandon();
    }
}
