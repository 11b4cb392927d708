//! Prints, for the equal-weights reading and every preset of a dataset, the
//! leader, margin and worst-case margin: the table an evidence audit needs.
//!   cargo run -p versus-core --example preset_report [-- path/to/dataset.json]

use versus_core::{evaluate, text::tenths, Dataset, ScoreMatrix, Verdict, Weights};

fn main() {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        None => versus_core::BUILTIN_DATASET_JSON.to_string(),
    };
    let dataset = Dataset::from_json(&text).unwrap_or_else(|errors| {
        panic!(
            "invalid dataset: {}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        )
    });
    let matrix = ScoreMatrix::from_dataset(&dataset).expect("a validated dataset has a matrix");
    let rows = std::iter::once(("equal weights".to_string(), dataset.default_levels())).chain(
        dataset
            .presets
            .iter()
            .map(|p| (p.id.clone(), dataset.preset_levels(p))),
    );
    println!(
        "{:<16} {:<8} {:>7} {:>12}  holds",
        "reading", "leader", "margin", "worst-case"
    );
    for (name, levels) in rows {
        match evaluate(&matrix, &Weights::from_levels(&levels)) {
            Verdict::NoPriorities => println!("{name:<16} no priorities"),
            Verdict::Ranked(r) => {
                let leader = if r.too_close {
                    "too close"
                } else {
                    dataset.technologies[r.leader].name.as_str()
                };
                println!(
                    "{name:<16} {leader:<8} {:>7} {:>12}  {}",
                    tenths(r.margin),
                    tenths(r.robustness.worst_margin),
                    if r.robustness.holds { "yes" } else { "no" }
                );
            }
        }
    }
}
