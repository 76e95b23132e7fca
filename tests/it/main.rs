//! The integration tests, in one test binary (as mdBook's testsuite): one
//! module per area, sharing the helpers in `common`. One binary links the
//! library and the dev-dependencies once, where a binary per area linked
//! them a dozen times.
//!
//! The modules run as threads of one process, so a test must not change
//! process-wide state (environment, current folder) that another relies on;
//! child processes get their environment through `Command`.

mod common;

mod architecture;
mod browser;
mod budget;
mod calendar;
mod demo;
mod edit;
mod fallback;
mod findings;
mod flyers;
mod glossary;
mod hostile;
mod listen;
mod offline;
mod print;
mod printcache;
mod scaffold;
mod search;
mod serve;
mod share;
mod simple;
mod site;
mod translations;
mod valid;
