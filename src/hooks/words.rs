//! The words of the nearest provider (the app sets it from its surface).

use std::sync::Arc;

use versus_core::l10n::Words;
use yew::prelude::*;

use crate::words::SharedWords;

/// The words of the nearest provider, or English outside any (tests).
#[hook]
pub fn use_words() -> Arc<Words> {
    use_context::<SharedWords>().unwrap_or_default().0
}

