/**
 * Server rendering through hosts that drive `@lit-labs/ssr`'s `LitElementRenderer` themselves, as Astro's
 * `@astrojs/lit` (4.3) does: it calls `renderShadow()` with a render info that lacks the event-target and
 * slot stacks which `@lit-labs/ssr`'s own `render()` always provides, and `@lit-labs/ssr` (3.x and 4.x) then
 * throws `Cannot read properties of undefined (reading 'length')` at the first `<slot>` of a shadow template:
 * every element in its fallback state, `<related-posts>` and `<source-citation>` with their heading slot.
 *
 * On the server only (Lit's `isServer`), this module completes such a render info with empty stacks, which is
 * what `@lit-labs/ssr` starts from; a render info that has them is left alone. In a browser it is nothing:
 * `isServer` is `false` there and bundlers drop the branch. `@lit-labs/ssr` is not a dependency: when it is not
 * installed, there is nothing to complete.
 */
import { isServer, type PropertyValues, type ReactiveElement } from 'lit';

interface RenderInfo {
  eventTargetStack?: unknown[];
  slotStack?: unknown[];
}

interface RendererModule {
  LitElementRenderer?: { prototype: { renderShadow(renderInfo: RenderInfo): unknown } };
}

const COMPLETED = Symbol.for('post-embeds.render-info-completed');

function completeRenderInfo({ LitElementRenderer }: RendererModule): void {
  const prototype = LitElementRenderer?.prototype as (RendererModule['LitElementRenderer'] & object)['prototype'] & { [COMPLETED]?: true };
  if (!prototype || prototype[COMPLETED]) return;
  const renderShadow = prototype.renderShadow;
  prototype.renderShadow = function (this: unknown, renderInfo: RenderInfo) {
    renderInfo.eventTargetStack ??= [];
    renderInfo.slotStack ??= [];
    return renderShadow.call(this, renderInfo);
  };
  prototype[COMPLETED] = true;
}

// A specifier bundlers do not follow: the module is the host's, found at run time beside it.
const rendererModule = '@lit-labs/ssr/lib/lit-element-renderer.js';

/** Settles once the renderer is completed (or known absent); only tests wait for it. */
export const serverRenderInfo: Promise<void> | undefined = isServer
  ? import(/* @vite-ignore */ /* webpackIgnore: true */ /* turbopackIgnore: true */ rendererModule).then(completeRenderInfo, () => {})
  : undefined;

/** Each element class's property defaults, on the server. */
const serverDefaults = new WeakMap<object, Record<PropertyKey, unknown>>();

/**
 * On the server (the base element calls it from `willUpdate` when `isServer`): hosts that set attribute values
 * as properties (Astro's `@astrojs/lit` does for every name the class declares) would leave them out of the
 * markup, and the browser would get an element without its source. Each string or number property changed from
 * its default is written back as its attribute.
 */
export function attributesFromProperties(element: ReactiveElement, changed: PropertyValues): void {
  const type = element.constructor as typeof ReactiveElement;
  let defaults = serverDefaults.get(type);
  if (!defaults) serverDefaults.set(type, (defaults = new (type as unknown as new () => Record<PropertyKey, unknown>)()));
  for (const [name, { attribute }] of type.elementProperties) {
    const value = (element as unknown as Record<PropertyKey, unknown>)[name];
    const attributeName = typeof attribute === 'string' ? attribute : attribute === false ? undefined : String(name).toLowerCase();
    if (!attributeName || !changed.has(name) || value === defaults[name] || element.hasAttribute(attributeName)) continue;
    if (typeof value === 'string' || typeof value === 'number') element.setAttribute(attributeName, String(value));
  }
}
