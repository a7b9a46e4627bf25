//! Model cards: the TOML description that lets any hospital's ONNX model plug in.
//!
//! Schema and pixel pipeline: docs/model-card.md. A card is validated completely before any
//! image is touched, so a typo fails in the first second (exit code 2), not after an hour.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::finding::Finding;

/// torchxrayvision scales display grey to [-1024, 1024] (xrv.datasets.normalize).
pub const XRV_RANGE: f32 = 1024.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Resize {
    /// Resize the whole image, ignoring aspect ratio.
    Squash,
    /// Crop the largest centred square, then resize.
    CenterCrop,
    /// Pad to a centred square with black, then resize.
    Letterbox,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Interpolation {
    /// Adaptive average pooling, as torch.nn.functional.adaptive_avg_pool2d.
    Area,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WindowMode {
    /// The file's first Window Center/Width; min-max when absent.
    #[default]
    Dicom,
    /// Always min-max of the modality values.
    #[serde(rename = "minmax")]
    MinMax,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Normalization {
    /// (grey - mean) / std.
    MeanStd,
    /// grey * 2 * XRV_RANGE - XRV_RANGE.
    Xrv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Activation {
    /// Outputs are logits: probability = sigmoid(output).
    Sigmoid,
    /// Outputs are already probabilities.
    Identity,
}

/// The `[input]` table: how display grey becomes the model's tensor.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InputSpec {
    pub height: usize,
    pub width: usize,
    pub channels: usize,
    pub resize: Resize,
    pub interpolation: Interpolation,
    #[serde(default)]
    pub window: WindowMode,
    pub normalization: Normalization,
    pub mean: Option<f32>,
    pub std: Option<f32>,
    pub normalization_source: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct OutputSpec {
    activation: Activation,
}

#[derive(Debug, Clone, Deserialize)]
struct FindingSpec {
    outputs: Vec<usize>,
    threshold: f32,
    #[allow(dead_code)]
    operating_point: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct ReferenceSpec {
    file: String,
}

#[derive(Debug, Clone, Deserialize)]
struct CardFile {
    name: String,
    version: String,
    onnx: String,
    #[allow(dead_code)]
    description: Option<String>,
    #[allow(dead_code)]
    training_data: Option<String>,
    input: InputSpec,
    output: OutputSpec,
    findings: BTreeMap<String, FindingSpec>,
    reference: Option<ReferenceSpec>,
}

/// How one finding is read off the model's output vector.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingHead {
    /// Output indices; the finding's logit is the max over them (e.g. Nodule and Mass).
    pub outputs: Vec<usize>,
    /// Probability at or above which the AI calls the finding positive.
    pub threshold: f32,
}

/// A validated model card.
#[derive(Debug, Clone)]
pub struct ModelCard {
    pub path: PathBuf,
    pub name: String,
    pub version: String,
    pub onnx_path: PathBuf,
    /// sha256 of the .onnx file, hex.
    pub onnx_sha256: String,
    pub input: InputSpec,
    pub activation: Activation,
    /// Indexed by [`Finding::index`]; `None` when the model does not score that finding.
    pub heads: [Option<FindingHead>; 3],
    pub reference: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum CardError {
    #[error("cannot read model card {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("model card {path} is not valid: {reason}")]
    Invalid { path: PathBuf, reason: String },
}

impl ModelCard {
    pub fn load(path: &Path) -> Result<Self, CardError> {
        let text = std::fs::read_to_string(path).map_err(|source| CardError::Read { path: path.into(), source })?;
        let invalid = |reason: String| CardError::Invalid { path: path.into(), reason };
        let file: CardFile = toml::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        let dir = path.parent().unwrap_or(Path::new("."));
        let onnx_path = dir.join(&file.onnx);
        let onnx_bytes = std::fs::read(&onnx_path)
            .map_err(|e| invalid(format!("cannot read model file {}: {e}", onnx_path.display())))?;
        let input = file.input;
        if input.height == 0 || input.width == 0 {
            return Err(invalid("input height and width must be positive".into()));
        }
        if !(input.channels == 1 || input.channels == 3) {
            return Err(invalid(format!("input channels must be 1 or 3, not {}", input.channels)));
        }
        if input.normalization == Normalization::MeanStd {
            match (input.mean, input.std) {
                (Some(m), Some(s)) if m.is_finite() && s.is_finite() && s > 0.0 => {}
                _ => return Err(invalid("normalization = \"mean_std\" needs finite mean and std > 0".into())),
            }
        }
        let mut heads: [Option<FindingHead>; 3] = Default::default();
        for (name, spec) in file.findings {
            let finding: Finding = name.parse().map_err(|e: String| invalid(format!("[findings.{name}]: {e}")))?;
            if spec.outputs.is_empty() {
                return Err(invalid(format!("[findings.{name}] needs at least one output index")));
            }
            if !(spec.threshold > 0.0 && spec.threshold < 1.0) {
                return Err(invalid(format!("[findings.{name}] threshold {} is not in (0, 1)", spec.threshold)));
            }
            heads[finding.index()] = Some(FindingHead { outputs: spec.outputs, threshold: spec.threshold });
        }
        if heads.iter().all(Option::is_none) {
            return Err(invalid("no [findings.*] table: the model scores nothing we audit".into()));
        }
        Ok(ModelCard {
            path: path.to_path_buf(),
            name: file.name,
            version: file.version,
            onnx_path,
            onnx_sha256: hex_sha256(&onnx_bytes),
            input,
            activation: file.output.activation,
            heads,
            reference: file.reference.map(|r| dir.join(r.file)),
        })
    }

    /// "name@version+sha256:<12 hex>": names exactly which weights produced a score.
    pub fn model_id(&self) -> String {
        format!("{}@{}+sha256:{}", self.name, self.version, &self.onnx_sha256[..12])
    }

    /// Largest output index any finding reads, so the model's output length can be checked.
    pub fn max_output_index(&self) -> usize {
        self.heads.iter().flatten().flat_map(|h| h.outputs.iter().copied()).max().unwrap_or(0)
    }
}

pub fn hex_sha256(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
