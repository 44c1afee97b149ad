// `npm run size` (with .size-limit.mjs): each element bundled on its own, as a site that imports
// `post-embeds/post-card.js` into its own build ships it, with the CDN build's plugins, into `.size/`
// (not part of the package). The CDN files themselves are measured where `npm run build` wrote them.
import { rmSync } from 'node:fs';
import { bundlePlugins } from './rollup.config.mjs';

const alone = ['post-card', 'related-posts', 'source-citation', 'oembed-preview'].map((name) => ({
  name,
  input: `dist/${name}.js`,
}));

export default [...alone, { name: 'lit', input: 'lit' }].map(({ name, input }) => ({
  input,
  preserveEntrySignatures: 'allow-extension',
  // A chunk that a build no longer emits must not stay behind from an earlier run.
  plugins: [{ name: 'clean', buildStart: () => rmSync(`.size/${name}`, { recursive: true, force: true }) }, ...bundlePlugins()],
  onwarn: (warning, warn) => warning.code !== 'CIRCULAR_DEPENDENCY' && warn(warning),
  output: { dir: `.size/${name}`, format: 'es', entryFileNames: `${name}.js`, chunkFileNames: '[name].js' },
}));
