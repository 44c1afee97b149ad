// The API tables' single source: dist/custom-elements.json (written by `npm run build`'s `cem analyze`).
// Each custom element becomes { tagName, className, description, attributes, properties, methods, events,
// slots, parts, cssProperties, cssStates }, with inherited members included and private ones left out.
import { readFile } from 'node:fs/promises';

const MANIFEST = new URL('../../dist/custom-elements.json', import.meta.url);

const isPublic = (member) => !member.static && !member.privacy && !member.name.startsWith('#');

export default async function () {
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
  const elements = {};
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const members = decl.members ?? [];
      const attributeFields = new Set((decl.attributes ?? []).map((a) => a.fieldName));
      elements[decl.tagName] = {
        tagName: decl.tagName,
        className: decl.name,
        module: mod.path,
        summary: decl.summary ?? '',
        description: decl.description ?? '',
        attributes: decl.attributes ?? [],
        // Properties without an attribute of their own (`.data`, `.error`, …): attributes are listed apart.
        properties: members.filter((m) => m.kind === 'field' && isPublic(m) && !attributeFields.has(m.name)),
        methods: members.filter((m) => m.kind === 'method' && isPublic(m)),
        events: decl.events ?? [],
        slots: decl.slots ?? [],
        parts: decl.cssParts ?? [],
        cssProperties: decl.cssProperties ?? [],
        cssStates: decl.cssStates ?? [],
      };
    }
  }
  return { schemaVersion: manifest.schemaVersion, elements };
}
