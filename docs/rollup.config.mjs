// The docs site's element bundle: the package (dist/index.js) with Lit's hydration support, so the pages that
// Eleventy rendered server-side hydrate in place. Same plugins as the CDN build.
import { bundlePlugins } from '../rollup.config.mjs';

export default {
  input: 'docs/assets/elements.js',
  preserveEntrySignatures: 'allow-extension',
  plugins: bundlePlugins(),
  output: {
    dir: 'site/assets',
    format: 'es',
    entryFileNames: 'elements.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    assetFileNames: '[name]-[hash][extname]',
  },
};
