// The docs pages' elements: Lit's hydration support first, so the server-rendered shadow roots are hydrated
// (not rendered again), then the package entry registering all four elements. Bundled by docs/rollup.config.mjs.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/index.js';
