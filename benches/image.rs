//! Per-image cost of decode + preprocess + inference, one thread and all cores, for the bundled
//! model and the torchxrayvision DenseNet-121 export; then the same ONNX in onnxruntime (Python,
//! same input size, same thread counts) for the tract/onnxruntime ratio.
//!
//! Run: `cargo bench --bench image` (set DUBBELCHECK_PYTHON to a Python with onnxruntime; by
//! default the CI venv). Measures; asserts nothing.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use dubbelcheck::classifier::ImageModel;
use dubbelcheck::classifier::card::ModelCard;
use dubbelcheck::classifier::preprocess::preprocess;
use dubbelcheck::ingest::{self, dicom};
use rayon::prelude::*;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files: Vec<PathBuf> = ingest::walk_files(&root.join("tests/fixtures/invariance"))
        .unwrap()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "dcm"))
        .collect();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let python = std::env::var("DUBBELCHECK_PYTHON").unwrap_or_else(|_| {
        format!("{}/.cache/dubbelcheck/venv/bin/python", std::env::var("HOME").unwrap_or_default())
    });
    println!("machine: {cores} cores; images: {} DICOM files of 512x512 (7 transfer syntaxes)", files.len());

    // Decoding alone, per transfer syntax.
    for f in &files {
        let n = 20;
        let start = Instant::now();
        for _ in 0..n {
            std::hint::black_box(dicom::decode_grey(f, Default::default()).unwrap());
        }
        println!("decode {:<32} {:>8.2} ms", f.file_name().unwrap().to_string_lossy(), start.elapsed().as_secs_f64() * 1000.0 / n as f64);
    }

    for card in ["models/cxr-demo/card.toml", "tests/fixtures/xrv-densenet121-random/card.toml"] {
        let model = ImageModel::load(ModelCard::load(&root.join(card)).unwrap()).unwrap();
        let i = &model.card.input;
        println!("\nmodel {} ({}x{}x{})", model.card.model_id(), i.channels, i.height, i.width);
        let n = if i.height > 200 { 40 } else { 400 };
        let work: Vec<&PathBuf> = files.iter().cycle().take(n).collect();
        let one = |p: &PathBuf| {
            let grey = dicom::decode_grey(p, i.window).unwrap();
            std::hint::black_box(model.score(&grey).unwrap());
        };
        let infer_only = |t: &Vec<f32>| std::hint::black_box(model.raw_outputs(t).unwrap());
        let tensor = preprocess(&dicom::decode_grey(&files[0], i.window).unwrap(), i);
        for threads in [1, cores] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            let start = Instant::now();
            pool.install(|| work.par_iter().for_each(|p| one(p)));
            let full = start.elapsed().as_secs_f64();
            let start = Instant::now();
            pool.install(|| (0..n).into_par_iter().for_each(|_| { infer_only(&tensor); }));
            let infer = start.elapsed().as_secs_f64();
            println!(
                "tract {threads} thread(s): decode+preprocess+infer {:>8.2} ms/image ({:>7.1} images/s); inference only {:>8.2} ms/image ({:>7.1} images/s)",
                full * 1000.0 * threads as f64 / n as f64,
                n as f64 / full,
                infer * 1000.0 * threads as f64 / n as f64,
                n as f64 / infer
            );
        }
        profile_ops(&model.card.onnx_path, [1, i.channels, i.height, i.width], &tensor);
        let out = Command::new(&python)
            .arg(root.join("benches/ort_bench.py"))
            .args([
                model.card.onnx_path.to_str().unwrap(),
                &i.channels.to_string(),
                &i.height.to_string(),
                &i.width.to_string(),
                &n.to_string(),
                &format!("1,{cores}"),
            ])
            .output();
        match out {
            Ok(o) if o.status.success() => {
                for line in String::from_utf8_lossy(&o.stdout).lines() {
                    let parts: Vec<&str> = line.split_whitespace().collect();
                    println!("onnxruntime {} thread(s): inference only {:>8} ms/image ({:>7} images/s)", parts[1], parts[2], parts[3]);
                }
            }
            Ok(o) => println!("onnxruntime comparison failed: {}", String::from_utf8_lossy(&o.stderr)),
            Err(e) => println!("onnxruntime comparison skipped: {python}: {e} (set DUBBELCHECK_PYTHON)"),
        }
    }
}

/// Where tract spends one thread's inference time, by operator kind (summed over nodes): the
/// evidence behind the tract/onnxruntime ratio in the README.
fn profile_ops(onnx_path: &Path, shape: [usize; 4], input: &[f32]) {
    use std::collections::BTreeMap;
    use tract_onnx::prelude::*;
    let plan = dubbelcheck::classifier::optimized_plan(onnx_path, [f32::fact(shape).into()]).unwrap();
    let mut state = plan.spawn().unwrap();
    let tensor = Tensor::from_shape(&shape, input).unwrap();
    let mut by_op: BTreeMap<String, f64> = BTreeMap::new();
    let mut by_node: BTreeMap<usize, (String, f64)> = BTreeMap::new();
    let runs = if shape[2] > 200 { 10 } else { 100 };
    let start = Instant::now();
    for _ in 0..runs {
        state
            .run_plan_with_eval(tvec!(tensor.clone().into()), |ctx, st, node, inputs| {
                let t = Instant::now();
                let out = tract_onnx::tract_core::plan::eval(ctx, st, node, inputs);
                *by_op.entry(node.op().name().to_string()).or_default() += t.elapsed().as_secs_f64();
                let e = by_node.entry(node.id).or_insert_with(|| (format!("{} {}", node.name, node.op().name()), 0.0));
                e.1 += t.elapsed().as_secs_f64();
                out
            })
            .unwrap();
    }
    let total = start.elapsed().as_secs_f64();
    let mut ops: Vec<(String, f64)> = by_op.into_iter().collect();
    ops.sort_by(|a, b| b.1.total_cmp(&a.1));
    let top: Vec<String> = ops.iter().take(5).map(|(op, t)| format!("{op} {:.0}%", 100.0 * t / total)).collect();
    println!("tract time by operator (1 thread): {}", top.join(", "));
    if std::env::var_os("DUBBELCHECK_PROFILE_NODES").is_some() {
        for (id, (name, t)) in &by_node {
            println!("  node {id:>3} {name:<60} {:>7.3} ms", t * 1000.0 / runs as f64);
        }
    }
}
