//! Exports: one file per format behind one trait.
