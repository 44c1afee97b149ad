// `npm run docs`: the documentation site, built into site/ with Eleventy 3 and served by `npm start` under /docs/.
// Our elements are rendered server-side by @lit-labs/eleventy-plugin-lit (the SSR path users take) from the
// built package (dist/index.js), then upgraded in the browser by the CDN bundle.
import litPlugin from '@lit-labs/eleventy-plugin-lit';
import syntaxHighlight from '@11ty/eleventy-plugin-syntaxhighlight';
import { escapeHtml, highlightHtml, slugify } from './lib/html.mjs';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['dist/index.js'] });
  // Fenced code blocks highlighted at build time (Prism's token classes, coloured by docs.css): no script runs.
  // Svelte components are HTML with script and style: Prism's markup grammar colours them.
  eleventyConfig.addPlugin(syntaxHighlight, {
    preAttributes: { dir: 'ltr' },
    init: ({ Prism }) => {
      Prism.languages.svelte = Prism.languages.html;
    },
  });
  // Copied as they are; assets/elements.js is then replaced by its bundle (docs/rollup.config.mjs, `npm run docs`).
  eleventyConfig.addPassthroughCopy({ 'docs/assets': 'assets' });
  eleventyConfig.addWatchTarget('dist/custom-elements.json');

  eleventyConfig.addFilter('escape', escapeHtml);
  eleventyConfig.addFilter('slug', slugify);
  eleventyConfig.addFilter('code', (text) => (text ? `<code dir="ltr">${escapeHtml(text)}</code>` : ''));
  // Manifest descriptions are Markdown-lite: backticks become <code>, the rest is escaped text.
  eleventyConfig.addFilter('md', (text = '') =>
    escapeHtml(text).replace(/`([^`]+)`/g, (_, code) => `<code dir="ltr">${code}</code>`).replace(/\n/g, ' '),
  );
  // A live example: the markup itself (rendered server-side by the Lit plugin, then upgraded), and its source.
  eleventyConfig.addPairedShortcode('example', (html, caption = '', attrs = '') => {
    const source = html.replace(/^\n+|\s+$/g, '');
    // An example's own classes (`class="scheme-dark"`) join the figure's: a second `class` attribute would be
    // dropped by the parser, and the example would render light.
    let classes = 'example';
    const rest = attrs.replace(/\s*\bclass="([^"]*)"/g, (_, more) => ((classes += ` ${more}`), '')).trim();
    return [
      `<figure class="${classes}"${rest ? ` ${rest}` : ''}>`,
      caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '',
      `<div class="example-live">${source}</div>`,
      `<pre class="example-code" dir="ltr"><code>${highlightHtml(source)}</code></pre>`,
      '</figure>',
    ].join('\n');
  });

  // Code blocks scroll sideways on narrow screens: keyboard users must be able to reach them.
  eleventyConfig.addTransform('focusable-code', (content, outputPath) =>
    outputPath?.endsWith('.html') ? content.replace(/<pre(?![^>]*tabindex)/g, '<pre tabindex="0"') : content,
  );

  // Markdown tables (a bare `<table>`) scroll inside their own box, as the element pages' do: a wide table must
  // not widen a phone's page (the proxy and performance guides did, by up to 383 px at 390 px).
  eleventyConfig.addTransform('scrolling-tables', (content, outputPath) =>
    outputPath?.endsWith('.html')
      ? content.replace(/<table>([\s\S]*?)<\/table>/g, '<div class="table-wrap" tabindex="0"><table>$1</table></div>')
      : content,
  );

  return {
    dir: { input: 'docs', output: 'site', includes: '_includes', data: '_data' },
    markdownTemplateEngine: 'njk',
    htmlTemplateEngine: 'njk',
    templateFormats: ['md', 'njk'],
  };
}
