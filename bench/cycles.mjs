// The memory scenario: what 1,000 cards added to and removed from a page leave behind once garbage is
// collected. Cards are added ten at a time and given a frame to lay out (images included) before removal.

const CYCLES = 1000;
const FETCH_CYCLES = 300;
const BATCH = 10;

/** Runs in the page: `count` cards built by `make(i)`, BATCH at a time, each batch removed once `ready`. */
async function cycle(count, batch, make) {
  const root = document.querySelector('main');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  for (let i = 0; i < count; i += batch) {
    const cards = Array.from({ length: batch }, (_, j) => make(i + j));
    root.append(...cards);
    await Promise.all(cards.map((card) => new Promise((resolve) => {
      const done = () => (card.state === 'ready' || card.state === 'error' ? resolve() : setTimeout(done, 5));
      done();
    })));
    await frame();
    root.replaceChildren();
  }
  await frame();
}

/**
 * Heap and DOM nodes after GC: before, after 1,000 cards with an image (srcset and sizes), after 1,000 without,
 * and after 300 cards each fetching its own URL (the response cache's growth). Figures are deltas from the
 * empty page.
 */
export async function runCycles(tab, measure, base, scope) {
  const api = new URL(`/api/~${scope}`, base).href;
  const start = await measure();
  const delta = (now) => ({ heapKB: now.heapKB - start.heapKB, nodes: now.nodes - start.nodes });

  const withImage = (withImg) => `(i) => {
    const card = document.createElement('post-card');
    const image = ${withImg} ? { url: '${api}/uploads/2025/12/open-models-network.svg?i=' + i, width: 1200, height: 675, alt: '',
      candidates: [300, 768, 1024].map((w) => ({ url: '${api}/uploads/2025/12/open-models-network-' + w + 'x' + Math.round(w * 0.5625) + '.svg', width: w })) } : undefined;
    card.data = { id: String(i), title: 'A post ' + i, url: 'https://blog.example/' + i + '/', excerpt: 'An excerpt of the post.',
      published: '2025-12-02T09:30:00Z', readingTime: 5, authors: [{ name: 'Admin' }], terms: [], image };
    return card;
  }`;
  await tab.evaluate(`(${cycle})(${CYCLES}, ${BATCH}, ${withImage(true)})`);
  const image = delta(await measure());
  await tab.evaluate(`(${cycle})(${CYCLES}, ${BATCH}, ${withImage(false)})`);
  const both = delta(await measure());
  await tab.evaluate(`(${cycle})(${FETCH_CYCLES}, ${BATCH}, (i) => {
    const card = document.createElement('post-card');
    card.loading = 'eager';
    card.src = '${api}/wp-json/wp/v2/posts/42?_embed&n=' + i;
    return card;
  })`);
  const fetched = delta(await measure());
  return {
    withImage: image,
    withoutImage: { heapKB: both.heapKB - image.heapKB, nodes: both.nodes - image.nodes },
    fetchingDistinctUrls: { heapKB: fetched.heapKB - both.heapKB, nodes: fetched.nodes - both.nodes },
  };
}
