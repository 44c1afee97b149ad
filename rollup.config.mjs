// The CDN build: minified, production-mode ES modules with Lit inside, built from the tsc output
// (`npm run build:tsc` first). Two entries, `post-embeds.min.js` (all four elements) and `autoloader.min.js`
// (each element once its tag appears), share their chunks in dist/chunks/. Code that the first render does not
// need loads on demand from there: locale translations, the oEmbed provider registry, the oEmbed frame (on
// activation), the JSON Feed, Ghost and native post readers (when such a body arrives), citation styles, CSL
// and exports.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** Shared by the CDN build and `npm run size`, so the measured bundles are the shipped ones. */
export const bundlePlugins = () => [
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  // `@lit/localize`'s package root also evaluates `configureLocalization()`'s runtime, which post-embeds never
  // calls (core/localization.ts installs its own `msg`). The generated locale modules import `str` from the
  // root, so without this their chunks would carry that runtime.
  {
    name: 'lit-localize-side-effect-free',
    transform: (code, id) =>
      id.includes('/node_modules/@lit/localize/') ? { code, map: null, moduleSideEffects: false } : null,
  },
  // Lit's html`` and css`` literals carry indentation and comments that no browser needs.
  minifyTemplateLiterals(),
  // Files referenced as `new URL('./file', import.meta.url)` (the sandboxed frame's height reporter) are
  // emitted beside the bundle and the reference rewritten to them.
  importMetaAssets(),
  terser({
    module: true,
    ecma: 2021,
    compress: { passes: 2 },
    format: { comments: false },
  }),
];

const ELEMENTS = ['post-card', 'related-posts', 'source-citation', 'oembed-preview'];

/**
 * `manualChunks` for the CDN build: code that two or more elements load up front (Lit, the element core,
 * tokens, the card template…) goes into one shared chunk; the rest stays with its element or its on-demand
 * chunk. Rollup's default would split it by every combination of elements using it: a dozen small files,
 * each compressed on its own, about 1 KB gzip more for a page with all four.
 */
function sharedChunk() {
  let reachedBy;
  return (id, { getModuleInfo }) => {
    reachedBy ??= ELEMENTS.map((name) => {
      const reached = new Set();
      const visit = (module) => {
        if (reached.has(module)) return;
        reached.add(module);
        for (const next of getModuleInfo(module)?.importedIds ?? []) visit(next);
      };
      visit(path.resolve(`dist/${name}.js`));
      return reached;
    });
    return reachedBy.filter((reached) => reached.has(id)).length > 1 ? 'shared' : undefined;
  };
}

export default {
  // One build with both entries, so the autoloader and the full bundle share their chunks: a page that
  // loads both downloads each element once and registers it once.
  input: { 'post-embeds': 'dist/index.js', autoloader: 'dist/autoloader.js' },
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    // Chunk names carry a hash: without this, every build would leave the previous ones beside the new.
    { name: 'clean-chunks', buildStart: () => ['dist/chunks', 'dist/assets'].forEach((dir) => rmSync(dir, { recursive: true, force: true })) },
    ...bundlePlugins(),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].min.js',
    chunkFileNames: 'chunks/[name]-[hash].min.js',
    assetFileNames: 'assets/[name]-[hash][extname]',
    sourcemap: true,
    manualChunks: sharedChunk(),
  },
};
