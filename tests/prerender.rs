//! The app renders to static HTML on the host, as the build writes it into
//! every page before any WASM loads: the verdict, every criterion card with
//! both scores, rationales and sources, and sliders at their values.
#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

use versus::{prerender, Surface, SurfaceKind};

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn the_page_renders_its_verdict_and_every_criterion() {
    let dataset = versus::builtin_dataset();
    let html = prerender(Surface::default());
    assert!(html.contains("role=\"status\""), "no live verdict region");
    assert!(
        html.contains("At equal weights, Node.js leads by 0.5 points"),
        "{html}"
    );
    assert_eq!(count(&html, "<article "), dataset.criteria.len());
    assert_eq!(count(&html, "type=\"range\""), dataset.criteria.len());
    for criterion in &dataset.criteria {
        assert!(html.contains(&format!("id=\"weight-{}\"", criterion.id)));
        for score in &criterion.scores {
            // Text content, escaped as the server renderer escapes it
            // (quotes stay as they are outside attributes).
            let rationale = score
                .rationale
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            assert!(
                html.contains(&rationale),
                "{}: rationale missing",
                criterion.id
            );
        }
    }
    assert!(html.contains("class=\"score-number\""));
    assert!(html.contains("<details class=\"sources\""));
    let tags_with_style = html
        .split('<')
        .filter_map(|rest| rest.split('>').next())
        .filter(|tag| tag.contains(" style="))
        .count();
    assert_eq!(tags_with_style, 0, "inline styles would break the CSP");
}

#[test]
fn a_preset_page_renders_that_preset() {
    let html = prerender(Surface {
        page_preset: Some("ml".into()),
        ..Surface::default()
    });
    assert!(html.contains("Python wins by 3.1 points"), "{html}");
    assert!(html.contains("id=\"weight-ai_ml\""));
}

#[test]
fn the_frame_page_renders_the_embed() {
    let html = prerender(Surface {
        kind: SurfaceKind::Frame,
        ..Surface::default()
    });
    assert!(html.contains("class=\"versus embedded\""), "{html}");
}
