/**
 * The answer cache over a `ProxyStore`: answers kept as long as their upstream allows
 * (`cache_age`, `Cache-Control`), served stale for a while longer while one fetch revalidates
 * them, and concurrent requests for the same thing sharing one upstream fetch: within a process
 * through a map of promises, across instances through the store's claims.
 */
import { ProxyError } from './errors.js';
import type { CacheOptions, ProxyStore, StoredAnswer } from './store/store.js';

/** A freshly loaded value and how long it may be kept. */
export interface Loaded<T> {
  value: T;
  lifetime: Lifetime;
}

/** In seconds: fresh for `fresh` (0 = never stored), then served stale for `stale` more. */
export interface Lifetime {
  fresh: number;
  stale: number;
}

export type CacheOutcome = 'hit' | 'stale' | 'miss';

/**
 * An answer as the cache serves it: `answer` as stored (its JSON text, for the store and the edge
 * that writes it out) and, for internal users, `value()`: the value itself, never parsed from text
 * this process made.
 */
export interface Served<T> {
  answer: StoredAnswer;
  cache: CacheOutcome;
  value(): T;
  /**
   * A stale answer's refresh, started in the background: settles when it is done. A runtime that ends
   * a request's work with its response (Workers) must be told to wait for it (`waitUntil`).
   */
  refreshing?: Promise<unknown>;
}

/** An answer and its value, before the outcome is known: what a load (shared by the requests waiting for it) gives. */
type Made<T> = Omit<Served<T>, 'cache'>;

/** How often a waiting instance looks whether the instance holding the claim has stored the answer. */
const POLL_MS = 25;

export class AnswerCache {
  readonly #store: ProxyStore;
  readonly #enabled: boolean;
  /** How long a claim holds: the longest an upstream fetch may take. */
  readonly #claimMs: number;
  readonly #inFlight = new Map<string, Promise<Made<unknown>>>();
  /** Keys whose claim this instance holds (a task that never finished leaves its claim here). */
  readonly #held = new Set<string>();

  constructor(store: ProxyStore, enabled: boolean, claimMs: number) {
    this.#store = store;
    this.#enabled = enabled;
    this.#claimMs = claimMs;
  }

  async get<T>(key: string, load: () => Promise<Loaded<T>>): Promise<Served<T>> {
    if (!this.#enabled) return served(await made(await load()), 'miss');
    const stored = await this.#read(key);
    const now = Date.now();
    if (stored && now < stored.freshUntil) return served(fromStore(stored), 'hit');
    if (stored && now < stored.staleUntil) {
      return { ...served(fromStore(stored), 'stale'), refreshing: this.#revalidate(key, load) };
    }
    for (let shared; (shared = this.#inFlight.get(key) as Promise<Made<T>> | undefined); ) {
      try {
        return served(await shared, 'miss');
      } catch (error) {
        // The upstream's answer (a ProxyError) is every waiter's answer. Anything else is the sharer's own
        // end: a refresh that found another instance on it, or the promise of a request that has ended
        // (Workers settle a promise only in the request that made it, so a refresh not handed to
        // `waitUntil` fails for everyone else, for good). Then load here (or wait for the first waiter
        // that does), taking back a claim the dead task held.
        if (error instanceof ProxyError) throw error;
        if (this.#inFlight.get(key) === shared) {
          this.#inFlight.delete(key);
          if (this.#held.has(key)) await this.#release(key);
        }
      }
    }
    const pending = this.#waitOrLoad(key, load).finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, pending);
    return served(await pending, 'miss');
  }

  /**
   * Refreshes a stale answer in the background, if no fetch for it is under way here or elsewhere.
   * Returns the refresh (it never rejects), or nothing when none was started.
   */
  #revalidate<T>(key: string, load: () => Promise<Loaded<T>>): Promise<unknown> | undefined {
    if (this.#inFlight.has(key)) return undefined;
    const pending = this.#claim(key).then((claimed) => {
      if (!claimed) throw new Error('revalidated elsewhere');
      return this.#loadAndStore(key, load);
    });
    this.#inFlight.set(key, pending);
    // A failed revalidation leaves the stale answer in place until it expires.
    return pending.catch(() => undefined).finally(() => this.#inFlight.delete(key));
  }

  /** Loads the answer, unless another instance holds the claim: then waits for its answer (bounded). */
  async #waitOrLoad<T>(key: string, load: () => Promise<Loaded<T>>): Promise<Made<T>> {
    const deadline = Date.now() + this.#claimMs;
    for (let waited = false; ; waited = true) {
      if (await this.#claim(key)) {
        // The instance we waited for may have stored the answer and released its claim since our last look.
        const stored = waited ? await this.#read(key) : undefined;
        if (stored && Date.now() < stored.staleUntil) {
          await this.#release(key);
          return fromStore(stored);
        }
        return this.#loadAndStore(key, load);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const stored = await this.#read(key);
      if (stored && Date.now() < stored.staleUntil) return fromStore(stored);
      // The instance holding the claim is gone or stuck: fetch here rather than fail.
      if (Date.now() > deadline) return made(await load());
    }
  }

  /** Loads, stores (unless the upstream forbids it) and gives the claim back, whatever happens. */
  async #loadAndStore<T>(key: string, load: () => Promise<Loaded<T>>): Promise<Made<T>> {
    try {
      const fresh = await made(await load());
      const { answer } = fresh;
      if (answer.freshUntil > Date.now()) await this.#store.set(key, answer).catch(() => undefined);
      return fresh;
    } finally {
      await this.#release(key);
    }
  }

  // A store that fails (an outage the store itself does not absorb) costs the cache, never the request.
  #read(key: string): Promise<StoredAnswer | undefined> {
    return this.#store.get(key).catch(() => undefined);
  }

  async #claim(key: string): Promise<boolean> {
    const claimed = await this.#store.claim(key, this.#claimMs).catch(() => true);
    if (claimed) this.#held.add(key);
    return claimed;
  }

  async #release(key: string): Promise<void> {
    this.#held.delete(key);
    await this.#store.release(key).catch(() => undefined);
  }
}

function served<T>({ answer, value }: Made<T>, cache: CacheOutcome): Served<T> {
  return { answer, cache, value };
}

/** A value just loaded, with its answer: the value is the loaded one itself. */
async function made<T>(loaded: Loaded<T>): Promise<Made<T>> {
  return { answer: await storedAnswer(loaded), value: () => loaded.value };
}

/**
 * An answer read from the store: the store keeps text (the only form Redis and a KV can hold), so
 * the value is read back from it, on first use (a cached answer written out as it is never needs it).
 */
function fromStore<T>(answer: StoredAnswer): Made<T> {
  let value: T | undefined;
  return { answer, value: () => (value ??= JSON.parse(answer.body) as T) };
}

/** A loaded value as it is stored and served: its JSON text, strong ETag and lifetime. */
export async function storedAnswer<T>({ value, lifetime }: Loaded<T>): Promise<StoredAnswer> {
  const body = JSON.stringify(value);
  const freshUntil = Date.now() + lifetime.fresh * 1000;
  return { body, etag: await strongEtag(body), freshUntil, staleUntil: freshUntil + (lifetime.fresh && lifetime.stale * 1000) };
}

/** A strong ETag: 128 bits of the body's SHA-256 (Web Crypto, so it runs on every runtime). */
export async function strongEtag(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  let binary = '';
  for (const byte of digest.subarray(0, 16)) binary += String.fromCharCode(byte);
  return `"${btoa(binary).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}"`;
}

/**
 * How long a result may be kept, in seconds: nothing when the upstream says `no-store`, `no-cache`
 * or `private`; else fresh for oEmbed's `cache_age`, else `s-maxage` / `max-age`, else the
 * default; then stale for the upstream's `stale-while-revalidate`, else as long again; each never
 * more than `maxTtl`.
 */
export function lifetime(
  cacheControl: string | null,
  cacheAge: number | undefined,
  options: Pick<Required<CacheOptions>, 'defaultTtl' | 'maxTtl'>,
): Lifetime {
  const directives = new Map(
    (cacheControl ?? '').split(',').map((directive) => {
      const [name = '', value] = directive.split('=');
      return [name.trim().toLowerCase(), value?.trim().replace(/^"|"$/g, '')];
    }),
  );
  if (directives.has('no-store') || directives.has('no-cache') || directives.has('private')) return { fresh: 0, stale: 0 };
  const stated = cacheAge ?? seconds(directives.get('s-maxage')) ?? seconds(directives.get('max-age'));
  const fresh = Math.min(stated ?? options.defaultTtl, options.maxTtl);
  return { fresh, stale: Math.min(seconds(directives.get('stale-while-revalidate')) ?? fresh, options.maxTtl) };
}

function seconds(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
