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
    #[error("cannot write {}", path.display())]
    Output {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}
