//! Dataset text as the app sets it inside its own sentences.
//!
//! A name is anyone's text. One that ends in RIGHT-TO-LEFT OVERRIDE (or is
//! simply Arabic or Hebrew) reorders the app's words after it ("...Safe
//! rieht ta"); wrapped in an isolate it stays one unit, as `<bdi>` would
//! make it, and nothing after it is touched. Latin-only names are left as
//! they are, so the text of ordinary comparisons is unchanged.

use super::Dataset;

/// FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: the isolate takes the
/// direction of the text's first strong letter, and closing it also closes
/// any embedding or override the text left open.
const OPEN_ISOLATE: char = '\u{2068}';
const CLOSE_ISOLATE: char = '\u{2069}';

/// Whether `c` is a directional control or a right-to-left letter: either
/// can move the text around it.
fn moves_direction(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        | '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// `text` in an isolate where it could reorder what surrounds it.
pub fn isolated(text: &str) -> String {
    if text.chars().any(moves_direction) {
        format!("{OPEN_ISOLATE}{text}{CLOSE_ISOLATE}")
    } else {
        text.to_string()
    }
}

impl Dataset {
    /// The dataset with every name and title the app repeats in its
    /// sentences isolated (see `isolated`); for display only, never for
    /// writing the dataset back out.
    pub fn isolated_for_display(mut self) -> Dataset {
        self.title = isolated(&self.title);
        for t in &mut self.technologies {
            t.name = isolated(&t.name);
        }
        for c in &mut self.criteria {
            c.name = isolated(&c.name);
        }
        for p in &mut self.presets {
            p.name = isolated(&p.name);
        }
        for s in &mut self.sources {
            s.title = isolated(&s.title);
            s.publisher = isolated(&s.publisher);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_text_that_can_reorder_its_surroundings_is_isolated() {
        assert_eq!(isolated("Node.js"), "Node.js");
        assert_eq!(isolated("Safe\u{202E}"), "\u{2068}Safe\u{202E}\u{2069}");
        assert_eq!(isolated("العربية"), "\u{2068}العربية\u{2069}");
        assert_eq!(isolated("שלום"), "\u{2068}שלום\u{2069}");
    }

    #[test]
    fn a_dataset_keeps_latin_names_and_isolates_the_rest() {
        let mut d = Dataset::from_json(crate::BUILTIN_DATASET_JSON).unwrap();
        d.technologies[0].name.push('\u{202E}');
        let shown = d.clone().isolated_for_display();
        assert_eq!(
            shown.technologies[0].name,
            format!("\u{2068}{}\u{2069}", d.technologies[0].name)
        );
        assert_eq!(shown.technologies[1].name, d.technologies[1].name);
        assert_eq!(shown.criteria, d.criteria);
    }
}
