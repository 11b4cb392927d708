//! Filling a JavaScript template's placeholders with the build's values.

/// Replaces each `"NAME"` placeholder (a JSON/JS string literal, quotes
/// included) by its value as a string literal, or `["NAME"]` by a list.
/// Each placeholder must appear exactly once, or the template is wrong.
pub fn fill_template(template: &str, values: &[(&str, Filling)]) -> Result<String, String> {
    let mut out = template.to_string();
    for (name, filling) in values {
        let (placeholder, replacement) = match filling {
            Filling::Text(text) => (format!("\"{name}\""), literal(text)?),
            Filling::List(items) => (
                format!("[\"{name}\"]"),
                format!(
                    "[{}]",
                    items
                        .iter()
                        .map(|i| literal(i))
                        .collect::<Result<Vec<_>, _>>()?
                        .join(", ")
                ),
            ),
        };
        if out.matches(&placeholder).count() != 1 {
            return Err(format!(
                "the template must contain {placeholder} exactly once"
            ));
        }
        out = out.replace(&placeholder, &replacement);
    }
    Ok(out)
}

/// `text` as a JSON (and so JavaScript) string literal.
fn literal(text: &str) -> Result<String, String> {
    serde_json::to_string(text).map_err(|e| e.to_string())
}

pub enum Filling {
    Text(String),
    List(Vec<String>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_the_template_or_says_what_is_wrong() {
        let values = [
            ("__VERSION__", Filling::Text("abc".into())),
            (
                "__PRECACHE__",
                Filling::List(vec!["./".into(), "a\"b.js".into()]),
            ),
        ];
        let out = fill_template(
            "const V = \"__VERSION__\"; const P = [\"__PRECACHE__\"];",
            &values,
        )
        .unwrap();
        assert_eq!(out, "const V = \"abc\"; const P = [\"./\", \"a\\\"b.js\"];");
        assert!(fill_template("no placeholders", &values).is_err());
    }
}
