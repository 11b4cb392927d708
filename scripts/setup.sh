#!/usr/bin/env bash
# Installs every tool Versus builds and tests with, skipping each one that is
# already at the right version, so a second run takes seconds.
#   scripts/setup.sh            build tools only (serve)
#   scripts/setup.sh --browser  plus Chromium, ChromeDriver, Java and nginx, and the
#                               blog platforms the tests embed into (WordPress,
#                               MariaDB, PHP, Hugo, Jekyll)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

for tool in cargo rustup node npm; do
  command -v "$tool" >/dev/null || { echo "Versus needs $tool (Rust 1.95 via rustup, Node 20) on PATH" >&2; exit 1; }
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  step "Installing trunk $TRUNK_VERSION (about 9 minutes, once)"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  # Not --locked: its lock file pins a crate version the registry no longer has.
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" --force
fi

# binaryen (wasm-opt), playwright-core and axe-core, exactly as package-lock.json pins them.
if ! npm ls --depth=0 >/dev/null 2>&1 || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi

# Tests also need Java for the W3C Nu HTML checker (npm vnu-jar) and nginx
# to serve the build with deploy/nginx.conf (the test runs its own nginx
# on loopback; where systemd runs, Debian also starts its nginx service).
if [ "${1:-}" = "--browser" ] && ! { [ -x "$CHROME_PATH" ] && [ -x "$CHROMEDRIVER" ] && command -v java >/dev/null && [ -x "$NGINX" ]; }; then
  step "Installing Debian's chromium, chromium-driver, a Java runtime and nginx"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver default-jre-headless nginx
fi

# The real blog platforms the embed tests run on loopback (they start their
# own MariaDB and `php -S`). Where systemd runs, Debian also starts its
# MariaDB service; no Apache (only its modules come, as wordpress needs).
# Without recommends: no Go toolchain for Hugo; the theme WordPress needs is named.
platforms_present() {
  local tool
  for tool in mariadbd mariadb-install-db mariadb-admin php hugo jekyll; do
    command -v "$tool" >/dev/null || return 1
  done
  [ -f /usr/share/wordpress/wp-settings.php ] && [ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] \
    && php -r 'exit(extension_loaded("mysqli") ? 0 : 1);'
}
if [ "${1:-}" = "--browser" ] && ! platforms_present; then
  step "Installing Debian's wordpress, mariadb-server, php-cli, php-mysql, hugo and jekyll"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql hugo jekyll >/dev/null
fi
