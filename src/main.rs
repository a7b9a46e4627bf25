use std::process::ExitCode;

use clap::Parser;
use dubbelcheck::cli::{Cli, Command};
use dubbelcheck::{exit, extract, pipeline};

// The report engine allocates small strings and vectors for every sentence; mimalloc serves them
// in about half the instructions of the system allocator (see README, speed).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { exit::CANNOT_RUN } else { exit::OK });
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("dubbelcheck: error: {e:#}");
            ExitCode::from(exit::CANNOT_RUN)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    let item_errors = match cli.command {
        Command::Audit(args) => {
            let config = args.into_config()?;
            let outcome = pipeline::run_audit(&config)?;
            print!("{}", dubbelcheck::output::flagged_summary(&outcome.rows, 40));
            let c = &outcome.counts;
            eprintln!(
                "dubbelcheck: {} studies scored, {} rows, {} flagged, {} item errors -> {}",
                c.studies_scored,
                c.rows,
                c.discrepancies.values().sum::<usize>(),
                outcome.item_errors,
                config.out_dir.display()
            );
            outcome.item_errors
        }
        Command::Extract(args) => {
            let reader = args.text.product_reader()?;
            let errors = extract::run_extract(&args.reports, &args.out, &reader)?;
            for e in &errors {
                eprintln!("dubbelcheck: skipped {}: {}", e.item, e.reason);
            }
            errors.len()
        }
        Command::EvalText(args) => {
            let reader = args.text.reader()?;
            let gold = dubbelcheck::evaluate::read_gold(&args.gold, args.split.as_deref())?;
            let e = dubbelcheck::evaluate::evaluate(&reader, &gold)?;
            print!("{}", dubbelcheck::evaluate::render(&e));
            if args.show_errors {
                for (id, f, g, p, t) in &e.errors {
                    println!("{id}\t{f}\tgold={g}\tpred={p}\ttrigger={t}");
                }
            }
            0
        }
        Command::Classify(args) => {
            let model = args.load_model()?;
            let pool = rayon::ThreadPoolBuilder::new().num_threads(args.threads()?).build()?;
            let errors = pool.install(|| dubbelcheck::classify::run_classify(&model, &args.inputs, &args.out))?;
            for e in &errors {
                eprintln!("dubbelcheck: {} ({}): {}", e.item, e.stage, e.reason);
            }
            errors.len()
        }
        Command::Stats(args) => {
            dubbelcheck::stats::run_stats(&args.into_config()?)?;
            0
        }
    };
    Ok(if item_errors > 0 { exit::ITEM_ERRORS } else { exit::OK })
}
