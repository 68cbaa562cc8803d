//! The render stage: one page's Markdown, in one reader's language, to HTML.
//!
//! See [`markdown`] for the passes, [`relink`] for untranslated pages, [`highlight`] for
//! code blocks, [`sanitize`] for raw HTML and [`anchor`] for heading ids.

pub mod anchor;
pub mod highlight;
pub mod markdown;
mod relink;
pub mod sanitize;

pub use markdown::{card_marker, print_events, render, Heading, Rendered};
pub use relink::relink;
