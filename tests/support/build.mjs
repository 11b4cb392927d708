// What the header tests read from a release build.
import { readdirSync } from 'node:fs';

/** Trunk's hashed names: `name-<hex>.ext`, `name-<hex>_bg.wasm`. */
export const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

/** The policy tools/postbuild wrote into a page's meta tag, or null. */
export function metaPolicy(html) {
  return /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html)?.[1] ?? null;
}

/** The file of `dist` named `prefix-<hash><suffix>`, or null. */
export function hashedFile(dist, prefix, suffix) {
  return readdirSync(dist).find((f) => f.startsWith(`${prefix}-`) && f.endsWith(suffix) && HASHED.test(f)) ?? null;
}
