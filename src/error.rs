//! Errors that stop a run and are not about the content (those are diagnostics).

use std::path::PathBuf;

use crate::diag::Diagnostics;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input has problems; each is a diagnostic.
    #[error("{} error(s) in the site", .0.error_count())]
    Content(Diagnostics),
    #[error("the search index failed: {0}")]
    Search(String),
    #[error("{what}")]
    Serve {
        what: String,
        #[source]
        source: std::io::Error,
    },
    /// The output folder is one a build must not replace.
    #[error("{0}")]
    Refused(crate::write::guard::Refusal),
    #[error("cannot write {} - {}", path.display(), what_to_do(source))]
    Output {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// What to do about a file that could not be written, by why.
fn what_to_do(error: &std::io::Error) -> &'static str {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "the disk is full: free some space, then build again",
        ErrorKind::ReadOnlyFilesystem => "that disk is read-only: choose an output folder on a disk that can be written",
        ErrorKind::PermissionDenied => "permission denied: make the folder writable, or choose another output folder",
        ErrorKind::NotADirectory => "a file is in the way of a folder there: move the file, or choose another output folder",
        ErrorKind::ResourceBusy => "it is in use (a mount point, or open in another program): choose another output folder",
        _ => "check the disk and the folder's permissions, then build again",
    }
}
