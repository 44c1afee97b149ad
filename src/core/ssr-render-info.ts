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
import { isServer } from 'lit';

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
export const serverRenderInfo: Promise<void> = isServer
  ? import(/* @vite-ignore */ /* webpackIgnore: true */ /* turbopackIgnore: true */ rendererModule).then(completeRenderInfo, () => {})
  : Promise.resolve();
