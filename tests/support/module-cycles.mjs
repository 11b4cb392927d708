// Import cycles between a Rust crate's modules, read from its sources: each
// file is a node, and a file depends on another when it names an item there
// (through `use crate::…`, `super::…`, a child's name or an alias a `use`
// made). Declaring a module (`mod x;`) and re-exporting from it (`pub use`)
// is what a parent is for, not a dependency. Test modules (`#[cfg(test)]`,
// at the end of a file) are left out. No Rust parser: the sources follow
// rustfmt, which is all this reads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT_NODE = 'crate';

/** Every `.rs` file under `dir`, with its module path (`['components', 'app']`). */
function sourceFiles(dir) {
  const files = [];
  const walk = (at, path) => {
    for (const name of readdirSync(at).sort()) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) {
        walk(full, [...path, name]);
      } else if (name.endsWith('.rs')) {
        const stem = name.slice(0, -3);
        // The binary (`main.rs`) is a crate of its own.
        if (path.length === 0 && stem === 'main') continue;
        const module = stem === 'mod' || (path.length === 0 && stem === 'lib') ? path : [...path, stem];
        files.push({ file: full, module });
      }
    }
  };
  walk(dir, []);
  return files;
}

const key = (path) => (path.length ? path.join('::') : ROOT_NODE);

/** The code of a file with comments and test modules blanked, line numbers kept. */
function codeLines(text) {
  const lines = text.split('\n');
  const tests = lines.findIndex((line, i) => line.trim() === '#[cfg(test)]' && /^\s*mod \w+/.test(lines[i + 1] ?? ''));
  return lines.map((line, i) => {
    if (tests >= 0 && i >= tests) return '';
    const code = line.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    const comment = code.indexOf('//');
    return comment >= 0 ? code.slice(0, comment) : code;
  });
}

/** `a::{b, c::{d, e as f}, self}` as `[path, alias]` pairs. */
function expandUse(tree) {
  const out = [];
  const split = (text) => {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
      else if (text[i] === ',' && depth === 0) {
        parts.push(text.slice(start, i));
        start = i + 1;
      }
    }
    parts.push(text.slice(start));
    return parts.map((p) => p.trim()).filter(Boolean);
  };
  const walk = (prefix, text) => {
    const brace = text.indexOf('{');
    if (brace >= 0 && text.endsWith('}')) {
      const head = text.slice(0, brace).replace(/::$/, '');
      const base = head ? [...prefix, ...head.split('::')] : prefix;
      for (const part of split(text.slice(brace + 1, -1))) walk(base, part);
      return;
    }
    const [path, alias] = text.split(/\s+as\s+/);
    const segments = path.split('::');
    if (segments.at(-1) === 'self') {
      segments.pop();
      const full = [...prefix, ...segments];
      out.push([full, alias ?? full.at(-1)]);
    } else if (segments.at(-1) !== '*') {
      const full = [...prefix, ...segments];
      out.push([full, alias ?? full.at(-1)]);
    }
  };
  walk([], tree.replace(/\s+/g, ' ').trim());
  return out;
}

/**
 * The dependency graph of the crate whose sources are in `dir`:
 * `Map(node -> Map(node -> evidence))`, nodes named by module path.
 */
export function moduleGraph(dir) {
  const files = sourceFiles(dir);
  const modules = new Map(files.map((f) => [key(f.module), f]));
  for (const f of files) {
    f.lines = codeLines(readFileSync(f.file, 'utf8'));
    f.children = new Set();
    f.reexports = new Map();
    f.aliases = new Map();
    f.uses = [];
  }
  for (const f of files) {
    for (const g of files) {
      if (g.module.length === f.module.length + 1 && key(g.module.slice(0, -1)) === key(f.module)) {
        f.children.add(g.module.at(-1));
      }
    }
  }

  // Where a path's first segment leads, from `f`: `null` for other crates.
  const start = (f, first, aliases) => {
    if (first === 'crate') return [];
    if (first === 'self') return f.module;
    if (first === 'super') return f.module.slice(0, -1);
    if (f.children.has(first)) return [...f.module, first];
    if (aliases?.has(first)) return aliases.get(first);
    return null;
  };
  const absolute = (f, segments, aliases) => {
    let at = start(f, segments[0], aliases);
    if (at === null) return null;
    let rest = segments.slice(1);
    while (rest[0] === 'super') {
      at = at.slice(0, -1);
      rest = rest.slice(1);
    }
    return [...at, ...rest];
  };

  // `use` statements, which may span lines: aliases, re-exports, and edges.
  for (const f of files) {
    let statement = null;
    f.lines.forEach((line, i) => {
      const opening = line.match(/^\s*(pub(?:\([^)]*\))?\s+)?use\s+(.*)$/);
      if (statement === null && opening) statement = { public: Boolean(opening[1]), text: '', line: i };
      if (statement === null) return;
      statement.text += ` ${opening && statement.line === i ? opening[2] : line}`;
      f.lines[i] = '';
      if (!line.includes(';')) return;
      const tree = statement.text.slice(0, statement.text.lastIndexOf(';'));
      for (const [segments, alias] of expandUse(tree)) {
        const path = absolute(f, segments, null);
        if (path === null) continue;
        f.aliases.set(alias, path);
        if (statement.public && (f.module.length === 0 || f.children.has(segments[0]) || segments[0] === 'self')) {
          f.reexports.set(alias, path);
        } else {
          f.uses.push({ path, line: statement.line });
        }
      }
      statement = null;
    });
  }

  // The file that defines what `path` names, following re-exports.
  const owner = (path, depth = 0) => {
    for (let n = path.length; n >= 0; n--) {
      const found = modules.get(key(path.slice(0, n)));
      if (!found) continue;
      const next = path[n];
      if (next !== undefined && depth < 8 && found.reexports.has(next)) {
        return owner([...found.reexports.get(next), ...path.slice(n + 1)], depth + 1);
      }
      return found;
    }
    return null;
  };

  const graph = new Map(files.map((f) => [key(f.module), new Map()]));
  const source = (f, line) => `${relative(process.cwd(), f.file)}:${line + 1}: ${readFileSync(f.file, 'utf8').split('\n')[line].trim()}`;
  const addEdge = (f, path, line) => {
    const target = owner(path);
    if (!target || target === f) return;
    const edges = graph.get(key(f.module));
    if (!edges.has(key(target.module))) edges.set(key(target.module), source(f, line));
  };
  for (const f of files) {
    for (const use of f.uses) addEdge(f, use.path, use.line);
    f.lines.forEach((line, i) => {
      if (/^\s*(pub(\([^)]*\))?\s+)?mod\s+\w+\s*;/.test(line)) return;
      for (const match of line.matchAll(/(?<![\w:])([A-Za-z_]\w*(?:::[A-Za-z_]\w*)+)/g)) {
        const path = absolute(f, match[1].split('::'), f.aliases);
        if (path !== null) addEdge(f, path, i);
      }
    });
  }
  return graph;
}

/** The same graph between top-level modules (`components`, `platform`...). */
export function topLevel(graph) {
  const top = (node) => node.split('::')[0];
  const out = new Map();
  for (const [from, edges] of graph) {
    if (!out.has(top(from))) out.set(top(from), new Map());
    for (const [to, evidence] of edges) {
      if (top(to) === top(from)) continue;
      const mine = out.get(top(from));
      if (!mine.has(top(to))) mine.set(top(to), evidence);
    }
  }
  return out;
}

/** The shortest cycle through each node on one, each cycle once, as lines. */
export function cycles(graph) {
  const found = [];
  const seen = new Set();
  for (const start of [...graph.keys()].sort()) {
    const cameFrom = new Map();
    const queue = [start];
    let last = null;
    while (queue.length && last === null) {
      const at = queue.shift();
      for (const next of graph.get(at)?.keys() ?? []) {
        if (next === start) {
          last = at;
          break;
        }
        if (!cameFrom.has(next)) {
          cameFrom.set(next, at);
          queue.push(next);
        }
      }
    }
    if (last === null) continue;
    const path = [start];
    for (let at = last; at !== start; at = cameFrom.get(at)) path.splice(1, 0, at);
    path.push(start);
    const members = [...new Set(path)].sort().join(' ');
    if (seen.has(members)) continue;
    seen.add(members);
    found.push(path.slice(0, -1).map((from, i) => `${from} -> ${path[i + 1]}    (${graph.get(from).get(path[i + 1])})`));
  }
  return found;
}

/** Every cycle in the crate at `dir`, between files and between top-level modules. */
export function crateCycles(dir) {
  const graph = moduleGraph(dir);
  return { files: cycles(graph), modules: cycles(topLevel(graph)) };
}

/** A report a person can follow, or '' when there is no cycle. */
export function describe(name, { files, modules }) {
  const shown = new Set(modules.map((c) => c.join('\n')));
  // In a crate of single files the two lists are the same: say it once.
  const more = files.filter((c) => !shown.has(c.join('\n')));
  const block = (title, list) => (list.length ? [`${name}: ${title}:`, ...list.map((c) => `  ${c.join('\n  ')}\n`)] : []);
  return [...block('cycles between top-level modules', modules), ...block('cycles between files', more)].join('\n').trimEnd();
}

// `node tests/support/module-cycles.mjs [crate-src-dir...]` prints the cycles.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['src', 'tools/postbuild/src'];
  const reports = dirs.map((dir) => describe(dir, crateCycles(dir))).filter(Boolean);
  console.log(reports.length ? reports.join('\n\n') : 'no import cycles');
  process.exitCode = reports.length ? 1 : 0;
}
