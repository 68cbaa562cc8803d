//! The load stage: `content/` into typed [`Document`]s.
//!
//! 1. [`walk`] finds every file under `content/`, refusing what cannot be trusted (links
//!    out of the site, loops, huge files, text that is not UTF-8), and names each by its
//!    role: home, section or page, in which language.
//! 2. [`front_matter`] splits each Markdown file and parses its YAML into [`FrontMatter`].

pub mod front_matter;
pub mod walk;

pub use front_matter::{Audience, Date, Document, FrontMatter};
pub use walk::{Asset, Entry, EntryKind, Source};
