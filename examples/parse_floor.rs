//! The floor of `rectify check`: what it costs only to read and parse a data folder's files,
//! with nothing checked, built or printed. `bench/run.sh` times every command against it.
//!
//! ```text
//! cargo run --release --example parse_floor -- DATA        # into toml::Table (the floor)
//! cargo run --release --example parse_floor -- --de DATA   # into toml::de::DeTable
//! cargo run --release --example parse_floor -- --root ROOT  # a root of units (every unit)
//! ```
//!
//! With `--root`, the files are those of every sub-folder holding a `rectify.toml` (its
//! `rectify.toml` and `findings/*.toml`) plus the root's `rectify-root.toml`: all of them
//! parsed on one thread per core, each thread taking a contiguous share of the whole list.
//!
//! It does what the loader (`src/load/mod.rs`) does before it looks at a single value, the
//! same way: list `findings/*.toml` and sort the names, read `rectify.toml`, then read and parse
//! the finding files on one thread per core, each thread taking a contiguous share of the
//! files. The default parses into `toml::Table` (owned strings, every value converted), as the
//! benchmark's definition of the floor asks. `--de` parses into `toml::de::DeTable`, the
//! borrowed tree the loader itself builds; it is cheaper, so it is the stricter floor, and
//! BENCHMARKS.md gives both.
//!
//! It prints the number of files and of top-level tables, so nothing is optimised away.

use std::path::{Path, PathBuf};

fn parse(path: &Path, borrowed: bool) -> usize {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    if borrowed {
        let table =
            toml::de::DeTable::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        table.get_ref().len()
    } else {
        let table: toml::Table = text
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        table.len()
    }
}

fn main() {
    let mut borrowed = false;
    let mut root = false;
    let mut dir = None;
    for arg in std::env::args_os().skip(1) {
        if arg == "--de" {
            borrowed = true;
        } else if arg == "--root" {
            root = true;
        } else {
            dir = Some(PathBuf::from(arg));
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: parse_floor [--de] [--root] DIR");
        std::process::exit(2);
    };
    if root {
        return parse_root(&dir, borrowed);
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir.join("findings"))
        .expect("a findings/ folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let mut tables = parse(&dir.join("rectify.toml"), borrowed);
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(paths.len().max(1));
    let chunk = paths.len().div_ceil(workers).max(1);
    tables += std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|group| {
                scope.spawn(move || group.iter().map(|p| parse(p, borrowed)).sum::<usize>())
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a parser thread"))
            .sum::<usize>()
    });
    println!("{} files, {tables} top-level keys", paths.len() + 1);
}

/// The floor of a root: every unit's files, parsed on one thread per core.
fn parse_root(root: &Path, borrowed: bool) {
    let mut units: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("a root folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("rectify.toml").is_file())
        .collect();
    units.sort();
    let mut paths: Vec<PathBuf> = Vec::new();
    let root_file = root.join("rectify-root.toml");
    if root_file.is_file() {
        paths.push(root_file);
    }
    for unit in &units {
        paths.push(unit.join("rectify.toml"));
        let mut findings: Vec<PathBuf> = std::fs::read_dir(unit.join("findings"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
                    .collect()
            })
            .unwrap_or_default();
        findings.sort();
        paths.extend(findings);
    }
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(paths.len().max(1));
    let chunk = paths.len().div_ceil(workers).max(1);
    let tables = std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|group| {
                scope.spawn(move || group.iter().map(|p| parse(p, borrowed)).sum::<usize>())
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a parser thread"))
            .sum::<usize>()
    });
    println!(
        "{} units, {} files, {tables} top-level keys",
        units.len(),
        paths.len()
    );
}
