//! Tests for list.
