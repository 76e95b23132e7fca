//! `quartier edit`: a local workbench in the browser that writes the
//! repository. See docs/editing.md.

pub mod diff;
pub mod git;
pub mod schedule_form;
pub mod yamledit;
