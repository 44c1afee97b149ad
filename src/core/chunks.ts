/**
 * On-demand chunks (`import()`) that a site may not serve: a self-hosted copy without that file, or a network
 * failure. Their failure becomes a `network` error, so the element shows its error state instead of "The
 * response could not be read" and nothing is left uncaught.
 */
import { PostEmbedsError } from '../shared/errors.js';

export const loadChunk = <T>(chunk: Promise<T>): Promise<T> =>
  chunk.catch((caught: Error) => {
    // The browser's message names the file ("Failed to fetch dynamically imported module: https://…").
    throw new PostEmbedsError('network', caught.message, { cause: caught });
  });
