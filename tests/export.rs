//! Tests for export.
