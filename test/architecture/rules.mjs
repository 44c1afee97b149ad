/**
 * The import rules of src/ as data (issue 22): which room a file is in, and which rooms and
 * packages it may import. imports.test.mjs checks src/ against this table; ARCHITECTURE.md can
 * quote it. Change the table, not the checker, when the layout changes.
 *
 * Reading the table:
 * - `files`: paths relative to src/. `dir/**` is everything under dir/, `*` a file directly in
 *   src/, anything else one exact file. **The first row that matches names the room**, so the
 *   server's three entry files and its node/ and store/ folders come before the server root.
 * - `rooms`: the rooms a file of this room may import (its own room is listed when allowed).
 * - `packages`: bare specifiers it may import. `name` allows the package and its subpaths
 *   (`lit` allows `lit/directives/if-defined.js`), `@scope/*` a scope, `node:*` Node's built-ins
 *   (`fs` without the prefix counts as `node:fs`), `*` any npm package. `notPackages` wins over
 *   `packages`. `post-embeds` is denied where `*` is allowed: importing our own package by name
 *   would hide the edge from the graph (and `post-embeds/server` would smuggle the proxy in).
 * - `dom: false`: the room runs outside browsers, so its code may not name a DOM global
 *   (DOM_GLOBALS) and may not pull in the DOM lib with `/// <reference lib="dom" />`.
 * Besides the table: no relative import may point at a missing file, no `import()` may have a
 * computed specifier (the graph could not follow it; a row with `computedImport: true` allows it), and no import cycle anywhere, type-only
 * and dynamic imports included.
 */

const LIT = ['lit', '@lit/*'];
// What every element room may import besides itself.
const ELEMENT = ['shared', 'core', 'styles', 'generated'];
// The server in rooms: root files (runtime-neutral: handler, options, cache, upstream, …) may
// import store/ (the store interface, the default memory store) but never node/; store/ never
// imports node/; only the thin entry files that the exports map names for Node
// (post-embeds/server/node, /cli, /redis) reach into node/. src/server/index.ts is a root file.
const SERVER_PACKAGES = { packages: ['node:*', '*'], notPackages: [...LIT, 'post-embeds'], dom: false };
const BROWSER_ROOMS = ['shared', 'core', 'styles', 'generated', 'post-card', 'related-posts', 'source-citation', 'oembed-preview'];

export const ROOMS = [
  { room: 'shared', files: ['shared/**'], rooms: ['shared'], packages: ['htmlparser2'], dom: false },
  // The one computed import(): on the server, the SSR host's own `@lit-labs/ssr` (not our dependency), found at
  // run time beside it so that no bundler follows it (core/ssr-render-info.ts says why).
  { room: 'core', files: ['core/ssr-render-info.ts'], rooms: ['shared', 'core', 'generated'], packages: LIT, computedImport: true },
  { room: 'core', files: ['core/**'], rooms: ['shared', 'core', 'generated'], packages: LIT },
  { room: 'styles', files: ['styles/**'], rooms: ['styles'], packages: ['lit'] },
  { room: 'generated', files: ['generated/**'], rooms: ['generated'], packages: ['@lit/localize'] },
  { room: 'post-card', files: ['post-card/**'], rooms: [...ELEMENT, 'post-card'], packages: LIT },
  // related-posts renders post cards with post-card's template and styles.
  { room: 'related-posts', files: ['related-posts/**'], rooms: [...ELEMENT, 'related-posts', 'post-card'], packages: LIT },
  { room: 'source-citation', files: ['source-citation/**'], rooms: [...ELEMENT, 'source-citation'], packages: LIT },
  { room: 'oembed-preview', files: ['oembed-preview/**'], rooms: [...ELEMENT, 'oembed-preview'], packages: LIT },
  {
    room: 'server-entry',
    files: ['server/node.ts', 'server/cli.ts', 'server/store-redis.ts'],
    rooms: ['server-entry', 'server', 'server-store', 'server-node', 'shared'],
    ...SERVER_PACKAGES,
  },
  { room: 'server-node', files: ['server/node/**'], rooms: ['server', 'server-store', 'server-node', 'shared'], ...SERVER_PACKAGES },
  { room: 'server-store', files: ['server/store/**'], rooms: ['server', 'server-store', 'shared'], ...SERVER_PACKAGES },
  { room: 'server', files: ['server/**'], rooms: ['server', 'server-store', 'shared'], ...SERVER_PACKAGES },
  // The browser entries (index.ts, elements.ts, react.ts, autoloader.ts, …) never import the proxy.
  { room: 'entry', files: ['*'], rooms: ['entry', ...BROWSER_ROOMS], packages: ['node:*', '*'], notPackages: ['post-embeds'] },
];

/** Globals that exist only in browsers: naming one outside a `dom: false` room's local scope fails. */
export const DOM_GLOBALS = ['document', 'window', 'DOMParser', 'HTMLElement', 'customElements', 'ShadowRoot'];
