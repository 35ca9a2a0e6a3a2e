//! Tests for write.
