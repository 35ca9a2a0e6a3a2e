//! `--format json`: the notice document ([`crate::view::document::Document`]: the whole model
//! with the notice's numbering and statistics), in the stable shape documented in
//! docs/json.md. The same document is the context of the notice templates
//! (docs/templates.md), so a user template sees exactly what a script sees.

use std::io::Write;

use super::{output_error, Exporter, Options};
use crate::error::{Error, Result};
use crate::model::Report;
use crate::view::document::Document;
use crate::view::notice::Notice;

pub struct Json;

impl Exporter for Json {
    /// Written as it is serialised, not built whole first.
    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()> {
        let notice = Notice::build(report, &options.notice());
        let doc = Document::new(report, &notice);
        // serde_json writes a few bytes at a time: a buffer of its own keeps those writes
        // inlined rather than each a call through `dyn Write`.
        let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
        serde_json::to_writer_pretty(&mut out, &doc).map_err(|e| {
            if e.is_io() {
                output_error(e.into())
            } else {
                Error::failed(t!("export-cannot-write-json", detail = e.to_string()))
            }
        })?;
        out.write_all(b"\n")
            .and_then(|()| out.flush())
            .map_err(output_error)
    }
}
