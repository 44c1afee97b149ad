/**
 * The values the feed suites expect (test/fixtures/real/feeds/, SOURCES.md), read from their own files by rules
 * written here, never by our reader: feed-rs's `.serde.json` snapshots and rss-parser's expected output.
 */
import { api } from '../helpers.js';
import { decodeReferences } from './support.js';

type Json = Record<string, any>;

export interface Expected {
  /** feed-rs's entry id (the `guid`, Atom's `id`). */
  id?: string;
  title?: string;
  link?: string;
  date?: string;
}

/** HTML's text, for expected values (a `<template>` parses without running or loading anything). */
function htmlText(markup: string): string {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.textContent ?? '';
}
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A title as a reader sees it: references decoded (twice-written ones too), escaped markup reduced to its text. */
const titleText = (title: string) => collapse(decodeReferences(/<\/?[a-z][^<>]*>/i.test(title) ? htmlText(title) : title));
const absolute = (link: string | undefined, base: string) => {
  try {
    return link ? new URL(link.trim(), base).href : undefined;
  } catch {
    return undefined;
  }
};

/** feed-rs's snapshot: each entry's title, its first link that is an alternate (or has no `rel`), its dates. */
function feedRsItems(snapshot: Json, base: string): Expected[] {
  return snapshot.entries.map((entry: Json) => ({
    id: entry.id,
    title: entry.title ? titleText(entry.title.content) : undefined,
    link: absolute(entry.links.find((link: Json) => !link.rel || link.rel === 'alternate')?.href, base),
    date: entry.published ?? entry.updated ?? undefined,
  }));
}

/** rss-parser's expected output: each item's `title`, `link` and `isoDate`. */
function rssParserItems(output: Json, base: string): Expected[] {
  return output.feed.items.map((item: Json) => ({
    title: typeof item.title == 'string' ? titleText(item.title) : undefined,
    link: absolute(item.link, base),
    date: item.isoDate,
  }));
}

/** rss-parser wrote the expected output of its ISO-8859-1 feeds (`encoding.rss`) in that encoding. */
function expectedText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export const sameInstant = (a: string | undefined, b: string | undefined) => (a && b ? Date.parse(a) === Date.parse(b) : a === b);


/** The items the suite expects of `file` (`feed-rs/….xml`, `rss-parser/….rss`), or undefined when it has no expected file. */
export async function suiteItems(file: string, base: string): Promise<Expected[] | undefined> {
  const expectedFile = file.startsWith('feed-rs/') ? file.replace(/\.xml$/, '.serde.json') : file.replace(/\.(rss|atom)$/, '.json.expected');
  const response = await fetch(api(`real-feeds/${expectedFile}`));
  if (!response.ok) return undefined;
  const json = JSON.parse(expectedText(new Uint8Array(await response.arrayBuffer())));
  return file.startsWith('feed-rs/') ? feedRsItems(json, base) : rssParserItems(json, base);
}
