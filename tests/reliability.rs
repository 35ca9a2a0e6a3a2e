//! Tests for reliability.
