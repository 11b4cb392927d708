//! Fuzzes the dataset reader with mutated valid datasets, and runs the
//! engine on every one it accepts. Not part of CI; run it when the reader
//! or the format changes:
//!
//!     cargo run --release -p versus-core --example fuzz_dataset -- 1000000 [seed]
//!
//! Fails (exit 1) on any panic, on a problem with an empty message or a
//! position outside the text, and on an accepted dataset the engine cannot
//! score or that does not read back equal from `to_json`. The first such
//! input and the slowest input are written to `target/fuzz_dataset/`.

use std::collections::HashSet;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

mod mutate;

use mutate::{mutate, Rng};
use versus_core::dataset::to_json;
use versus_core::{all_flip_points, evaluate, Dataset, ScoreMatrix, Weights, BUILTIN_DATASET_JSON};

/// Seeds and how often each is picked: the small ones far more often, so a
/// million runs take minutes.
const SEEDS: [(&str, u32); 5] = [
    (BUILTIN_DATASET_JSON, 1),
    (include_str!("../../../tests/fixtures/databases.json"), 12),
    (
        include_str!("../../../tests/fixtures/four-frameworks.json"),
        12,
    ),
    (include_str!("../../../tests/fixtures/frameworks.json"), 10),
    (
        include_str!("../../../tests/fixtures/docs-example.json"),
        20,
    ),
];

/// What is wrong with how `text` was read, if anything (beyond a panic).
fn check(text: &str) -> Result<Option<String>, String> {
    match Dataset::from_json(text) {
        Err(problems) => {
            if problems.is_empty() {
                return Err("rejected with no problem".into());
            }
            for p in &problems {
                if p.what_in_english().trim().is_empty() {
                    return Err(format!("a problem with no message at `{}`", p.path));
                }
                if let Some(at) = p.at {
                    if at.offset > text.len() || !text.is_char_boundary(at.offset) {
                        return Err(format!("`{p}` is at offset {}, not in the text", at.offset));
                    }
                }
            }
            Ok(Some(problems[0].what_in_english()))
        }
        Ok(d) => {
            let matrix = ScoreMatrix::from_dataset(&d).ok_or("accepted but has no score matrix")?;
            let presets = d.presets.iter().map(|p| d.preset_levels(p));
            for levels in presets.chain([d.default_levels()]) {
                let weights = Weights::from_levels(&levels);
                let _ = evaluate(&matrix, &weights);
                let flips = all_flip_points(&matrix, &weights);
                if flips.len() != d.criteria.len() {
                    return Err("a flip list per criterion".into());
                }
            }
            if Dataset::from_json(&to_json(&d)).as_ref() != Ok(&d) {
                return Err("accepted, but to_json does not read back equal".into());
            }
            Ok(None)
        }
    }
}

/// A message with its particulars (numbers, quoted names) taken out.
fn kind_of(message: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in message.chars() {
        if c == '`' {
            quoted = !quoted;
            out.push('`');
        } else if !quoted && !c.is_ascii_digit() {
            out.push(c);
        }
    }
    out
}

fn out_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../target")));
    target.join("fuzz_dataset")
}

fn save(name: &str, text: &str) -> PathBuf {
    let dir = out_dir();
    std::fs::create_dir_all(&dir).expect("create target/fuzz_dataset");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write the input");
    path
}

static PANIC: Mutex<Option<String>> = Mutex::new(None);

fn main() {
    let mut args = std::env::args().skip(1);
    let runs: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(0x5eed_da7a);
    let mut rng = Rng(seed | 1);
    // Compact copies of the seeds too: fewer bytes, same structure.
    let mut seeds: Vec<(String, u32)> = Vec::new();
    for (text, weight) in SEEDS {
        let d = Dataset::from_json(text).expect("every seed is valid");
        seeds.push((text.to_string(), weight));
        seeds.push((to_json(&d), weight));
    }
    let total_weight: u32 = seeds.iter().map(|s| s.1).sum();
    panic::set_hook(Box::new(|info| {
        let mut first = PANIC.lock().unwrap_or_else(|e| e.into_inner());
        first.get_or_insert_with(|| info.to_string());
    }));

    let (mut accepted, mut rejected, mut panics, mut failures) = (0u64, 0u64, 0u64, 0u64);
    let mut messages = HashSet::new();
    let mut kinds = HashSet::new();
    let mut slowest = (Duration::ZERO, String::new());
    let started = Instant::now();
    for i in 0..runs {
        let mut roll = rng.below(total_weight as usize) as u32;
        let mut pick = 0;
        while roll >= seeds[pick].1 {
            roll -= seeds[pick].1;
            pick += 1;
        }
        let other = seeds[rng.below(seeds.len())].0.as_bytes();
        let mut bytes = seeds[pick].0.as_bytes().to_vec();
        for _ in 0..1 + rng.below(4) {
            mutate(&mut rng, &mut bytes, other);
        }
        // Text arrives decoded (fetch, a file, a link): always valid UTF-8.
        let text = String::from_utf8_lossy(&bytes).into_owned();

        let one = Instant::now();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| check(&text)));
        let took = one.elapsed();
        if took > slowest.0 {
            slowest = (took, text.clone());
        }
        match outcome {
            Ok(Ok(None)) => accepted += 1,
            Ok(Ok(Some(message))) => {
                rejected += 1;
                kinds.insert(kind_of(&message));
                messages.insert(message);
            }
            Ok(Err(why)) => {
                failures += 1;
                if failures == 1 {
                    let path = save("failure.json", &text);
                    eprintln!("run {i}: {why}; input in {}", path.display());
                }
            }
            Err(_) => {
                panics += 1;
                if panics == 1 {
                    let path = save("panic.json", &text);
                    let why = PANIC.lock().unwrap_or_else(|e| e.into_inner()).clone();
                    eprintln!(
                        "run {i}: {}; input in {}",
                        why.unwrap_or_default(),
                        path.display()
                    );
                }
            }
        }
        if (i + 1) % 100_000 == 0 {
            eprintln!(
                "{} runs, {panics} panics ({:.1?})",
                i + 1,
                started.elapsed()
            );
        }
    }
    let slowest_path = save("slowest.json", &slowest.1);
    println!("fuzz_dataset: seed {seed}");
    println!("runs:      {runs}");
    println!("accepted:  {accepted}");
    println!("rejected:  {rejected}");
    println!("panics:    {panics}");
    println!("failures:  {failures}");
    println!(
        "distinct first-problem messages: {} ({} kinds without numbers and names)",
        messages.len(),
        kinds.len()
    );
    println!(
        "slowest input: {:.1?}, {} bytes ({})",
        slowest.0,
        slowest.1.len(),
        slowest_path.display()
    );
    println!("elapsed:   {:.1} s", started.elapsed().as_secs_f64());
    if panics + failures > 0 {
        std::process::exit(1);
    }
}
