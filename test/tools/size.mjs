// `npm run size`: bundles each public entry point as a site would load it (minified, production Lit,
// dependencies included), prints raw and gzip bytes, and fails when a budget is exceeded.
// Chunks loaded on demand (locales, the oEmbed provider registry) are reported apart, not counted.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { bundlePlugins } from '../../rollup.config.mjs';

const KB = 1024;
const entries = [
  { name: 'post-embeds.min.js (all four, Lit, English)', input: 'dist/index.js', budget: 16 * KB },
  { name: '<post-card> alone', input: 'dist/post-card.js', budget: 10 * KB },
  { name: '<related-posts> alone', input: 'dist/related-posts.js' },
  { name: '<source-citation> alone', input: 'dist/source-citation.js' },
  { name: '<oembed-preview> alone', input: 'dist/oembed-preview.js', budget: 11 * KB },
  { name: 'Lit alone (reference)', input: 'lit', reference: true },
];

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const fmt = (bytes) => `${(bytes / KB).toFixed(2)} KB`.padStart(9);

let failed = false;
const chunks = new Map();
console.log(`${'bundle'.padEnd(46)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)}  budget (gzip)`);
for (const entry of entries) {
  if (!entry.reference && !existsSync(entry.input)) {
    console.log(`${entry.name.padEnd(46)} ${'—'.padStart(9)} ${'—'.padStart(9)}  (not built yet)`);
    continue;
  }
  const bundle = await rollup({
    input: entry.input,
    plugins: bundlePlugins(),
    preserveEntrySignatures: 'allow-extension',
    onwarn: (warning, warn) => warning.code !== 'CIRCULAR_DEPENDENCY' && warn(warning),
  });
  const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name].js' });
  await bundle.close();
  // What a page loads up front: the entry and every chunk it imports statically.
  const byName = new Map(output.map((file) => [file.fileName, file]));
  const upFront = new Set();
  const visit = (file) => {
    if (upFront.has(file)) return;
    upFront.add(file);
    for (const name of file.imports) visit(byName.get(name));
  };
  visit(output.find((file) => file.type === 'chunk' && file.isEntry));
  const code = [...upFront].map((file) => file.code).join('\n');
  const raw = Buffer.byteLength(code);
  const zipped = gzip(code);
  const over = entry.budget !== undefined && zipped > entry.budget;
  failed ||= over;
  const verdict = entry.budget === undefined ? 'reported' : `${over ? 'OVER' : 'ok'} (≤ ${fmt(entry.budget).trim()})`;
  console.log(`${entry.name.padEnd(46)} ${fmt(raw)} ${fmt(zipped)}  ${verdict}`);
  for (const file of output) {
    if (file.type === 'chunk' && !upFront.has(file)) chunks.set(file.name, file.code);
  }
}
if (chunks.size) {
  console.log('\nchunks loaded on demand (not counted above):');
  for (const [name, code] of [...chunks].sort()) {
    console.log(`  ${name.padEnd(44)} ${fmt(Buffer.byteLength(code))} ${fmt(gzip(code))}`);
  }
}
if (failed) {
  console.error('\nA bundle is over its budget.');
  process.exit(1);
}
