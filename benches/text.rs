//! Report engine throughput: reports per second on one thread and on all cores, for the lexicon
//! engine alone and with the text model beside it.
//!
//! Run: `cargo bench --bench text` (uses tests/data/reports.jsonl, all splits, repeated).
//! Measures; asserts nothing. Results go in the README with the machine they came from.

use std::path::Path;
use std::time::Instant;

use dubbelcheck::evaluate::read_gold;
use dubbelcheck::text::model::TextModel;
use dubbelcheck::text::{Lexicon, TextModelMode, TextReader, extract};
use rayon::prelude::*;

// The allocator the binary uses (src/main.rs), so the numbers are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lex = Lexicon::load(&root.join("lexicon")).expect("lexicon");
    let gold = read_gold(&root.join("tests/data/reports.jsonl"), None).expect("corpus");
    let texts: Vec<&str> = gold.iter().map(|r| r.text.as_str()).collect();
    let target = 200_000usize;
    let reps = target.div_ceil(texts.len());
    let batch: Vec<&str> = texts.iter().cycle().take(texts.len() * reps).copied().collect();
    let mean_chars = texts.iter().map(|t| t.chars().count()).sum::<usize>() / texts.len();
    println!("corpus: {} reports (mean {} chars), {} engine calls per run", texts.len(), mean_chars, batch.len());

    // Warm up, then time single-threaded.
    let mut sink = 0usize;
    for t in batch.iter().take(2000) {
        sink += extract(&lex, t)[0].evidence.len();
    }
    let start = Instant::now();
    for t in &batch {
        sink += extract(&lex, t)[0].evidence.len();
    }
    let one = batch.len() as f64 / start.elapsed().as_secs_f64();
    let threads = rayon::current_num_threads();
    let start = Instant::now();
    sink += batch.par_iter().map(|t| extract(&lex, t)[0].evidence.len()).sum::<usize>();
    let all = batch.len() as f64 / start.elapsed().as_secs_f64();
    println!("lexicon engine, 1 thread:  {one:>10.0} reports/s");
    println!("lexicon engine, {threads} threads: {all:>10.0} reports/s");

    if std::env::var_os("DUBBELCHECK_BENCH_LEXICON_ONLY").is_some() {
        return;
    }
    // Lexicon + text model (tokenizer and three model calls per report), as audit runs it.
    let reader = TextReader {
        lexicon: lex,
        model: Some(TextModel::load(&root.join("models/text-nl/card.toml")).expect("text model")),
        mode: TextModelMode::On,
    };
    let small: Vec<&str> = texts.iter().cycle().take(20_000).copied().collect();
    let start = Instant::now();
    for t in &small {
        sink += reader.read(t).unwrap()[0].finding.evidence.len();
    }
    let one = small.len() as f64 / start.elapsed().as_secs_f64();
    let start = Instant::now();
    sink += small.par_iter().map(|t| reader.read(t).unwrap()[0].finding.evidence.len()).sum::<usize>();
    let all = small.len() as f64 / start.elapsed().as_secs_f64();
    println!("lexicon + text model, 1 thread:  {one:>10.0} reports/s");
    println!("lexicon + text model, {threads} threads: {all:>10.0} reports/s");
    std::hint::black_box(sink);
}
