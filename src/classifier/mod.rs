//! Stage 3, image classifier: display grey -> probability per finding.
//!
//! The ONNX model is loaded and optimised once with tract, then shared by all rayon workers
//! (batch 1 per call: fastest here, see benches). What the model expects is entirely described
//! by its [card](card::ModelCard).

pub mod card;
pub mod preprocess;
pub mod provided;

use std::sync::Arc;

use tract_onnx::prelude::*;

use crate::finding::Finding;
use crate::ingest::GreyImage;
use card::{Activation, CardError, ModelCard};
use provided::ProvidedScores;

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error(transparent)]
    Card(#[from] CardError),
    #[error("cannot load ONNX model {path}: {reason}")]
    Load { path: String, reason: String },
    #[error("inference failed: {0}")]
    Run(String),
}

/// A loaded, optimised image model with its card.
pub struct ImageModel {
    pub card: ModelCard,
    plan: PooledPlan,
}

/// An ONNX file as an optimised tract plan, its inputs fixed to `inputs` (in input order).
pub fn optimized_plan<const N: usize>(onnx: &std::path::Path, inputs: [InferenceFact; N]) -> TractResult<Arc<TypedRunnableModel>> {
    let mut model = tract_onnx::onnx().model_for_path(onnx)?;
    for (i, fact) in inputs.into_iter().enumerate() {
        model = model.with_input_fact(i, fact)?;
    }
    model.into_optimized()?.into_runnable()
}

/// A tract plan with reusable run states, one per worker that has used it: `plan.run` would
/// build a fresh state (and zero its scratch buffers) on every call. 11% faster per image on
/// the bundled CNN (`cargo bench --bench image`).
pub struct PooledPlan {
    plan: Arc<TypedRunnableModel>,
    states: std::sync::Mutex<Vec<TypedSimpleState>>,
}

impl PooledPlan {
    pub fn new(plan: Arc<TypedRunnableModel>) -> Self {
        PooledPlan { plan, states: Default::default() }
    }

    pub fn run(&self, inputs: TVec<TValue>) -> TractResult<TVec<TValue>> {
        let pooled = self.states.lock().ok().and_then(|mut p| p.pop());
        let mut state = match pooled {
            Some(s) => s,
            None => self.plan.spawn()?,
        };
        let out = state.run(inputs)?;
        if let Ok(mut pool) = self.states.lock() {
            pool.push(state);
        }
        Ok(out)
    }
}

impl ImageModel {
    pub fn load(card: ModelCard) -> Result<Self, ModelError> {
        let load_err = |e: TractError| ModelError::Load {
            path: card.onnx_path.display().to_string(),
            reason: format!("{e:#}"),
        };
        let shape = [1, card.input.channels, card.input.height, card.input.width];
        let plan = optimized_plan(&card.onnx_path, [f32::fact(shape).into()]).map_err(load_err)?;
        let model = ImageModel { card, plan: PooledPlan::new(plan) };
        // Check the output length against the card once, with a blank image, so a wrong card
        // fails at start-up instead of on every image.
        let n = model.raw_outputs(&vec![0.0; shape.iter().product()])?.len();
        if model.card.max_output_index() >= n {
            return Err(ModelError::Load {
                path: model.card.onnx_path.display().to_string(),
                reason: format!(
                    "the card reads output index {} but the model has {n} outputs",
                    model.card.max_output_index()
                ),
            });
        }
        Ok(model)
    }

    /// Runs the model on a preprocessed NCHW tensor; returns the raw output vector.
    pub fn raw_outputs(&self, tensor: &[f32]) -> Result<Vec<f32>, ModelError> {
        let i = &self.card.input;
        let input = Tensor::from_shape(&[1, i.channels, i.height, i.width], tensor)
            .map_err(|e| ModelError::Run(format!("{e:#}")))?;
        let out = self.plan.run(tvec!(input.into_tvalue())).map_err(|e| ModelError::Run(format!("{e:#}")))?;
        let view = out[0].to_plain_array_view::<f32>().map_err(|e| ModelError::Run(format!("{e:#}")))?;
        Ok(view.iter().copied().collect())
    }

    /// Probabilities per finding from raw outputs, in [`Finding::ALL`] order.
    pub fn probabilities(&self, raw: &[f32]) -> [Option<f32>; 3] {
        Finding::ALL.map(|f| {
            self.card.heads[f.index()].as_ref().map(|h| {
                let logit = h.outputs.iter().map(|&o| raw[o]).fold(f32::NEG_INFINITY, f32::max);
                match self.card.activation {
                    Activation::Sigmoid => 1.0 / (1.0 + (-logit).exp()),
                    Activation::Identity => logit,
                }
            })
        })
    }

    /// Preprocesses and scores one image.
    pub fn score(&self, img: &GreyImage) -> Result<[Option<f32>; 3], ModelError> {
        let tensor = preprocess::preprocess(img, &self.card.input);
        Ok(self.probabilities(&self.raw_outputs(&tensor)?))
    }

    pub fn threshold(&self, finding: Finding) -> Option<f32> {
        self.card.heads[finding.index()].as_ref().map(|h| h.threshold)
    }
}

/// The reference pair that ships with a card (see docs/model-card.md).
#[derive(Debug, serde::Deserialize)]
pub struct Reference {
    /// Synthetic PNG beside the card.
    pub image: String,
    /// The NCHW tensor the training-side preprocessing made from it.
    pub input: Vec<f32>,
    /// The training framework's raw outputs for that tensor.
    pub output: Vec<f32>,
}

/// How far this build is from the card's reference pair: (largest preprocessing difference,
/// largest output difference). Preprocessing and inference are checked separately so a drift is
/// pinned to one of them.
pub fn reference_check(model: &ImageModel) -> anyhow::Result<(f32, f32)> {
    let path = model.card.reference.as_ref().ok_or_else(|| anyhow::anyhow!("{} names no [reference]", model.card.path.display()))?;
    let reference: Reference = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let png = path.parent().unwrap_or(std::path::Path::new(".")).join(&reference.image);
    let tensor = preprocess::preprocess(&crate::ingest::raster::decode_grey(&png)?, &model.card.input);
    let out = model.raw_outputs(&reference.input)?;
    let diff = |a: &[f32], b: &[f32]| -> anyhow::Result<f32> {
        anyhow::ensure!(a.len() == b.len(), "length {} vs reference {}", a.len(), b.len());
        Ok(a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max))
    };
    Ok((diff(&tensor, &reference.input)?, diff(&out, &reference.output)?))
}

/// Where a run's AI scores come from.
pub enum Scorer {
    /// Our inference with an ONNX model.
    Model(ImageModel),
    /// A file of scores from the hospital's own AI (`--ai-scores`); the card only lends thresholds.
    Provided { scores: ProvidedScores, card: ModelCard },
}

impl Scorer {
    /// Names exactly what produced the scores.
    pub fn id(&self) -> String {
        match self {
            Scorer::Model(m) => m.card.model_id(),
            Scorer::Provided { scores, .. } => scores.id.clone(),
        }
    }

    pub fn card(&self) -> &ModelCard {
        match self {
            Scorer::Model(m) => &m.card,
            Scorer::Provided { card, .. } => card,
        }
    }

    /// The model, when scores are computed here (heatmaps need it).
    pub fn model(&self) -> Option<&ImageModel> {
        match self {
            Scorer::Model(m) => Some(m),
            Scorer::Provided { .. } => None,
        }
    }
}
