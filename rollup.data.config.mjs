// `post-embeds/data` (dist/data/index.js): the elements' loaders and adapters for Node and other runtimes without a
// DOM, built from the tsc output (`npm run build:tsc` first) into one module. The alias map below swaps each
// browser module that needs a DOM for its twin in src/shared/ (same exports, no DOM), so the adapters themselves
// are shared unchanged; ARCHITECTURE.md ("Twins without a DOM") says how to add one. Dynamic imports (the JSON
// Feed, Ghost, CSL readers…) are inlined: Node has no reason to load them apart. htmlparser2 stays an import
// (an optional peer dependency that this entry needs).
import path from 'node:path';

/** Browser module (under dist/) → its DOM-free twin (under dist/). */
export const DOM_FREE_TWINS = {
  'core/html-to-text.js': 'shared/html-text-without-dom.js',
  'core/adapters/oembed-xml.js': 'shared/oembed-xml-without-dom.js',
  // RSS and Atom (core/adapters/feed.ts): the XML reader on htmlparser2's XML mode instead of DOMParser.
  'core/xml-parser.js': 'shared/xml-parser-without-dom.js',
};

const twins = () => ({
  name: 'dom-free-twins',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.')) return null;
    const resolved = path.relative(path.resolve('dist'), path.resolve(path.dirname(importer), source));
    const twin = DOM_FREE_TWINS[resolved.split(path.sep).join('/')];
    return twin ? path.resolve('dist', twin) : null;
  },
});

export default {
  input: 'dist/data.js',
  external: (id) => id === 'htmlparser2' || id.startsWith('htmlparser2/'),
  plugins: [twins()],
  output: { file: 'dist/data/index.js', format: 'es', inlineDynamicImports: true },
  onwarn(warning, warn) {
    if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
  },
};
