// Framework types generated from the custom-elements manifest (run by the analyzer's config, after the
// manifest is linked): each framework's own intrinsic-element props extended with every element's attributes,
// properties and events, so that `role`, `onClick`, `suppressHydrationWarning`, refs (React), `class`
// (Preact, Solid, Svelte) and the like keep their framework's types. One file per framework in dist/types/,
// each a module augmentation that a project loads with one import (see docs/guides/frameworks.md):
//   react.d.ts     React 19: attributes, properties (`data`, `formatter`) and lower-case events (`onload`)
//   react-18.d.ts  React 18: attributes only (React 18 sets no property and hears no event of a custom element)
//   preact.d.ts, solid.d.ts  Preact and Solid (Solid: `prop:data`, `on:load`)
//   vue.d.ts       Vue's GlobalComponents (checked by vue-tsc; `@load` typed per element)
//   svelte.d.ts    Svelte 5's `svelte/elements` (`onload` typed per element)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const EVENT_DETAIL = { loadstart: 'undefined', loadend: 'undefined', error: 'PostEmbedsErrorDetail' };

/** Each element of the manifest: its class, tag, attributes, settable properties without an attribute, events. */
export function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description,
        type: attribute.fieldName ? `${declaration.name}[${JSON.stringify(attribute.fieldName)}]` : (attribute.type?.text ?? 'string'),
        fieldName: attribute.fieldName,
      }));
      const properties = (declaration.members ?? [])
        .filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public')
        .filter((member) => !member.attribute)
        .map((member) => ({ name: member.name, description: member.description, type: `${declaration.name}[${JSON.stringify(member.name)}]` }));
      const events = (declaration.events ?? []).map((event) => ({
        name: event.name,
        description: event.description,
        detail: EVENT_DETAIL[event.name] ?? event.type?.text ?? 'unknown',
      }));
      elements.push({ className: declaration.name, tag: declaration.tagName, attributes, properties, events });
    }
  }
  return elements;
}

const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '');
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());

function imports(elements) {
  const names = new Set(['PostEmbedsErrorDetail']);
  for (const element of elements) {
    names.add(element.className);
    for (const event of element.events) if (/^\w+$/.test(event.detail) && event.detail !== 'undefined') names.add(event.detail);
  }
  return `import type { ${[...names].sort().join(', ')} } from '../index.js';\n`;
}

/**
 * A type per element: `<Class>Props` holding what `options` keeps (attributes as written or camelCased,
 * properties, events with a prefix and a case).
 */
function propsTypes(elements, { attributes = 'kebab', properties = '', events = 'on', eventCase = (name) => name } = {}) {
  let text = '';
  for (const element of elements) {
    text += `/** The attributes${properties !== false ? ', properties' : ''}${events ? ' and events' : ''} of \`<${element.tag}>\`. */\n`;
    text += `export interface ${element.className}Props {\n`;
    for (const attribute of element.attributes) {
      const name = attributes === 'camel' ? camel(attribute.name) : attribute.name;
      text += doc(attribute.description) + `  ${JSON.stringify(name)}?: ${attribute.type};\n`;
    }
    if (properties !== false) {
      for (const property of element.properties) text += doc(property.description) + `  ${JSON.stringify(properties + property.name)}?: ${property.type};\n`;
    }
    if (events) {
      for (const event of element.events) {
        text += doc(event.description) + `  ${JSON.stringify(events + eventCase(event.name))}?: (event: CustomEvent<${event.detail}>) => void;\n`;
      }
    }
    text += '}\n\n';
  }
  return text;
}

const HEADER = (what) => `// Generated from custom-elements.json by scripts/framework-types.mjs: ${what}. Do not edit.\n`;

export function frameworkTypes(manifest) {
  const elements = elementsOf(manifest);
  const head = imports(elements);
  const map = (valueOf) => elements.map((element) => `      ${JSON.stringify(element.tag)}: ${valueOf(element)};`).join('\n');
  const files = {};

  files['react'] = `${HEADER("React 19's JSX: `import 'post-embeds/types/react'` once")}import type * as React from 'react';
${head}
${propsTypes(elements)}declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${map((e) => `React.DetailedHTMLProps<Omit<React.HTMLAttributes<${e.className}>, keyof ${e.className}Props>, ${e.className}> & ${e.className}Props`)}
    }
  }
}
`;

  files['react-18'] = `${HEADER("React 18's JSX: `import 'post-embeds/types/react-18'` once. React 18 passes strings as attributes and sets no property and hears no event of a custom element, so only attributes are typed: use post-embeds/react for `data` and events")}import type * as React from 'react';
${head}
${propsTypes(elements, { properties: false, events: '' })}declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${map((e) => `React.DetailedHTMLProps<Omit<React.HTMLAttributes<${e.className}>, keyof ${e.className}Props>, ${e.className}> & ${e.className}Props`)}
    }
  }
}
`;

  files['preact'] = `${HEADER("Preact's JSX: `import 'post-embeds/types/preact'` once")}import type { JSX } from 'preact';
${head}
${propsTypes(elements)}declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${map((e) => `Omit<JSX.HTMLAttributes<${e.className}>, keyof ${e.className}Props> & ${e.className}Props`)}
    }
  }
}
`;

  files['solid'] = `${HEADER("Solid's JSX: `import 'post-embeds/types/solid'` once (properties as `prop:data`, events as `on:load`)")}import type { JSX } from 'solid-js';
${head}
${propsTypes(elements, { properties: 'prop:', events: 'on:' })}declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${map((e) => `Omit<JSX.HTMLAttributes<${e.className}>, keyof ${e.className}Props> & ${e.className}Props`)}
    }
  }
}
`;

  // Vue reads a custom element's template types from `$props` and `$emit` (Vue's guide, "Non-Vue Web Components
  // and TypeScript"); a props type given to DefineComponent would be read as runtime prop options instead.
  const eventMap = (e) => `{ ${e.events.map((event) => `${JSON.stringify(event.name)}: CustomEvent<${event.detail}>`).join('; ')} }`;
  files['vue'] = `${HEADER("Vue's templates, checked by vue-tsc: `import 'post-embeds/types/vue'` once (bind properties with `.prop`, listen with `@load`)")}import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${head}
${propsTypes(elements, { attributes: 'camel', events: 'on', eventCase: pascal })}/** A custom element as Vue's template checker sees it: its props, and its events for \`@name\`. */
type VueCustomElement<Element extends HTMLElement, Props, Events extends Record<string, Event>> = new () => Element & {
  /** @deprecated Template types only: not a property of the element. */
  $props: Omit<HTMLAttributes, keyof Props> & Props & PublicProps;
  /** @deprecated Template types only: not a property of the element. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${map((e) => `VueCustomElement<${e.className}, ${e.className}Props, ${eventMap(e)}>`).replace(/^ {6}/gm, '    ')}
  }
}
`;

  files['svelte'] = `${HEADER("Svelte 5's elements, checked by svelte-check: `import 'post-embeds/types/svelte'` once")}import type { HTMLAttributes } from 'svelte/elements';
${head}
${propsTypes(elements)}declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${map((e) => `Omit<HTMLAttributes<${e.className}>, keyof ${e.className}Props> & ${e.className}Props`).replace(/^ {6}/gm, '    ')}
  }
}
`;
  return files;
}

/** Writes dist/types/<framework>.d.ts, each with an empty module beside it so that every resolver finds it. */
export function writeFrameworkTypes(manifest, outdir = 'dist/types') {
  mkdirSync(outdir, { recursive: true });
  for (const [name, text] of Object.entries(frameworkTypes(manifest))) {
    writeFileSync(path.join(outdir, `${name}.d.ts`), text);
    writeFileSync(path.join(outdir, `${name}.js`), `// Types only: see ${name}.d.ts.\nexport {};\n`);
  }
}
