//! Tests for office.
