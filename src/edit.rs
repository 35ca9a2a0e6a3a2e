//! The only module that writes data files: format-preserving edits with toml_edit, validated
//! before writing, written atomically under a lock on the data folder.
