//! Tables as bloggers have them (spreadsheet rows, CSV, Markdown, HTML
//! copied from a post) become datasets, every bad cell is reported in
//! words, and a dataset written back out reads back the same.

use proptest::prelude::*;
use versus_core::table::{
    format_score_cell, import_table, read_table, to_markdown_table, to_tsv, Imported, TableFormat,
};
use versus_core::authoring::{score_cell_problem, skipped_column, table_problem};
use versus_core::l10n::{compiled, Locale, Words};
use versus_core::table::{parse_score_cell, TableProblem};
use versus_core::text::fixed;
use versus_core::Dataset;

fn import(text: &str) -> Imported {
    import_table(text, None).unwrap_or_else(|e| panic!("{e:#?}"))
}

/// The problems in English, as the authoring page says them.
fn said(problems: &[TableProblem]) -> Vec<String> {
    problems.iter().map(|p| table_problem(&Words::english(), p)).collect()
}

fn problems(text: &str) -> Vec<String> {
    said(&import_table(text, None).unwrap_err())
}

#[test]
fn a_bad_score_cell_says_what_is_wrong() {
    let english = Words::english();
    let cell = |text: &str| english.tell(&score_cell_problem(&parse_score_cell(text).unwrap_err()));
    assert_eq!(cell("15"), "15 is above 10");
    assert_eq!(cell("-1"), "-1 is below 0");
    assert_eq!(cell("10.5"), "10.5 is above 10");
    assert_eq!(cell("seven"), "\"seven\" is not a score from 0 to 10");
    assert_eq!(cell("7 (8-9)"), "the range 8–9 does not hold the score 7");
    assert_eq!(cell(""), "no score");
    // A long cell is cut short in the message.
    assert_eq!(cell(&"x".repeat(50)), format!("\"{}…\" is not a score from 0 to 10", "x".repeat(40)));
}

#[test]
fn a_tables_problems_are_said_in_the_authors_language() {
    let german = Words::read_as_is(Locale::De, compiled(Locale::De)).unwrap();
    let found = import_table("Drink\tTea\tCoffee\nTaste\t8\t15\n", None).unwrap_err();
    let english = said(&found);
    assert_eq!(english, ["Row 2 \"Taste\", column \"Coffee\": 15 is above 10"]);
    let in_german = table_problem(&german, &found[0]);
    assert_ne!(in_german, english[0]);
    assert!(in_german.contains("Taste") && in_german.contains("Coffee") && in_german.contains("15"), "{in_german}");
}

fn names(d: &Dataset) -> (Vec<&str>, Vec<&str>) {
    (
        d.technologies.iter().map(|t| t.name.as_str()).collect(),
        d.criteria.iter().map(|c| c.name.as_str()).collect(),
    )
}

/// Each criterion's scores as (value, range), in option order.
fn scores(d: &Dataset) -> Vec<Vec<(f64, Option<[f64; 2]>)>> {
    d.criteria
        .iter()
        .map(|c| c.scores.iter().map(|s| (s.value, s.range)).collect())
        .collect()
}

#[test]
fn rows_copied_from_a_spreadsheet() {
    // LibreOffice quotes a cell holding a tab; trailing tabs are empty cells.
    let text = "Commute\tBike\tBus\tCar\t\r\n\
        Cost\t9\t6\t2\t\r\n\
        \"Time\tdoor to door\"\t6\t4,5\t8\r\n\
        \r\n\
        Exercise\t10\t3 (2-4)\t0\r\n";
    let imported = import(text);
    assert_eq!(imported.format, TableFormat::Tsv);
    let d = &imported.dataset;
    assert_eq!(d.title, "Bike, Bus or Car?");
    assert_eq!(
        names(d),
        (
            vec!["Bike", "Bus", "Car"],
            vec!["Cost", "Time\tdoor to door", "Exercise"]
        )
    );
    let ids: Vec<&str> = d.criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["cost", "time_door_to_door", "exercise"]);
    assert_eq!(
        scores(d)[1..],
        [
            vec![(6.0, None), (4.5, None), (8.0, None)],
            vec![(10.0, None), (3.0, Some([2.0, 4.0])), (0.0, None)],
        ]
    );
    assert_eq!(
        d.criteria[0].question,
        "How much does Cost matter to your project?"
    );
    assert!(d.presets.is_empty() && d.sources.is_empty() && imported.notes.is_empty());
    assert_eq!(d.default_weight, 5);
    assert!(d.validate().is_ok());
}

#[test]
fn csv_with_quoting_and_european_semicolons() {
    let text = "Drink,Tea,\"Coffee, black\"\r\n\"Price, per cup\",9,7\r\n\"Says \"\"wake up\"\"\",5,\"9,5\"\r\n\"Taste\nafter milk\",8,6\r\n";
    let d = import(text).dataset;
    assert_eq!(
        names(&d),
        (
            vec!["Tea", "Coffee, black"],
            vec!["Price, per cup", "Says \"wake up\"", "Taste\nafter milk"]
        )
    );
    assert_eq!(d.criteria[1].scores[1].value, 9.5);
    let semicolons = import("Drink;Tea;Coffee\nCaffeine;3,5;9\nPrice;9;6,5 (5-8)\n");
    assert_eq!(semicolons.format, TableFormat::Csv);
    assert_eq!(
        scores(&semicolons.dataset),
        [
            vec![(3.5, None), (9.0, None)],
            vec![(9.0, None), (6.5, Some([5.0, 8.0]))]
        ]
    );
}

#[test]
fn markdown_table_between_paragraphs() {
    let text = "Here is how the three generators compare.\n\n\
        | Criterion | **Hugo** | Jekyll | `Eleventy` |\n\
        |:----------|-----:|:------:|---|\n\
        | Build speed | 10 | 3 | 8 |\n\
        | Themes \\| plugins | _7_ | 9 | 6 [5–7] |\n\
        \n\
        | Not | this |\n| --- | --- |\n| one | 2 |\n";
    let imported = import(text);
    assert_eq!(imported.format, TableFormat::Markdown);
    assert_eq!(imported.dataset.title, "Hugo, Jekyll or Eleventy?");
    assert_eq!(
        names(&imported.dataset).1,
        ["Build speed", "Themes | plugins"]
    );
    assert_eq!(
        imported.dataset.criteria[1].scores[2].range,
        Some([5.0, 7.0])
    );
}

#[test]
fn html_copied_from_a_blog_post() {
    let html = r#"<meta charset="utf-8"><p>Our verdict, <em>after a month</em>:</p>
<figure class="wp-block-table"><table class="has-fixed-layout" data-note="a > b">
<thead><tr><th>Criterion</th><th><strong>Tea</strong></th><th>Coffee</th></tr></thead>
<tbody><tr><td>Taste &amp; smell</td><td>8</td><td>7&nbsp;(6&#8211;9)</td></tr>
<tr><td>Price&#160;per&nbsp;cup</td><td><strong>9</strong></td><td>6</td></tr></tbody>
</table></figure>"#;
    let imported = import_table("Criterion Tea Coffee\nTaste & smell 8 7", Some(html)).unwrap();
    assert_eq!(imported.format, TableFormat::Html);
    let d = &imported.dataset;
    assert_eq!(
        names(d),
        (
            vec!["Tea", "Coffee"],
            vec!["Taste & smell", "Price per cup"]
        )
    );
    assert_eq!(
        scores(d),
        [
            vec![(8.0, None), (7.0, Some([6.0, 9.0]))],
            vec![(9.0, None), (6.0, None)]
        ]
    );
    // The same HTML pasted as text.
    assert_eq!(import(html).dataset, *d);
}

#[test]
fn ranges_in_every_notation() {
    for cell in [
        "7 (6-8)",
        "7 [6–8]",
        "7 (6 – 8)",
        "7 (6—8)",
        "7(6-8)",
        "7,0 (6,0 - 8,0)",
    ] {
        let d = import(&format!("Drink\tTea\tCoffee\nTaste\t{cell}\t5\n")).dataset;
        assert_eq!(d.criteria[0].scores[0].range, Some([6.0, 8.0]), "{cell}");
        assert_eq!(d.criteria[0].scores[0].value, 7.0, "{cell}");
    }
}

#[test]
fn question_and_weight_columns_fill_their_fields() {
    let text = "Criterion\tHugo\tJekyll\tQuestion\tPriority\n\
        Build speed\t10\t3\tDo you rebuild often?\t8\n\
        Themes\t7\t9\t\t\n\
        Hosting\t8\t8\t\t0\n";
    let d = import(text).dataset;
    assert_eq!(names(&d).0, ["Hugo", "Jekyll"]);
    assert_eq!(d.criteria[0].question, "Do you rebuild often?");
    assert_eq!(
        d.criteria[1].question,
        "How much does Themes matter to your project?"
    );
    assert_eq!(d.presets.len(), 1);
    let preset = &d.presets[0];
    assert_eq!(
        (preset.id.as_str(), preset.name.as_str()),
        ("suggested", "Suggested priorities")
    );
    assert_eq!(d.preset_levels(preset), [8, 0, 0]);
    assert_eq!(preset.weights.len(), 1);
}

#[test]
fn a_column_without_scores_is_reported_not_dropped() {
    let text = "Criterion\tTea\tNotes\tCoffee\t\n\
        Taste\t8\tmilky\t7\t\n\
        Price\t9\t\t6\tsee below\n";
    let imported = import_table(text, None);
    // The last column has no header but a cell: the row is wider than it.
    assert_eq!(
        said(&imported.unwrap_err()),
        ["Row 3 \"Price\" has 5 cells; the header has 4"]
    );
    let imported = import("Criterion\tTea\tNotes\tCoffee\t\nTaste\t8\tmilky\t7\t\n");
    assert_eq!(names(&imported.dataset).0, ["Tea", "Coffee"]);
    let notes: Vec<String> = imported.notes.iter().map(|n| skipped_column(&Words::english(), n)).collect();
    assert_eq!(notes, ["Column \"Notes\" was not imported: it holds no scores from 0 to 10."]);
}

#[test]
fn every_bad_cell_is_reported_in_words() {
    let text = "Commute\tBike\tBus\tCar\tWeight\n\
        Speed\t6\t4\t8\t4.5\n\
        \t5\t5\t5\t3\n\
        Rich data types\t15\tfast\t-1\thigh\n\
        Comfort\t2\t7 (8-9)\t\t11\n\
        Speed\t1\t2\t3\t4\t9\n";
    assert_eq!(
        problems(text),
        [
            "Row 2 \"Speed\", column \"Weight\": 4.5 is not a whole number from 0 to 10",
            "Row 3: the criterion has no name",
            "Row 4 \"Rich data types\", column \"Bike\": 15 is above 10",
            "Row 4 \"Rich data types\", column \"Bus\": \"fast\" is not a score from 0 to 10",
            "Row 4 \"Rich data types\", column \"Car\": -1 is below 0",
            "Row 4 \"Rich data types\", column \"Weight\": \"high\" is not a whole number from 0 to 10",
            "Row 5 \"Comfort\", column \"Bus\": the range 8–9 does not hold the score 7",
            "Row 5 \"Comfort\", column \"Car\": no score",
            "Row 5 \"Comfort\", column \"Weight\": 11 is not a whole number from 0 to 10",
            "Row 6 repeats the criterion \"Speed\" from row 2",
            "Row 6 \"Speed\" has 6 cells; the header has 5",
        ]
    );
}

#[test]
fn columns_must_be_named_once() {
    assert_eq!(
        problems("Drink\tTea\t\tCoffee\tTea\nTaste\t8\t7\t6\t5\n"),
        [
            "Column 3 has no option name",
            "Columns 2 and 5 are both named \"Tea\""
        ]
    );
    assert_eq!(
        problems("Drink\tTea\tCoffee\tWeight\tPriority\nTaste\t8\t6\t5\t5\n"),
        ["Columns 4 and 5 both hold the weights"]
    );
}

#[test]
fn two_to_six_options() {
    assert_eq!(
        problems("Drink\tTea\nTaste\t8\n"),
        ["Found 1 option (\"Tea\"); a comparison needs 2 to 6, one per column after the first."]
    );
    let seven = "x\tA\tB\tC\tD\tE\tF\tG\ny\t1\t2\t3\t4\t5\t6\t7\n";
    assert_eq!(
        problems(seven),
        ["Found 7 options (\"A\", \"B\", \"C\", \"D\", \"E\", \"F\", \"G\"); Versus compares at most 6."]
    );
    assert_eq!(
        problems("Drink\tTea\tCoffee\n"),
        ["The table has only a header row: add a row for each criterion, its name first, then a score for each option."]
    );
}

#[test]
fn nothing_to_read_is_said_plainly() {
    assert!(problems("  \n")[0].starts_with("Paste a table"));
    assert!(
        problems("Tea is better than coffee.")[0].starts_with("This does not look like a table")
    );
}

#[test]
fn many_problems_are_cut_short() {
    let mut text = "Drink\tTea\tCoffee\n".to_string();
    for i in 0..40 {
        text.push_str(&format!("Row{i}\t11\t12\n"));
    }
    let said = problems(&text);
    assert_eq!(said.len(), 51);
    assert_eq!(said[50], "…and 30 more");
}

#[test]
fn a_table_too_big_is_refused_for_its_size_alone() {
    let mut long = "Drink\tTea\tCoffee\n".to_string();
    for i in 0..41 {
        long.push_str(&format!("Row{i}\t1\t99\n"));
    }
    assert_eq!(
        problems(&long),
        ["The table has 41 criteria; the most Versus shows is 40."]
    );
    let wide = format!("Drink{}\nTaste{}\n", "\tx".repeat(40), "\t5".repeat(40));
    assert_eq!(
        problems(&wide),
        ["The table has 41 columns; Versus reads at most 32: the criteria, up to 6 options, and columns such as Question and Weight."]
    );
    // Empty cells at the end of a row do not count.
    let padded = format!(
        "Drink\tTea\tCoffee{}\nTaste\t1\t2{}\n",
        "\t".repeat(40),
        "\t".repeat(40)
    );
    assert_eq!(import(&padded).dataset.technologies.len(), 2);
    let huge = "a\tb\n".repeat(200_000);
    assert_eq!(
        problems(&huge),
        ["The pasted text is 782 KB; the largest table Versus reads is 512 KB."]
    );
}

#[test]
fn ids_are_ascii_unique_and_stable() {
    let text = "Drink\tCafé crème\tCafe Creme\tTé 🍵\t東京\tData\n\
        Taste\t1\t2\t3\t4\t5\nTaste!\t1\t2\t3\t4\t5\nPreset\t1\t2\t3\t4\t5\n★\t1\t2\t3\t4\t5\n";
    let d = import(text).dataset;
    let ids = |d: &Dataset| -> (Vec<String>, Vec<String>) {
        (
            d.technologies.iter().map(|t| t.id.clone()).collect(),
            d.criteria.iter().map(|c| c.id.clone()).collect(),
        )
    };
    assert_eq!(
        ids(&d),
        (
            vec!["cafe_creme", "cafe_creme_2", "te", "option", "data_2"]
                .into_iter()
                .map(String::from)
                .collect(),
            vec!["taste", "taste_2", "preset_2", "criterion"]
                .into_iter()
                .map(String::from)
                .collect(),
        )
    );
    assert_eq!(ids(&import(text).dataset), ids(&d));
}

/// Names as the generator makes them: 1 to 12 characters from a set that
/// holds the characters each format gives a meaning (`|`, `"`, `,`, `;`,
/// `*`, `_`, `` ` ``, `\`, `-`, `:`, `<`, `&`, brackets), spaces and
/// non-ASCII letters and an emoji; trimmed, not blank, never a column
/// keyword (`Question`, `Weight`, `Priority`). No tabs or line breaks:
/// a Markdown cell cannot hold them.
fn name() -> impl Strategy<Value = String> {
    const CHARS: &[char] = &[
        'a', 'B', 'z', 'Q', '0', '7', ' ', ' ', '|', '"', ',', ';', '*', '_', '`', '\\', '-', ':',
        '<', '>', '&', '#', '(', ')', '[', ']', '\'', '.', 'é', 'ß', 'ø', '東', 'Ω', '😀',
    ];
    prop::collection::vec(prop::sample::select(CHARS), 1..=12)
        .prop_map(|cs| cs.into_iter().collect::<String>().trim().to_string())
        .prop_filter("a visible name, not a keyword", |n| {
            !n.is_empty()
                && !["question", "weight", "priority"]
                    .iter()
                    .any(|k| n.eq_ignore_ascii_case(k))
        })
}

fn distinct(names: &[String]) -> bool {
    let seen: Vec<String> = names
        .iter()
        .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    (1..seen.len()).all(|i| !seen[..i].contains(&seen[i]))
}

/// A score in halves with an optional range, and the notation to write it.
fn score_cell() -> impl Strategy<Value = String> {
    (0u8..=20, prop::option::of((0u8..=4, 0u8..=4)), 0usize..4).prop_map(|(v, range, notation)| {
        let value = f64::from(v) / 2.0;
        let range = range.map(|(a, b)| {
            [
                f64::from(v.saturating_sub(a)) / 2.0,
                f64::from((v + b).min(20)) / 2.0,
            ]
        });
        let cell = format_score_cell(value, range);
        match (notation, range) {
            (1, _) => cell.replace('.', ","),
            (2, Some([low, high])) => {
                format!("{} [{}–{}]", fixed(value, 1), fixed(low, 1), fixed(high, 1))
            }
            (3, Some([low, high])) => format!(
                "{} ({} — {})",
                fixed(value, 1),
                fixed(low, 1),
                fixed(high, 1)
            ),
            _ => cell,
        }
    })
}

/// A table as text: TSV or all-quoted CSV, with optional Question and
/// Weight columns.
fn table() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(name(), 2..=6).prop_filter("distinct", |n| distinct(n)),
        prop::collection::vec(name(), 1..=12).prop_filter("distinct", |n| distinct(n)),
        any::<bool>(),
    )
        .prop_flat_map(|(options, criteria, csv)| {
            let (o, c) = (options.len(), criteria.len());
            (
                Just((options, criteria, csv)),
                prop::collection::vec(prop::collection::vec(score_cell(), o), c),
                prop::option::of(prop::collection::vec(prop::option::of(name()), c)),
                prop::option::of(prop::collection::vec(0u8..=10, c)),
            )
        })
        .prop_map(|((options, criteria, csv), cells, questions, weights)| {
            let mut header = vec!["Criterion".to_string()];
            header.extend(options);
            header.extend(questions.as_ref().map(|_| "Question".to_string()));
            header.extend(weights.as_ref().map(|_| "Weight".to_string()));
            let mut rows = vec![header];
            for (i, name) in criteria.into_iter().enumerate() {
                let mut row = vec![name];
                row.extend(cells[i].iter().cloned());
                if let Some(q) = &questions {
                    row.push(q[i].clone().unwrap_or_default());
                }
                row.extend(weights.as_ref().map(|w| w[i].to_string()));
                rows.push(row);
            }
            let quote = |c: &String| format!("\"{}\"", c.replace('"', "\"\""));
            let (separator, quote_all) = if csv { (",", true) } else { ("\t", false) };
            rows.iter()
                .map(|row| {
                    let cells: Vec<String> = row
                        .iter()
                        .map(|c| {
                            if quote_all || c.contains('"') {
                                quote(c)
                            } else {
                                c.clone()
                            }
                        })
                        .collect();
                    cells.join(separator) + "\n"
                })
                .collect()
        })
}

/// Table-like fragments, so random text often looks like a table.
fn table_like_text() -> impl Strategy<Value = String> {
    const PARTS: &[&str] = &[
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\"",
        "\"\"",
        ",",
        ";",
        "|",
        " | ",
        "---",
        ":--:",
        "\\|",
        "\\",
        "<table>",
        "</table>",
        "<TR>",
        "<td colspan=\"9999\">",
        "<th a='>'>",
        "</td>",
        "<br>",
        "&amp;",
        "&#",
        "&#x1F600;",
        "7",
        "7,5",
        "15",
        "(6-8)",
        "[",
        "]",
        "–",
        "Question",
        "Weight",
        "Tea",
        "é",
        "<!--",
        "<script>",
        "*",
        "_",
        "`",
        " ",
        "x",
        "preset",
    ];
    prop::collection::vec(prop::sample::select(PARTS), 0..60).prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn written_tables_read_back_the_same(text in table()) {
        let d = import_table(&text, None).unwrap_or_else(|e| panic!("{text:?}: {e:#?}")).dataset;
        for written in [to_tsv(&d), to_markdown_table(&d)] {
            let again = import_table(&written, None)
                .unwrap_or_else(|e| panic!("{written:?}: {e:#?}"))
                .dataset;
            prop_assert_eq!(&again, &d, "{}", written);
        }
    }

    #[test]
    fn no_text_makes_the_reader_panic(text in table_like_text(), html in any::<bool>()) {
        let html = html.then_some(text.as_str());
        let _ = read_table(&text, html);
        if let Ok(imported) = import_table(&text, html) {
            prop_assert!(imported.dataset.validate().is_ok());
        }
    }

    #[test]
    fn no_string_makes_the_reader_panic(text in any::<String>()) {
        let _ = read_table(&text, Some(&text));
        let _ = import_table(&text, None);
    }
}
