/**
 * The checker of imports.test.mjs can fail: it is run here on small trees written to a temp dir,
 * each with known offences (an arrow up from shared/ to core/, a cycle of `import type`, a cycle
 * through `import()`, a dangling import, DOM globals, a DOM lib…), and must report exactly them:
 * every offence, and nothing that is not one (comments, locals and member names that look like DOM
 * globals, a folder's index.ts).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkDom, checkRules, checkTsconfigLib, findCycles, formatCycle, readGraph } from './import-graph.mjs';
import { ROOMS } from './rules.mjs';

const temp = mkdtempSync(path.join(tmpdir(), 'post-embeds-archtest-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function writeTree(name, files) {
  const root = path.join(temp, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const broken = writeTree('broken', {
  // An arrow up, a package shared/ may not use (through `export *`), a Node built-in without its prefix.
  'shared/up.ts': `import { b } from '../core/b.js';\nexport * from 'lit';\nimport { readFileSync } from 'fs';\nexport const up = [b, readFileSync];\n`,
  // A cycle of type-only imports.
  'core/b.ts': `import type { C } from './c.js';\nexport type B = { c?: C };\nexport const b = 1;\n`,
  'core/c.ts': `import type { B } from './b.js';\nexport type C = { b?: B };\n`,
  // A cycle through a dynamic import.
  'core/d.ts': `export const load = () => import('./e.js');\n`,
  'core/e.ts': `import { load } from './d.js';\nexport const again = load;\n`,
  // A file that imports itself (a type query).
  'core/self.ts': `export type Me = typeof import('./self.js');\n`,
  // A dangling import and an import() the graph cannot follow.
  'core/f.ts': `import './missing.js';\nexport const f = (name: string) => import(name);\n`,
  // An arrow from core/ to an element, and one from an element to another.
  'core/events.ts': `import type { Data } from '../related-posts/data.js';\nexport type E = Data;\n`,
  'related-posts/data.ts': `import { card } from '../post-card/card.js';\nexport type Data = typeof card;\n`,
  'post-card/card.ts': `import { html } from 'lit';\nimport { d } from '../source-citation/d.js';\nexport const card = [html, d];\n`,
  'source-citation/d.ts': `export const d = 1;\n`,
  // The server: core, lit, its own package by name, a root file reaching into node/, store/ into node/.
  'server/index.ts': `export * from './handler.js';\n`,
  'server/handler.ts': `import { b } from '../core/b.js';\nimport { html } from 'lit';\nimport { fetch } from 'undici';\nimport { listen } from './node/listen.js';\nimport { memory } from './store/memory.js';\nexport const handler = [b, html, fetch, listen, memory];\n`,
  'server/store/memory.ts': `import type { Options } from '../options.js';\nimport { listen } from '../node/listen.js';\nexport const memory = (o: Options) => [o, listen];\n`,
  'server/options.ts': `export type Options = { ttl: number };\n`,
  'server/node/listen.ts': `import { createServer } from 'node:http';\nimport 'post-embeds/server';\nexport const listen = createServer;\n`,
  'server/node.ts': `export { listen } from './node/listen.js';\n`,
  // DOM: one real use per line marked "yes"; the rest look alike but are not globals.
  'server/dom.ts': [
    `// window and document in a comment do not count`,
    `const text = 'document.title';`,
    `export const title = () => document.title; // yes`,
    `export type Host = HTMLElement; // yes`,
    `export const g = globalThis.customElements; // yes`,
    `export const ok = (window: number, o: { document: string; ShadowRoot(): void }) => [window, o.document, text];`,
    `export const parse = (json: string) => { let document: unknown = JSON.parse(json); return document; };`,
    `export const member = { DOMParser: 1 };`,
    `import type { Agent } from 'undici';`,
    `export const unresolved = (agent: Agent) => agent.window; // a member of a type the check cannot see`,
  ].join('\n'),
  'shared/lib.ts': `/// <reference lib="dom" />\nexport const x = 1;\n`,
  // A browser entry importing the proxy, and a file in no room.
  'index.ts': `export * from './server/index.js';\nexport * from './core/b.js';\n`,
  'misc/stray.ts': `export const stray = 1;\n`,
});

describe('the import checker, on a tree with known offences', () => {
  const graph = readGraph(broken);

  it('reports every broken rule, and only those', () => {
    assert.deepEqual(checkRules(graph, ROOMS), [
      'core/events.ts → related-posts/data.ts (core may not import related-posts)',
      'core/f.ts → ./missing.js (dangling: no such file)',
      'core/f.ts:2 → import(…) (computed specifier: the graph cannot follow it)',
      'index.ts → server/index.ts (entry may not import server)',
      'misc/stray.ts (in no room: add a row to test/architecture/rules.mjs)',
      'post-card/card.ts → source-citation/d.ts (post-card may not import source-citation)',
      'server/handler.ts → core/b.ts (server may not import core)',
      'server/handler.ts → lit (server may not import package lit)',
      'server/handler.ts → server/node/listen.ts (server may not import server-node)',
      'server/node/listen.ts → post-embeds/server (server-node may not import package post-embeds/server)',
      'server/store/memory.ts → server/node/listen.ts (server-store may not import server-node)',
      'shared/up.ts → core/b.ts (shared may not import core)',
      'shared/up.ts → lit (shared may not import package lit)',
      'shared/up.ts → node:fs (shared may not import package node:fs)',
    ]);
  });

  it('reports DOM globals and the DOM lib in shared/ and server/, not look-alikes', () => {
    assert.deepEqual(checkDom(graph, ROOMS), [
      'server/dom.ts:3 → document (server runs outside browsers: no DOM global)',
      'server/dom.ts:4 → HTMLElement (server runs outside browsers: no DOM global)',
      'server/dom.ts:5 → customElements (server runs outside browsers: no DOM global)',
      'shared/lib.ts → lib dom (shared runs outside browsers: no DOM lib)',
    ]);
  });

  it('reports each cycle: type-only, dynamic, and a file importing itself', () => {
    const cycles = findCycles(graph).flatMap((c) => c.cycles.map(formatCycle));
    assert.deepEqual(cycles, ['core/b.ts → core/c.ts → core/b.ts', 'core/d.ts → core/e.ts → core/d.ts', 'core/self.ts → core/self.ts']);
  });
});

describe('the import checker, on a tree that keeps the rules', () => {
  const clean = writeTree('clean', {
    'shared/url.ts': `import { Parser } from 'htmlparser2';\nexport const safe = Parser;\n`,
    'core/pkg/index.ts': `export const p = 1;\n`,
    'core/g.ts': `export { p } from './pkg';\nimport type { safe } from '../shared/url.js';\nexport type S = typeof safe;\nexport const later = () => import('./pkg/index.js');\n`,
    'related-posts/list.ts': `import { html } from 'lit';\nimport { p } from '../core/g.js';\nimport { card } from '../post-card/card.js';\nexport const list = [html, p, card];\n`,
    'post-card/card.ts': `import { ifDefined } from 'lit/directives/if-defined.js';\nimport { msg } from '@lit/localize';\nexport const card = [ifDefined, msg];\n`,
    'server/index.ts': `import { memory } from './store/memory.js';\nimport { safe } from '../shared/url.js';\nexport const handler = [memory, safe];\n`,
    'server/store/memory.ts': `import type { Options } from '../options.js';\nexport const memory = (o?: Options) => o;\n`,
    'server/options.ts': `export type Options = { ttl: number };\n`,
    'server/node/listen.ts': `import { createServer } from 'node:http';\nimport { handler } from '../index.js';\nexport const listen = [createServer, handler];\n`,
    'server/cli.ts': `import { listen } from './node/listen.js';\nexport const main = async () => [listen, await import('./store-redis.js')];\n`,
    'server/store-redis.ts': `import Redis from 'ioredis';\nexport const redis = Redis;\n`,
    'index.ts': `export * from './related-posts/list.js';\nimport React from 'react';\nexport const r = React;\n`,
  });
  const graph = readGraph(clean);

  it('reports nothing', () => {
    assert.deepEqual(checkRules(graph, ROOMS), []);
    assert.deepEqual(checkDom(graph, ROOMS), []);
    assert.deepEqual(findCycles(graph), []);
  });

  it('follows a folder to its index.ts', () => {
    assert.deepEqual(graph.files.get('core/g.ts').imports.map((i) => i.target ?? i.package), ['core/pkg/index.ts', 'shared/url.ts', 'core/pkg/index.ts']);
  });
});

describe('the tsconfig check', () => {
  const root = writeTree('tsconfig', {
    'base.json': `{ "compilerOptions": { "lib": ["ES2022", "DOM"] } }\n`,
    'with-dom.json': `{\n  // comments and trailing commas are fine\n  "compilerOptions": { "lib": ["ES2022", "DOM", "DOM.Iterable"], },\n}\n`,
    'inherits-dom.json': `{ "extends": "./base.json" }\n`,
    'no-lib.json': `{ "compilerOptions": { "target": "ES2022" } }\n`,
    'node-only.json': `{ "extends": "./base.json", /* ours wins */ "compilerOptions": { "lib": ["ES2022"] } }\n`,
  });
  const check = (file) => checkTsconfigLib(path.join(root, file)).length;

  it('finds a DOM lib, written or inherited, and a missing lib', () => {
    assert.deepEqual(['with-dom.json', 'inherits-dom.json', 'no-lib.json', 'node-only.json'].map(check), [1, 1, 1, 0]);
  });
});
