//! Trunk `post_build` hook. Trunk runs it after staging a build, with
//! `TRUNK_STAGING_DIR` (the files about to become `dist/`) and
//! `TRUNK_SOURCE_DIR` (the repository) set. It writes `sw.js` from
//! `sw/sw.js`, filling in the build's real file list and a version id
//! derived from their contents, so the precache is never hand-maintained.

use std::path::PathBuf;
use std::process::ExitCode;

use versus_postbuild::{fill_service_worker, staged_files, version_id};

fn env_dir(name: &str) -> Result<PathBuf, String> {
    std::env::var_os(name)
        .map(PathBuf::from)
        .ok_or_else(|| format!("{name} is not set: run me as a Trunk post_build hook"))
}

fn run() -> Result<(), String> {
    let staging = env_dir("TRUNK_STAGING_DIR")?;
    let source = env_dir("TRUNK_SOURCE_DIR")?;
    let files =
        staged_files(&staging).map_err(|e| format!("reading {}: {e}", staging.display()))?;
    let version = version_id(&staging, &files).map_err(|e| format!("hashing the build: {e}"))?;
    let template_path = source.join("sw/sw.js");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("reading {}: {e}", template_path.display()))?;
    let worker = fill_service_worker(&template, &version, &files)?;
    std::fs::write(staging.join("sw.js"), worker).map_err(|e| format!("writing sw.js: {e}"))?;
    println!(
        "versus-postbuild: sw.js precaches {} files, version {version}",
        files.len()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("versus-postbuild: {message}");
            ExitCode::FAILURE
        }
    }
}
