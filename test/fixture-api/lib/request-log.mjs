/**
 * The request log: how many times each `/api/…` path+query was requested since the last reset, so tests
 * can assert "fetched once" or "not fetched before the click". One log per server process.
 */

const counts = new Map();

export function recordRequest(pathAndQuery) {
  counts.set(pathAndQuery, (counts.get(pathAndQuery) ?? 0) + 1);
}

/** Every logged path+query with its count. */
export function loggedRequests() {
  return Object.fromEntries(counts);
}

/** Total requests whose path+query starts with `prefix`. */
export function countRequests(prefix) {
  let total = 0;
  for (const [key, count] of counts) if (key.startsWith(prefix)) total += count;
  return total;
}

/** Forgets the requests whose path+query starts with `prefix` (all of them by default). */
export function clearRequests(prefix = '') {
  for (const key of [...counts.keys()]) if (key.startsWith(prefix)) counts.delete(key);
}
