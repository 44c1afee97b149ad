// Medians, ranges and per-round ratios for the bench table.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const digits = (value) => (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3);
const fmt = (value) => (value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits(value)));

/** `median (min–max)` of one metric over runs. */
export function summary(runs, metric) {
  const values = runs.map((run) => run[metric]).filter((value) => value !== undefined);
  if (!values.length) return '—';
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return min === max ? fmt(min) : `${fmt(median(values))} (${fmt(min)}–${fmt(max)})`;
}

/** The median of per-round ratios a/b (each round's runs share the machine's state). */
export function ratio(a, b, metric) {
  const ratios = a.map((run, i) => run[metric] / b[i][metric]).filter(Number.isFinite);
  return ratios.length ? `${fmt(median(ratios))}×` : '—';
}

const row = (cells, widths) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');

function section(title, variants, metrics, ratioPairs) {
  const names = Object.keys(variants);
  const header = ['metric', ...names, ...ratioPairs.map(([a, b]) => `${a}/${b}`)];
  const lines = metrics.map(([label, metric]) => [
    label,
    ...names.map((name) => summary(variants[name], metric)),
    ...ratioPairs.map(([a, b]) => ratio(variants[a], variants[b], metric)),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => String(line[i]).length)));
  return [title, row(header, widths), ...lines.map((line) => row(line, widths))].join('\n');
}

/** The printed table: one section per scenario. */
export function table(runs) {
  const cycles = {
    'with image': runs.cycles.map((run) => run.withImage),
    'without image': runs.cycles.map((run) => run.withoutImage),
    'fetching 300 URLs': runs.cycles.map((run) => run.fetchingDistinctUrls),
  };
  return [
    section('100 cards by id (lazy) vs static HTML', runs.cards, [
      ['first screen rendered, ms', 'firstScreenMs'],
      ['main-thread time, ms', 'mainThreadMs'],
      ['CLS', 'cls'],
      ['requests before scrolling', 'requestsBeforeScroll'],
      ['requests for all 100', 'requestsAll'],
      ['heap after GC, KB', 'heapKB'],
      ['DOM nodes', 'nodes'],
    ], [['elements', 'static'], ['deferred', 'static']]),
    section('\n20 video previews vs iframes vs lite-youtube-embed', runs.previews, [
      ['bytes, KB', 'bytesKB'],
      ['requests', 'requests'],
      ['third-party requests', 'thirdPartyRequests'],
      ['main-thread time, ms', 'mainThreadMs'],
      ['CLS', 'cls'],
    ], [['elements', 'iframes'], ['elements', 'lite']]),
    section('\nleft after 1,000 connect/disconnect cycles (after GC)', cycles, [
      ['heap, KB', 'heapKB'],
      ['DOM nodes', 'nodes'],
    ], []),
  ].join('\n');
}
