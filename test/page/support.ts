/**
 * Pages of every kind for the elements: a colour scheme (the page's `color-scheme` and background), an
 * emulated OS preference, and one fixture of each element × layout in each state.
 */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { PostEmbedsElement, LoadState } from '../../src/core/post-embeds-element.js';
import { api, reach, wpRoot } from '../helpers.js';

export type Scheme = 'light' | 'dark';

/**
 * A light page declares nothing (as most pages do) on a white background; a dark page opts into dark with
 * `color-scheme: dark` on a dark background. Both set their own text colour, as pages do.
 */
const PAGES: Record<Scheme, { colorScheme: string; background: string; color: string }> = {
  light: { colorScheme: '', background: '#ffffff', color: '#1c1e21' },
  dark: { colorScheme: 'dark', background: '#131416', color: '#e8eaed' },
};

export function setPageScheme(scheme: Scheme): void {
  const { style } = document.documentElement;
  const page = PAGES[scheme];
  style.colorScheme = page.colorScheme;
  style.background = page.background;
  style.color = page.color;
}

export function resetPage(): void {
  document.documentElement.removeAttribute('style');
}

/**
 * Emulates the OS preference; resolves whether the page now sees it. Chromium emulates it through CDP.
 * Firefox over WebDriver BiDi has no such command (puppeteer: "CDP support is required"), so there only the
 * headless default (light) is tested and the OS-dark cases run in Chromium alone.
 */
export async function setOsScheme(scheme: Scheme): Promise<boolean> {
  if (!navigator.userAgent.includes('Firefox/')) await emulateMedia({ colorScheme: scheme });
  return matchMedia(`(prefers-color-scheme: ${scheme})`).matches;
}

/** Each element in each of its layouts: the tag's attributes for a ready fixture. */
export interface Case {
  name: string;
  /** Renders the element, loading `source` (ready, hang for loading, 404 for error). */
  render: (state: LoadState) => TemplateResult;
}

const HANG = api('faults/hang');
const MISSING = api('faults/status/404');
const BBC = 'https://www.bbc.com/news/articles/c86v52gv726o';

/** `src` for a post source in a state: the post itself, one that never answers, or one that is gone. */
const postSrc = (state: LoadState, ready: string) => (state === 'loading' ? HANG : state === 'error' ? MISSING : ready);

export const CASES: Case[] = [
  ...(['vertical', 'horizontal', 'compact'] as const).map((layout) => ({
    name: `post-card ${layout}`,
    render: (state: LoadState) =>
      html`<post-card src=${postSrc(state, api('wp-json/wp/v2/posts/42?_embed'))} layout=${layout} loading="eager"
        ><a href="https://florin.blog/">Florin.blog</a></post-card
      >`,
  })),
  ...(['list', 'grid', 'adjacent'] as const).map((layout) => ({
    name: `related-posts ${layout}`,
    render: (state: LoadState) =>
      state === 'ready'
        ? html`<related-posts endpoint=${wpRoot} post-id="42" layout=${layout} loading="eager"></related-posts>`
        : html`<related-posts src=${postSrc(state, '')} layout=${layout} loading="eager"
            ><a href="https://florin.blog/">Florin.blog</a></related-posts
          >`,
  })),
  {
    name: 'source-citation',
    render: (state: LoadState) =>
      state === 'ready'
        ? html`<source-citation loading="eager" href=${BBC} publisher="BBC News" section="Technology"></source-citation>`
        : html`<source-citation loading="eager" src=${postSrc(state, '')}
            ><a href=${BBC}>BBC News</a></source-citation
          >`,
  },
  ...(['link', 'video', 'photo'] as const).map((type) => ({
    name: `oembed-preview ${type}`,
    render: (state: LoadState) =>
      html`<oembed-preview
        src=${state === 'ready' ? `${api(`oembed/${type}`)}?url=${encodeURIComponent(`https://${type}.example/x`)}` : postSrc(state, '')}
        loading="eager"
        ><a href="https://florin.blog/">Florin.blog</a></oembed-preview
      >`,
  })),
];

/** Renders a case in a column (640 px by default) and waits for its state. */
export async function renderCase(item: Case, state: LoadState, width = 640, dir = 'ltr'): Promise<PostEmbedsElement<unknown>> {
  const host = await fixture<HTMLElement>(html`<div dir=${dir} style="inline-size: ${width}px">${item.render(state)}</div>`);
  const el = host.firstElementChild as PostEmbedsElement<unknown>;
  await reach(el, state, 8000);
  return el;
}
