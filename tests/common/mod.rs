//! Shared harness of the integration tests: the real binary, run in the project root.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `dubbelcheck` with `args` in the project root.
pub fn dubbelcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dubbelcheck")).args(args).current_dir(root()).output().expect("binary runs")
}

/// Audits the bundled samples into `out` (plus `extra` flags). The samples hold a corrupt file,
/// so a successful run exits 1.
pub fn audit_samples(out: &Path, extra: &[&str]) -> Output {
    let out = out.to_str().expect("temporary paths are UTF-8");
    let mut args =
        vec!["audit", "samples/studies", "--reports", "samples/reports.csv", "--images-manifest", "samples/images_manifest.csv", "--out", out];
    args.extend_from_slice(extra);
    dubbelcheck(&args)
}
