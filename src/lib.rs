//! localoffer: a static-site generator for a local authority's SEND Local Offer.
//!
//! The stages, each a module with plain data in and out, are run by [`pipeline`], whose
//! documentation gives their order. Listed here from the bottom up: a module imports only
//! modules listed before it or beside it in its group (`tests/imports.rs` keeps them free
//! of circles).

// Shared by every stage; they import nothing of the program's, or only each other.
pub mod bidi;
pub mod collate;
pub mod diag;
pub mod error;
pub mod escape;
pub mod layout;
pub mod readability;
mod yaml;

// Settings, the theme and the interface strings.
pub mod brand;
pub mod config;
pub mod localise;
pub mod theme;

// Content: read, then modelled.
pub mod duties;
pub mod load;
pub mod model;

// What is made from the model.
pub mod directory;
pub mod leaflets;
pub mod render;
pub mod search;
pub mod template;

// Written out.
pub mod offline;
pub mod output;
pub mod write;

// The run, and the commands around it.
pub mod check;
pub mod cli;
pub mod import;
pub mod init;
pub mod pipeline;
pub mod scaffold;
pub mod serve;
pub mod translate;
