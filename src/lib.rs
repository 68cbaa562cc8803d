//! localoffer: a static-site generator for a local authority's SEND Local Offer.
//!
//! The stages, each a module with plain data in and out, are run by [`pipeline`].

pub mod bidi;
pub mod brand;
pub mod check;
pub mod cli;
pub mod collate;
pub mod config;
pub mod diag;
pub mod directory;
pub mod duties;
pub mod error;
pub mod init;
pub mod leaflets;
pub mod load;
pub mod localise;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod readability;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod template;
pub mod theme;
pub mod translate;
pub mod write;
mod yaml;
