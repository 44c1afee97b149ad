// The CDN build: minified, production-mode ES modules with Lit inside, built from the tsc output
// (`npm run build:tsc` first). Two builds: `post-embeds.min.js`, one file with all four elements, and
// `autoloader.min.js` (each element once its tag appears), whose elements are chunks of its own that share a
// `shared` chunk. Code that the first render does not need loads on demand from dist/chunks/ (each build its
// own; identical chunks get identical names): locale translations, the oEmbed provider registry, the oEmbed
// frame (on activation), the JSON Feed, Ghost and native post readers (when such a body arrives), citation
// styles, CSL and exports. `dist/post-embeds.css` (the boxes of undefined elements) is minified from
// src/styles/post-embeds.css.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';
import { transform } from 'esbuild';
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
  // Lit's css`` throws, in its production build too, when a value interpolated into a css`` literal is not a css``
  // result, with advice about unsafeCSS() that costs about 50 B gzip in every bundle. Our literals interpolate
  // nothing; a page that extends an element's styles that way still gets the error and its first sentence.
  {
    name: 'lit-css-error-advice',
    transform: (code, id) =>
      id.includes('/node_modules/@lit/reactive-element/') && code.includes(ADVICE)
        ? { code: code.replace(ADVICE, '"'), map: null }
        : null,
  },
  // css`` literals: minified by esbuild as the stylesheet is (CSS_TARGET), then without the spaces esbuild keeps
  // inside custom properties and calc() around `*`, `/` and `,`, nor after a custom property's colon. Our css``
  // literals have no interpolation and no string or URL where such a space matters.
  {
    name: 'css-literals',
    async transform(code, id) {
      if (!id.includes('/dist/') || !/\bcss\s*`/.test(code)) return null;
      const literals = [...code.matchAll(/\bcss\s*`([^`$\\]*)`/g)];
      let out = '';
      let at = 0;
      for (const { 0: whole, 1: text, index } of literals) {
        const { code: min } = await transform(text, { loader: 'css', minify: true, target: CSS_TARGET });
        out += code.slice(at, index) + 'css`' + minifiedCss(min.trim()) + '`';
        at = index + whole.length;
      }
      return { code: out + code.slice(at), map: null };
    },
  },
  // Lit's html`` literals carry indentation and comments that no browser needs.
  minifyTemplateLiterals({ include: ['dist/**'], options: { shouldMinifyCSS: () => false } }),
  // Files referenced as `new URL('./file', import.meta.url)` (the sandboxed frame's height reporter) are
  // emitted beside the bundle and the reference rewritten to them.
  importMetaAssets(),
  terser({
    module: true,
    ecma: 2021,
    compress: { passes: 3 },
    format: { comments: false },
  }),
];

/** The sentence Lit's css`` appends to its error (css-tag.js, minified as published), from its `.` on. */
const ADVICE = `. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`;

const ELEMENTS = ['post-card', 'related-posts', 'source-citation', 'oembed-preview'];

/**
 * `manualChunks` for the autoloader's build: code that `<post-card>` and another element load up front (Lit, the
 * element core, tokens, the card template…) goes into `shared`, code that two or more of the others share into
 * `shared-more`; the rest stays with its element or its on-demand chunk. A page with only post cards (the most
 * common) then loads nothing it does not run. Rollup's default would split by every combination of elements:
 * a dozen small files, each compressed on its own, about 1 KB gzip more for a page with all four.
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
    const users = reachedBy.filter((reached) => reached.has(id)).length;
    if (users < 2) return undefined;
    return reachedBy[0].has(id) ? 'shared' : 'shared-more';
  };
}

/** Browsers the CSS is written for: nested rules stay nested (they are in every browser the elements run in). */
const CSS_TARGET = ['chrome120', 'firefox117', 'safari17.2'];

/** esbuild's minified CSS without the spaces it keeps around `*`, `/` and `,` and after a custom property's colon. */
const minifiedCss = (code) => code.replace(/ ?([*/,]) ?/g, '$1').replace(/(--[\w-]+): /g, '$1:');

/** Emits `dist/post-embeds.css`, minified, from src/styles/post-embeds.css. */
const stylesheet = () => ({
  name: 'post-embeds-css',
  async generateBundle() {
    const source = 'src/styles/post-embeds.css';
    this.addWatchFile(source);
    const { code } = await transform(readFileSync(source, 'utf8'), { loader: 'css', minify: true, target: CSS_TARGET });
    // esbuild keeps the spaces inside custom properties and calc(): none is needed around `*`, `/` and `,`
    // (the file has no string or URL where one matters), nor after a custom property's colon.
    const minified = minifiedCss(code);
    this.emitFile({ type: 'asset', fileName: 'post-embeds.css', source: minified });
  },
});

const output = {
  dir: 'dist',
  format: 'es',
  entryFileNames: '[name].min.js',
  chunkFileNames: 'chunks/[name]-[hash].min.js',
  assetFileNames: 'assets/[name]-[hash][extname]',
  sourcemap: true,
};

export default [
  {
    // One file: every module the four elements load up front is in the entry; only import() makes chunks.
    input: { 'post-embeds': 'dist/index.js' },
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      // Chunk names carry a hash: without this, every build would leave the previous ones beside the new.
      { name: 'clean-chunks', buildStart: () => ['dist/chunks', 'dist/assets'].forEach((dir) => rmSync(dir, { recursive: true, force: true })) },
      ...bundlePlugins(),
      stylesheet(),
    ],
    output,
  },
  {
    // The autoloader's elements, each a chunk of its own, with what two or more of them need in `shared`. A page
    // that loads both scripts defines each tag once: the first script to register a tag wins, the other copy
    // leaves it (PostEmbedsElement.define).
    input: { autoloader: 'dist/autoloader.js' },
    preserveEntrySignatures: 'allow-extension',
    plugins: bundlePlugins(),
    output: { ...output, manualChunks: sharedChunk() },
  },
];
