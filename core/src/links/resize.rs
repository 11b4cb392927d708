//! The height reports an iframe embed sends its parent, in every format the
//! common hosts understand. Each carries the height and nothing else about
//! the reader (WordPress's also echoes the secret the host gave us).

/// One message to post to the parent window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeightMessage {
    /// Ours, read by `embed.js`: `{type: "versus:height", height}`.
    Versus { height: u32 },
    /// WordPress's embed protocol: `{message: "height", value, secret}`.
    WordPress { height: u32, secret: String },
    /// Embedly (Medium-style hosts): the JSON string
    /// `{"context":"iframe.resize","height":N}`.
    Embedly { height: u32 },
    /// AMP's `amp-iframe`: `{sentinel: "amp", type: "embed-size", height}`.
    Amp { height: u32 },
}

/// The secret WordPress puts in the iframe URL as `#?secret=...`, if it is
/// a plausible one (WordPress uses 10 alphanumeric characters).
pub fn wordpress_secret(fragment: &str) -> Option<String> {
    let query = fragment.trim_start_matches('#').trim_start_matches('?');
    query.split('&').find_map(|part| {
        let secret = part.strip_prefix("secret=")?;
        let plausible = !secret.is_empty()
            && secret.len() <= 64
            && secret.bytes().all(|b| b.is_ascii_alphanumeric());
        plausible.then(|| secret.to_string())
    })
}

/// Every message for one height report.
pub fn height_messages(height: u32, wordpress_secret: Option<&str>) -> Vec<HeightMessage> {
    // 0 means "not laid out yet": a parent that took it for the height
    // would collapse the frame.
    if height == 0 {
        return Vec::new();
    }
    let mut messages = vec![HeightMessage::Versus { height }];
    if let Some(secret) = wordpress_secret {
        messages.push(HeightMessage::WordPress {
            height,
            secret: secret.to_string(),
        });
    }
    messages.push(HeightMessage::Embedly { height });
    messages.push(HeightMessage::Amp { height });
    messages
}

impl HeightMessage {
    /// Embedly's message is a JSON string; the others are objects.
    pub fn embedly_json(height: u32) -> String {
        format!("{{\"context\":\"iframe.resize\",\"height\":{height}}}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wordpress_secret_is_read_from_the_fragment_and_checked() {
        assert_eq!(
            wordpress_secret("#?secret=Ab3xYz09kQ").as_deref(),
            Some("Ab3xYz09kQ")
        );
        assert_eq!(wordpress_secret("#v1&ai_ml=9"), None);
        assert_eq!(wordpress_secret("#?secret=<script>"), None);
        assert_eq!(wordpress_secret("#?secret="), None);
        assert_eq!(
            wordpress_secret(&format!("#?secret={}", "a".repeat(65))),
            None
        );
    }

    #[test]
    fn a_frame_not_laid_out_yet_reports_nothing() {
        assert_eq!(height_messages(0, Some("s3cret")), vec![]);
    }

    #[test]
    fn every_format_is_sent_and_wordpress_only_with_a_secret() {
        assert_eq!(height_messages(640, None).len(), 3);
        let all = height_messages(640, Some("s3cret"));
        assert!(all.contains(&HeightMessage::WordPress {
            height: 640,
            secret: "s3cret".into()
        }));
        assert_eq!(
            HeightMessage::embedly_json(640),
            r#"{"context":"iframe.resize","height":640}"#
        );
    }
}
