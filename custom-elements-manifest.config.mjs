// The custom-elements manifest (dist/custom-elements.json), the single source of the elements' API for
// editors and docs, and what is generated from it: VS Code custom data, JetBrains web-types, JSX types.
import { expandTypesPlugin, getTsProgram } from 'cem-plugin-expanded-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import { writeFrameworkTypes } from './scripts/framework-types.mjs';

/**
 * Only the events documented with `@fires` are the elements' events: the analyzer also reports the
 * base class's `dispatchEvent(new CustomEvent(type))` as an event named "type".
 */
const documentedEventsOnly = () => ({
  name: 'documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
      }
    }
  },
});

/** Attribute and property types as their values (`'vertical' | 'horizontal' | 'compact'`), not alias names. */
const expandedTypesAsTypes = () => ({
  name: 'expanded-types-as-types',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          if (item.expandedType?.text) item.type = { text: item.expandedType.text };
          delete item.expandedType;
        }
      }
    }
  },
});

/**
 * Finishes `post-embeds/jsx`: the generator imports a type once per element that uses it (a duplicate
 * identifier) and types attributes declared with `@attr` alone as `Element['undefined']`; both are mended
 * here. The entry is types only: an empty module beside them lets every resolver find it.
 */
const finishJsxTypes = () => ({
  name: 'finish-jsx-types',
  packageLinkPhase() {
    const file = 'dist/custom-elements-jsx.d.ts';
    const text = readFileSync(file, 'utf8')
      .replace(/import type \{([^}]*)\} from "\.\/index\.js";/, (_, names) => {
        const unique = [...new Set(names.split(',').map((name) => name.trim()).filter(Boolean))];
        return `import type { ${unique.join(', ')} } from "./index.js";`;
      })
      .replace(/\w+Element\["undefined"\]/g, 'string');
    writeFileSync(file, text);
    writeFileSync('dist/custom-elements-jsx.js', '// Types only: see custom-elements-jsx.d.ts.\nexport {};\n');
  },
});

/**
 * What the docs' API tables and editors show, as values a reader can use:
 * - a default written as a module constant (`limit = DEFAULT_LIMIT`) becomes the constant's literal value (`3`),
 *   on the member and on its attribute (the analyzer resolves the member's but copies the name to the attribute);
 * - an inherited member typed with the base class's type parameter (`.data: T | null`) gets the element's own
 *   type argument (`PostCardElement extends PostEmbedsElement<Post>` → `Post | null`).
 */
const resolvedDefaultsAndTypes = () => ({
  name: 'resolved-defaults-and-types',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      const source = readSource(mod.path);
      if (!source) continue;
      const constants = new Map(
        [...source.matchAll(/^(?:export )?const ([A-Z][A-Z0-9_]*)\s*(?::[^=]+)?=\s*([^;\n]+);/gm)]
          .filter(([, , value]) => /^(-?\d[\d_.]*|'[^']*'|"[^"]*"|true|false)$/.test(value.trim()))
          .map(([, name, value]) => [name, value.trim().replace(/_/g, '')]),
      );
      for (const declaration of mod.declarations ?? []) {
        const members = new Map((declaration.members ?? []).map((member) => [member.name, member]));
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          const own = item.fieldName ? members.get(item.fieldName)?.default : undefined;
          if (item.default && constants.has(item.default)) item.default = constants.get(item.default);
          else if (item.default && /^[A-Z][A-Z0-9_]*$/.test(item.default) && own && !constants.has(own)) item.default = own;
        }
        // The first type argument (`PostEmbedsElement<Post, FormatName>` → `Post`).
        const argument = new RegExp(`class ${declaration.name} extends (\\w+)<([^>{]+)>`).exec(source)?.[2]?.split(',')[0].trim();
        if (!argument) continue;
        for (const member of declaration.members ?? []) {
          if (member.inheritedFrom && member.type?.text && /\bT\b/.test(member.type.text)) {
            member.type = { text: member.type.text.replace(/\bT\b/g, argument) };
          }
        }
        }
      }
    },
  });

/**
 * Each element's `format` values. The base class types `format` by a type parameter (`F | 'auto'`), which the
 * analyzer cannot resolve: an element that declares its own (`declare format: 'auto' | 'json' | 'xml'` in
 * `<oembed-preview>`) gets those values, the others the adapters' names (`FormatName` in src/core/model.ts).
 */
const formatValuesPerElement = () => ({
  name: 'format-values-per-element',
  packageLinkPhase({ customElementsManifest }) {
    const formatName = /export type FormatName = ([^;]+);/.exec(readFileSync('src/core/model.ts', 'utf8'))[1].trim();
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.customElement) continue;
        const source = readFileSync(mod.path, 'utf8');
        const own = /\n\s*declare format: ([^;]+);/.exec(source)?.[1].trim();
        const description = own && /\/\*\* ([^\n]+?) \*\/\n\s*declare format/.exec(source)?.[1];
        // Inherited items may be one object shared by every element: each gets its own copy.
        const mend = (item) =>
          item.name === 'format' ? { ...item, type: { text: own ?? formatName }, ...(description && { description }) } : item;
        if (declaration.attributes) declaration.attributes = declaration.attributes.map(mend);
        if (declaration.members) declaration.members = declaration.members.map(mend);
      }
    }
  },
});

const readSource = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const globs = ['src/**/*.ts'];

export default {
  globs,
  exclude: ['src/server/**', 'src/generated/**'],
  outdir: 'dist',
  litelement: true,
  // The type checker lets the expanded-types plugin resolve aliases (`globs` here: the files found).
  overrideModuleCreation: ({ ts, globs: files }) =>
    getTsProgram(ts, files, 'tsconfig.json')
      .getSourceFiles()
      .filter((file) => files.some((name) => file.fileName.endsWith(name.replace(/^\.?\//, '')))),
  plugins: [
    documentedEventsOnly(),
    expandTypesPlugin({ hideLogs: true }),
    expandedTypesAsTypes(),
    resolvedDefaultsAndTypes(),
    formatValuesPerElement(),
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true }),
    // Types of props and events come from the package's own declarations (dist/index.d.ts).
    customElementJsxPlugin({ outdir: 'dist', fileName: 'custom-elements-jsx.d.ts', globalTypePath: './index.js', hideLogs: true }),
    finishJsxTypes(),
    // Each framework's own intrinsic props extended with the elements' (dist/types/*.d.ts).
    { name: 'framework-types', packageLinkPhase: ({ customElementsManifest }) => writeFrameworkTypes(customElementsManifest) },
  ],
};
