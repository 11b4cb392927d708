//! The app's JavaScript glue (wasm-bindgen's `versus-<hash>.js`), minified.
//! Trunk's own minifier gives up on the glue (`export default`) and ships
//! it as written: 61 KB, 8.9 KB brotli, where terser makes 27 KB, 6.7 KB
//! brotli. terser comes from npm (`package.json`) like wasm-opt does.

use std::path::Path;
use std::process::Command;

/// Minifies the ES module `file` in place with `source`'s terser.
pub fn minify_module(source: &Path, file: &Path) -> Result<(), String> {
    let terser = source.join("node_modules/terser/bin/terser");
    if !terser.exists() {
        return Err(format!(
            "{} is missing: run scripts/setup.sh (npm ci) to install terser",
            terser.display()
        ));
    }
    let output = Command::new("node")
        .arg(&terser)
        .arg(file)
        .args(["--module", "--compress", "--mangle", "--output"])
        .arg(file)
        .output()
        .map_err(|e| format!("running node for terser: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "terser failed on {}: {}",
            file.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}
