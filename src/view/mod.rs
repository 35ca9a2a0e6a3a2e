//! Views: pure functions from the model to what is shown (tables, summaries, the notice's
//! numbering, the ledger's rows). They do no I/O.

pub mod as_of;
pub mod document;
pub mod ledger;
pub mod notice;
pub mod office;
pub mod period;
pub mod plan;
pub mod progress;
pub mod summary;
pub mod table;
pub mod units;
