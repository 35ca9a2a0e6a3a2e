//! Integration tests: each module drives the `rectify` binary like a user would.

mod common;

mod as_of;
mod check;
mod export;
mod git;
mod history;
mod import;
mod interface;
mod list;
mod office;
mod reliability;
mod report;
mod shapes;
mod unit_report;
mod units;
mod workflow;
mod write;
