/** Values computed from a fetched resource, once per resource. */
import type { FetchedResource } from './request.js';

const derivedValues = new WeakMap<FetchedResource, Map<string, unknown>>();

/**
 * A value computed once per fetched resource and `key`: fifty cards on one cached response normalize it
 * once. Cached resources are never mutated, so the value stays valid as long as the resource is cached.
 */
export function derive<T>(resource: FetchedResource, key: string, compute: () => T): T {
  let values = derivedValues.get(resource);
  if (!values) derivedValues.set(resource, (values = new Map()));
  if (!values.has(key)) values.set(key, compute());
  return values.get(key) as T;
}
