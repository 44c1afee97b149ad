/**
 * The vector corpus (vectors.json, provenance in SOURCES.md) and the part of it a run feeds.
 *
 * CI runs a sample: SAMPLE_SIZE vectors drawn with a seed that is the UTC date (YYYYMMDD), so each day runs
 * another sample and a week covers most of the corpus; a failure names its seed. `XSS_FULL=1 npm test`
 * (or `XSS_SEED=20261204`, or `XSS_VECTORS=owasp-001,mxss-002`) is read by web-test-runner.config.mjs and reaches the page through
 * `/__xss-run`, which answers `{ full, seed }`.
 */
export interface Vector {
  id: string;
  source: string;
  title: string;
  payload: string;
}

export const SAMPLE_SIZE = 20;

/** mulberry32: a small seeded generator, so a sample can be replayed from its seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Run {
  vectors: Vector[];
  total: number;
  full: boolean;
  seed: number;
}

/** The vectors of this run: all of them, or a sample drawn with the run's seed. */
export async function vectorsOfRun(): Promise<Run> {
  const [{ vectors }, run] = await Promise.all([
    fetch(new URL('./vectors.json', import.meta.url)).then((response) => response.json() as Promise<{ vectors: Vector[] }>),
    fetch('/__xss-run').then((response) => response.json() as Promise<{ full: boolean; seed?: number; only?: string[] }>),
  ]);
  const today = new Date();
  const seed = run.seed ?? today.getUTCFullYear() * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  if (run.only) return { vectors: vectors.filter((vector) => run.only!.includes(vector.id)), total: vectors.length, full: false, seed };
  if (run.full) return { vectors, total: vectors.length, full: true, seed };
  const random = seeded(seed);
  const shuffled = [...vectors];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  return { vectors: shuffled.slice(0, SAMPLE_SIZE), total: vectors.length, full: false, seed };
}
