/**
 * Pages that load the CDN build (`npm run build` writes it to dist/) the way a site does, in an iframe.
 * web-test-runner.config.mjs serves dist/ under `/cdn/`, and under `/cdn/~without-<names>/` without the chunks
 * whose names are listed (comma-separated): a self-hosted copy that lacks those files.
 */
import { waitUntil } from '@open-wc/testing';

export interface Recorded {
  uncaught: string[];
  warnings: string[];
}

export interface CdnPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { recorded: Recorded };
  doc: Document;
  /** The chunk files (`post-card-…`, `shared-…`) the page requested, by name without the hash. */
  chunks(): string[];
}

export interface CdnPageOptions {
  /** The script the page loads: `post-embeds.min.js` (default) or `autoloader.min.js`; or several. */
  scripts?: string[];
  /** Chunk names the server leaves out. */
  without?: string[];
  lang?: string;
  dir?: string;
  /** The page's body. */
  body?: string;
  /** Where the build is served from (default: dist/ under `/cdn/`). */
  base?: string;
}

/** The name of a chunk URL without its hash: `…/chunks/zh-Hans--igJOq6N.min.js` → `zh-Hans`. */
export const chunkName = (url: string) => /\/chunks\/(.+)-[\w-]{8}\.min\.js$/.exec(new URL(url).pathname)?.[1];

export async function cdnPage({
  scripts = ['post-embeds.min.js'],
  without = [],
  lang = 'en',
  dir = 'ltr',
  body = '',
  base,
}: CdnPageOptions = {}): Promise<CdnPage> {
  const root = base ?? (without.length ? `/cdn/~without-${without.join(',')}/` : '/cdn/');
  const built = await fetch(`${root}${scripts[0]}`, { method: 'HEAD' });
  if (!built.ok) throw new Error(`${root}${scripts[0]} is not served: run \`npm run build\` first.`);
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frame.srcdoc = `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
    <script src="${new URL('./record.js', import.meta.url).pathname}"></script>
    ${scripts.map((script) => `<script type="module" src="${root}${script}"></script>`).join('')}
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CdnPage['win'];
  await waitUntil(() => win.recorded, 'the page started', { timeout: 8000 });
  return {
    frame,
    win,
    doc: frame.contentDocument!,
    chunks: () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => chunkName(entry.name))
        .filter((name): name is string => !!name),
  };
}
