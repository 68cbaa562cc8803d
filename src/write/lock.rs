//! One build at a time per output folder. Two builds writing the same output would each
//! swap in their own site and remove the other's previous one; the second is refused,
//! with the first one's process id, before it reads anything.
//!
//! The lock is the operating system's lock on a small file beside the output,
//! `.<name>.lock`, which holds the process id of the build that has it. The system
//! releases it when that process ends however it ends, so a lock file left by a killed
//! build is simply taken over by the next.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Held for as long as a build writes its output; removes its file when dropped.
#[derive(Debug)]
pub struct OutputLock {
    path: PathBuf,
    /// Kept open: the lock lasts as long as the file is open.
    _file: File,
}

/// Why the lock could not be taken.
#[derive(Debug)]
pub enum Busy {
    /// Another build holds it; its process id, when it had written it yet.
    Held(Option<u32>),
    Failed(io::Error),
}

impl OutputLock {
    /// Takes the lock of `output` (a full path, as [`super::guard::check`] returns it),
    /// creating the folder that holds the output if need be.
    pub fn take(output: &Path) -> Result<OutputLock, Error> {
        let path = lock_path(output);
        let failed = |source: io::Error| Error::Output { path: path.clone(), source };
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(failed)?;
        }
        match try_take(&path) {
            Ok(lock) => Ok(lock),
            Err(Busy::Failed(source)) => Err(failed(source)),
            Err(Busy::Held(pid)) => {
                let who = pid.map(|pid| format!("another build (process {pid})")).unwrap_or_else(|| "another build".into());
                Err(Error::Refused(super::guard::Refusal {
                    output: output.to_path_buf(),
                    why: format!("{who} is writing that folder now"),
                    hint: format!("wait for it to finish, or stop it, then build again; its lock is {}", path.display()),
                }))
            }
        }
    }
}

fn try_take(path: &Path) -> Result<OutputLock, Busy> {
    loop {
        let mut file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path).map_err(Busy::Failed)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(Busy::Held(fs::read_to_string(path).ok().and_then(|text| text.trim().parse().ok()))),
            Err(TryLockError::Error(err)) => return Err(Busy::Failed(err)),
        }
        // The build that held the lock removes its file as it lets go: if that happened
        // between the open and the lock, this locked a file no longer there. Open again.
        if !still_there(&file, path) {
            continue;
        }
        let left = fs::read_to_string(path).unwrap_or_default();
        if let Ok(pid) = left.trim().parse::<u32>() {
            log::info!("took over the lock {} left by build {pid}, which is no longer running", path.display());
        }
        file.set_len(0).and_then(|()| file.write_all(format!("{}\n", std::process::id()).as_bytes())).map_err(Busy::Failed)?;
        return Ok(OutputLock { path: path.to_path_buf(), _file: file });
    }
}

#[cfg(unix)]
fn still_there(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_there(_file: &File, path: &Path) -> bool {
    path.exists()
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        // Removed while still held, so that no build can lock it after it is let go.
        if let Err(err) = fs::remove_file(&self.path) {
            log::warn!("could not remove the lock {}: {err}", self.path.display());
        }
    }
}

/// `.<name>.lock` beside the output folder `<name>`.
fn lock_path(output: &Path) -> PathBuf {
    let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
    output.with_file_name(format!(".{name}.lock"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_with_the_first_ones_process_id_and_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        let lock = OutputLock::take(&output).unwrap();
        let file = dir.path().join(".public.lock");
        assert_eq!(fs::read_to_string(&file).unwrap(), format!("{}\n", std::process::id()));
        // A second open file description, as another process would have.
        let Err(Busy::Held(pid)) = try_take(&file) else { panic!("the lock was taken twice") };
        assert_eq!(pid, Some(std::process::id()));
        let refused = OutputLock::take(&output).unwrap_err().to_string();
        assert!(refused.contains(&format!("another build (process {}) is writing that folder now", std::process::id())), "{refused}");
        drop(lock);
        assert!(!file.exists(), "the lock file is removed with the lock");
        drop(OutputLock::take(&output).unwrap());
    }

    #[test]
    fn a_lock_file_nobody_holds_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(".public.lock");
        fs::write(&file, "4194303\n").unwrap();
        let lock = OutputLock::take(&dir.path().join("public")).unwrap();
        assert_eq!(fs::read_to_string(&file).unwrap(), format!("{}\n", std::process::id()));
        drop(lock);
        assert!(!file.exists());
    }
}
