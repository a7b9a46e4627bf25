//! The bundled model against its reference pair (preprocessing and inference checked
//! separately), score invariance across lossless transfer syntaxes, and card validation.

use std::path::PathBuf;

use dubbelcheck::classifier::{ImageModel, reference_check};
use dubbelcheck::classifier::card::{CardError, ModelCard};
use dubbelcheck::ingest::dicom;

mod common;
use common::root;

fn bundled_card() -> PathBuf {
    root().join("models/cxr-demo/card.toml")
}

#[test]
fn bundled_model_matches_its_reference_pair() {
    let model = ImageModel::load(ModelCard::load(&bundled_card()).unwrap()).unwrap();
    let (prep, out) = reference_check(&model).unwrap();
    assert!(prep < 1e-5, "preprocessing drifted from training: max diff {prep}");
    assert!(out < 1e-4, "tract differs from PyTorch by {out}");
}

#[test]
fn torchxrayvision_densenet121_export_runs_in_tract_like_pytorch() {
    // Same architecture as xrv's DenseNet-121, random (quantised) weights: exported by
    // notebooks/export_torchxrayvision.py --random, since real weights cannot be downloaded here.
    let card = ModelCard::load(&root().join("tests/fixtures/xrv-densenet121-random/card.toml")).unwrap();
    assert_eq!(card.heads[0].as_ref().unwrap().outputs, [11, 12], "nodule = max(Nodule, Mass)");
    let model = ImageModel::load(card).unwrap();
    let (prep, out) = reference_check(&model).unwrap();
    // Inputs are in xrv units ([-1024, 1024]): 1e-3 there is 5e-7 of the range.
    assert!(prep < 1e-3, "xrv preprocessing drifted: max diff {prep}");
    assert!(out < 1e-4, "tract differs from PyTorch by {out} on DenseNet-121");
}

#[test]
fn scores_are_identical_across_lossless_syntaxes_and_monochrome1() {
    let model = ImageModel::load(ModelCard::load(&bundled_card()).unwrap()).unwrap();
    let dir = root().join("tests/fixtures/invariance");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "dcm")).collect();
    files.sort();
    assert_eq!(files.len(), 7);
    let scores: Vec<[Option<f32>; 3]> = files
        .iter()
        .map(|f| model.score(&dicom::decode_grey(f, model.card.input.window).unwrap()).unwrap())
        .collect();
    assert!(scores[0].iter().flatten().count() >= 2);
    for (f, s) in files.iter().zip(&scores) {
        for k in (0..3).filter(|&k| scores[0][k].is_some()) {
            let (a, b) = (s[k].unwrap(), scores[0][k].unwrap());
            assert!((a - b).abs() <= 1e-6, "{}: finding {k} scored {a}, reference {b}", f.display());
        }
    }
}

#[test]
fn card_errors_name_the_problem() {
    let tmp = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(bundled_card()).unwrap();
    std::fs::copy(root().join("models/cxr-demo/model.onnx"), tmp.path().join("model.onnx")).unwrap();
    let cases = [
        (good.replacen("[findings.consolidation]", "[findings.consolidaton]", 1), "consolidaton"),
        (good.replacen("resize = ", "resize = \"stretch\"\n#", 1), "stretch"),
        (good.replacen("onnx = \"model.onnx\"", "onnx = \"missing.onnx\"", 1), "missing.onnx"),
    ];
    for (text, needle) in cases {
        let path = tmp.path().join("card.toml");
        std::fs::write(&path, text).unwrap();
        let err = ModelCard::load(&path).unwrap_err();
        assert!(matches!(err, CardError::Invalid { .. }));
        assert!(err.to_string().contains(needle), "{err}");
    }
    // A card that reads an output index the model does not have fails at load, not per image.
    let path = tmp.path().join("card.toml");
    std::fs::write(&path, good.replacen("outputs = [0]", "outputs = [7]", 1)).unwrap();
    let err = ImageModel::load(ModelCard::load(&path).unwrap()).err().expect("index 7 does not exist");
    assert!(err.to_string().contains("output index 7"), "{err}");
}
