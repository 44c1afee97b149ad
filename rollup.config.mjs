// The CDN bundle: one minified, production-mode ES module with Lit inside, built from the tsc output
// (`npm run build:tsc` first). Code that the first render does not need stays in chunks beside it and loads
// on demand: locale translations, the oEmbed provider registry, the oEmbed frame (on activation), the JSON Feed,
// Ghost and native post readers (when such a body arrives), citation styles, CSL and exports.
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

export default {
  input: 'dist/index.js',
  // Lets the locale chunks import Lit from the entry itself, so the entry stays one self-contained file.
  preserveEntrySignatures: 'allow-extension',
  plugins: bundlePlugins(),
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'post-embeds.min.js',
    chunkFileNames: 'chunks/[name]-[hash].min.js',
    assetFileNames: 'assets/[name]-[hash][extname]',
    sourcemap: true,
  },
};
