//! Shared harness of the integration tests: the real binary, run in the project root.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The project root. `cargo test` sets CARGO_MANIFEST_DIR at run time too; prefer that over the
/// compile-time value, which can name another clone when clones share one CARGO_TARGET_DIR
/// (cargo reuses a test binary built from identical, older sources).
pub fn root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(|| env!("CARGO_MANIFEST_DIR").into(), PathBuf::from))
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

/// A copy of the bundled model card in `dir` with a nodule threshold so low that every study is
/// AI-positive: many flags, with heatmaps and with report cues ("Geen afwijkingen").
pub fn all_positive_card(dir: &Path) -> PathBuf {
    let card = std::fs::read_to_string(root().join("models/cxr-demo/card.toml")).unwrap();
    let start = card.find("[findings.nodule]").unwrap();
    let end = card.find("[reference]").unwrap();
    let card = format!("{}[findings.nodule]\noutputs = [0]\nthreshold = 0.000001\n\n{}", &card[..start], &card[end..]);
    std::fs::write(dir.join("card.toml"), card).unwrap();
    for f in ["model.onnx", "reference.json", "reference.png"] {
        std::fs::copy(root().join("models/cxr-demo").join(f), dir.join(f)).unwrap();
    }
    dir.join("card.toml")
}
