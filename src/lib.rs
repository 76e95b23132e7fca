//! Quartier: a static site generator for multilingual neighbourhood
//! information.
//!
//! The pipeline runs one way: [`load`] reads and validates all content into
//! an immutable [`model::Site`]; [`render`] turns it into pages; [`output`]
//! writes them into a staging folder that [`build`] swaps in when complete.
//! Problems are collected as [`diag::Diagnostic`]s and reported together.

#![warn(missing_docs)]

pub mod build;
pub mod cli;
pub mod clock;
pub mod cmd;
pub mod config;
pub mod diag;
pub mod edit;
pub mod escape;
pub mod glossary;
pub mod i18n;
pub mod ids;
pub mod load;
pub mod markdown;
pub mod model;
pub mod output;
pub mod plain;
pub mod render;
pub mod scaffold;
pub mod schedule;
pub mod serve;
pub mod theme;
pub mod translations;
pub mod url;
pub mod yaml;
pub mod yamlspan;
