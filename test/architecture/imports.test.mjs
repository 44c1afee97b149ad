/**
 * The boundaries of src/ hold by themselves (issue 22, item 7): every import follows the table of
 * rooms in rules.mjs, shared/ and server/ name no DOM global, the server compiles without the DOM
 * lib, and no import cycle exists anywhere (type-only and dynamic imports included). Each failure
 * lists every offence at once, so one run shows the whole way to green.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { checkDom, checkRules, checkTsconfigLib, findCycles, formatCycle, readGraph } from './import-graph.mjs';
import { ROOMS } from './rules.mjs';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const graph = readGraph(src);
const report = (title, lines) => `${title} (paths under src/; rules in test/architecture/rules.mjs):\n  ${lines.join('\n  ')}`;

describe('the imports of src/', () => {
  it('are read: files and edges were found', () => {
    // Guards against a checker that passes because it read nothing (src/ moved, a glob broke).
    const edges = [...graph.files.values()].reduce((n, f) => n + f.imports.length, 0);
    assert.ok(graph.files.size >= 50 && edges >= 100, `read ${graph.files.size} files and ${edges} imports`);
  });

  it('follow the rules of the rooms', () => {
    const broken = checkRules(graph, ROOMS);
    if (broken.length > 0) assert.fail(report(`${broken.length} imports break the rules`, broken));
  });

  it('name no DOM global in rooms that run outside browsers', () => {
    const mentions = checkDom(graph, ROOMS);
    if (mentions.length > 0) assert.fail(report(`${mentions.length} DOM mentions`, mentions));
  });

  it('form no cycle, type-only and dynamic imports included', () => {
    const components = findCycles(graph);
    if (components.length === 0) return;
    const lines = components.flatMap(({ files, cycles }) => [
      `${files.length} files in one cycle: ${files.join(', ')}`,
      ...cycles.map((c) => `  ${formatCycle(c)}`),
    ]);
    assert.fail(report(`${components.length} import cycles`, lines));
  });
});

describe('the server tsconfig', () => {
  it('has no DOM in lib', () => {
    const problems = checkTsconfigLib(fileURLToPath(new URL('../../src/server/tsconfig.json', import.meta.url)));
    if (problems.length > 0) assert.fail(`the proxy must compile without the DOM:\n  ${problems.join('\n  ')}`);
  });
});
