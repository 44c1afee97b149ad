/**
 * On-demand chunks (`import()`) that a site may not serve: a self-hosted copy without that file, or a network
 * failure. Their failure becomes a `network` error that names the file, so the element shows its error state
 * instead of "The response could not be read" and nothing is left uncaught.
 */
import { PostEmbedsError } from './errors.js';

export const loadChunk = <T>(chunk: Promise<T>): Promise<T> =>
  chunk.catch((caught: unknown) => {
    // Browsers name the file in their message ("Failed to fetch dynamically imported module: https://…").
    const url = /https?:\/\/\S+/.exec(String(caught))?.[0];
    throw new PostEmbedsError('network', `Could not load ${url ?? 'a post-embeds chunk'}.`, { url, cause: caught });
  });
