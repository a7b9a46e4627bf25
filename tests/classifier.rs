//! The bundled model against its reference pair (preprocessing and inference checked
//! separately), score invariance across lossless transfer syntaxes, and card validation.

use std::path::{Path, PathBuf};

use dubbelcheck::classifier::ImageModel;
use dubbelcheck::classifier::card::{CardError, ModelCard};
use dubbelcheck::classifier::preprocess::preprocess;
use dubbelcheck::ingest::{dicom, raster};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bundled_card() -> PathBuf {
    root().join("models/cxr-demo/card.toml")
}

#[derive(serde::Deserialize)]
struct Reference {
    image: String,
    input: Vec<f32>,
    output: Vec<f32>,
}

fn max_abs_diff(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len());
    a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max)
}

#[test]
fn bundled_model_matches_its_reference_pair() {
    let card = ModelCard::load(&bundled_card()).unwrap();
    let reference_path = card.reference.clone().expect("the bundled card names its reference pair");
    let reference: Reference = serde_json::from_str(&std::fs::read_to_string(&reference_path).unwrap()).unwrap();
    let model = ImageModel::load(card).unwrap();

    // Preprocessing: our Rust pipeline on the reference PNG vs the Python reference tensor.
    let png = reference_path.parent().unwrap().join(&reference.image);
    let grey = raster::decode_grey(&png).unwrap();
    let tensor = preprocess(&grey, &model.card.input);
    let diff = max_abs_diff(&tensor, &reference.input);
    assert!(diff < 1e-4, "preprocessing drifted from training: max diff {diff}");

    // Inference: tract on the reference tensor vs PyTorch's output.
    let out = model.raw_outputs(&reference.input).unwrap();
    let diff = max_abs_diff(&out, &reference.output);
    assert!(diff < 1e-4, "tract differs from PyTorch by {diff}");
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
    for (f, s) in files.iter().zip(&scores) {
        for k in 0..3 {
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
        (good.replacen("[findings.pneumothorax]", "[findings.pneumothorx]", 1), "pneumothorx"),
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
