/**
 * Reads the import graph of a source tree and checks it against a table of rooms (rules.mjs).
 * Used by imports.test.mjs on src/ and by checker.test.mjs on small fixture trees, so the checker
 * itself is shown to fail when it should.
 *
 * Why TypeScript's own parser and not regexes: `ts.preProcessFile` lists every module specifier
 * (static, `import type`, `export … from`, side-effect, `import()`, `typeof import()`) and skips
 * comments and strings, which regexes get wrong (src/ has doc comments with `import … from`
 * examples). The DOM check needs scopes (server/json-ld.ts has a local named `document`), so it
 * asks TypeScript's checker whether a name resolves to a declaration of the file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { DOM_GLOBALS } from './rules.mjs';

const toPosix = (p) => p.split(path.sep).join('/');

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/** Where a relative specifier lands, the way TypeScript's bundler resolution finds it: `./x.js` is `./x.ts`. */
function resolveRelative(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.d.ts'),
    `${base}.ts`,
    path.join(base, 'index.ts'),
    base, // an asset or a .js/.json file that exists as written
  ];
  return candidates.find(isFile);
}

/** The package a bare specifier names, `fs` spelled as `node:fs` so rules need only one form. */
const packageSpecifier = (specifier) =>
  !specifier.startsWith('node:') && isBuiltin(specifier) ? `node:${specifier}` : specifier;

/**
 * The graph of `root` (a src/ folder): for each `.ts` file (not `.d.ts`), keyed by its path
 * relative to root, its imports ({ specifier, target (a path relative to root, `../…` when it
 * leaves root) | package | dangling }), the `import()` calls whose specifier is computed, the
 * `/// <reference lib>` it names, and where it names one of `domGlobals` that is not declared in
 * its own scope (a browser global).
 */
export function readGraph(root, { domGlobals = DOM_GLOBALS } = {}) {
  const absFiles = listFiles(root).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
  // One program for the DOM check: no lib but ES2022 and no import resolution, so a DOM global
  // has no declaration at all while a local, a parameter or an import of the same name has one.
  const program = ts.createProgram({
    rootNames: absFiles,
    options: { noResolve: true, noEmit: true, types: [], lib: ['lib.es2022.d.ts'], target: ts.ScriptTarget.ES2022, experimentalDecorators: true },
  });
  const checker = program.getTypeChecker();
  const names = new Set(domGlobals);
  const files = new Map();
  for (const abs of absFiles) {
    const rel = toPosix(path.relative(root, abs));
    const text = readFileSync(abs, 'utf8');
    const info = ts.preProcessFile(text, /* readImportFiles */ true, /* detectJavaScriptImports */ true);
    const imports = info.importedFiles.map(({ fileName: specifier }) => {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) return { specifier, package: packageSpecifier(specifier) };
      const target = resolveRelative(abs, specifier);
      return target ? { specifier, target: toPosix(path.relative(root, target)) } : { specifier, dangling: true };
    });
    const sourceFile = program.getSourceFile(abs);
    const line = (node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    const computed = [];
    const dom = [];
    const visit = (node) => {
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [arg] = node.arguments;
        if (!arg || !ts.isStringLiteralLike(arg)) computed.push(line(node));
      }
      if (ts.isIdentifier(node) && names.has(node.text) && !isMemberName(node)) {
        const symbol = checker.getSymbolAtLocation(node);
        const declaredHere = symbol?.declarations?.some((d) => !program.isSourceFileDefaultLibrary(d.getSourceFile()));
        if (!declaredHere) dom.push({ name: node.text, line: line(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    files.set(rel, { imports, computed, dom, libs: info.libReferenceDirectives.map((l) => l.fileName.toLowerCase()) });
  }
  return { root, files };
}

/** `x.document`, `{ window: 1 }`, `class { document }`: a member's name, not a global (but `globalThis.window` is). */
function isMemberName(node) {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
    return !(ts.isIdentifier(parent.expression) && ['globalThis', 'self'].includes(parent.expression.text));
  }
  if (ts.isQualifiedName(parent) && parent.right === node) return true;
  if ((ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isBindingElement(parent)) && parent.propertyName === node) return true;
  const members = [ts.isPropertyAssignment, ts.isPropertyDeclaration, ts.isPropertySignature, ts.isMethodDeclaration, ts.isMethodSignature, ts.isGetAccessor, ts.isSetAccessor, ts.isEnumMember];
  return members.some((is) => is(parent)) && parent.name === node;
}

/** `dir/**` → under dir/, `*` → directly in root, else one exact path. */
const matchesFile = (pattern, rel) =>
  pattern === '*' ? !rel.includes('/') : pattern.endsWith('/**') ? rel.startsWith(pattern.slice(0, -2)) : rel === pattern;

/** The first row of `rooms` whose `files` match `rel`. */
export const roomOf = (rooms, rel) => rooms.find((row) => row.files.some((p) => matchesFile(p, rel)));

/** `lit` → lit and lit/…, `@lit/*` and `node:*` → a prefix, `*` → any npm package (not a Node built-in). */
const matchesPackage = (pattern, spec) => {
  if (pattern === '*') return !spec.startsWith('node:');
  if (pattern.endsWith('*')) return spec.startsWith(pattern.slice(0, -1));
  return spec === pattern || spec.startsWith(`${pattern}/`);
};

/** Every import that breaks the table, as `from → to (rule)` lines (paths relative to root), sorted. */
export function checkRules(graph, rooms) {
  const out = new Set();
  for (const [from, { imports, computed }] of graph.files) {
    const row = roomOf(rooms, from);
    if (!row) {
      out.add(`${from} (in no room: add a row to test/architecture/rules.mjs)`);
      continue;
    }
    if (!row.computedImport) for (const line of computed) out.add(`${from}:${line} → import(…) (computed specifier: the graph cannot follow it)`);
    for (const imp of imports) {
      if (imp.dangling) {
        out.add(`${from} → ${imp.specifier} (dangling: no such file)`);
      } else if (imp.package) {
        const allowed = row.packages.some((p) => matchesPackage(p, imp.package)) && !(row.notPackages ?? []).some((p) => matchesPackage(p, imp.package));
        if (!allowed) out.add(`${from} → ${imp.package} (${row.room} may not import package ${imp.package})`);
      } else if (imp.target.startsWith('../')) {
        out.add(`${from} → ${imp.specifier} (leaves the source tree)`);
      } else {
        const to = roomOf(rooms, imp.target);
        if (!to) out.add(`${from} → ${imp.target} (target in no room)`);
        else if (!row.rooms.includes(to.room)) out.add(`${from} → ${imp.target} (${row.room} may not import ${to.room})`);
      }
    }
  }
  return [...out].sort();
}

/** DOM globals and `/// <reference lib="dom" />` in rooms marked `dom: false`, as `file:line → name (rule)` lines. */
export function checkDom(graph, rooms) {
  const out = [];
  for (const [from, { dom, libs }] of graph.files) {
    const row = roomOf(rooms, from);
    if (row?.dom !== false) continue;
    for (const { name, line } of dom) out.push(`${from}:${line} → ${name} (${row.room} runs outside browsers: no DOM global)`);
    for (const lib of libs.filter((l) => l.startsWith('dom'))) out.push(`${from} → lib ${lib} (${row.room} runs outside browsers: no DOM lib)`);
  }
  return out;
}

/**
 * The import cycles: Tarjan's strongly connected components of more than one file (or a file that
 * imports itself), every edge counted (type-only and dynamic too). For each component, the
 * shortest cycle through each of its files, deduplicated, as paths `[a, b, a]`.
 */
export function findCycles(graph) {
  const edges = new Map();
  for (const [from, { imports }] of graph.files) {
    const targets = imports.filter((i) => i.target && graph.files.has(i.target)).map((i) => i.target);
    edges.set(from, [...new Set(targets)].sort());
  }
  // Tarjan (recursive: src/ is a few hundred files deep at most).
  let index = 0;
  const stack = [];
  const state = new Map(); // file → { index, low, onStack }
  const components = [];
  const connect = (v) => {
    const s = { index, low: index, onStack: true };
    index += 1;
    state.set(v, s);
    stack.push(v);
    for (const w of edges.get(v)) {
      if (!state.has(w)) {
        connect(w);
        s.low = Math.min(s.low, state.get(w).low);
      } else if (state.get(w).onStack) {
        s.low = Math.min(s.low, state.get(w).index);
      }
    }
    if (s.low === s.index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        state.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      components.push(component.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!state.has(v)) connect(v);

  const cyclic = components.filter((c) => c.length > 1 || edges.get(c[0]).includes(c[0]));
  return cyclic
    .map((files) => {
      const inside = new Set(files);
      const seen = new Map();
      for (const start of files) {
        const cycle = shortestCycle(start, edges, inside);
        // Same cycle from another start: rotate so the smallest file leads, then compare.
        const ring = cycle.slice(0, -1);
        const at = ring.indexOf([...ring].sort()[0]);
        const rotated = [...ring.slice(at), ...ring.slice(0, at), ring[at]];
        seen.set(rotated.join('\0'), rotated);
      }
      return { files, cycles: [...seen.values()] };
    })
    .sort((a, b) => a.files[0].localeCompare(b.files[0]));
}

/** Breadth-first from `start` back to itself, inside one component. */
function shortestCycle(start, edges, inside) {
  const parent = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of edges.get(v)) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = parent.get(u)) path.unshift(u);
        return [start, ...path];
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  throw new Error(`${start} is in a cycle but no path returns to it`);
}

export const formatCycle = (cycle) => cycle.join(' → ');

/**
 * The `lib` a tsconfig compiles with, `extends` followed (JSON with comments is fine: TypeScript
 * reads it), and what is wrong with it for code that runs outside browsers: a DOM lib, or no
 * `lib` at all (the default lib of a target includes the DOM).
 */
export function checkTsconfigLib(configPath) {
  const name = toPosix(path.relative(process.cwd(), configPath));
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) return [`${name}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`];
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configPath));
  if (!options.lib) return [`${name}: no "lib", so the target's default lib (which includes the DOM) applies`];
  const libs = options.lib.map((l) => path.basename(l));
  const dom = libs.filter((l) => /^lib\.dom\b/i.test(l));
  return dom.length > 0 ? [`${name}: "lib" includes ${dom.join(', ')} (lib: ${libs.join(', ')})`] : [];
}
