/**
 * The one exception to sandboxing provider HTML (CONTRACT, security invariant 3): when a provider's
 * `html` is nothing but a plain `<iframe src="https://…">` pointing at a well-known player, the player
 * is loaded directly, re-created from its URL alone (none of the provider's attributes are copied).
 * Players keep working as their owners intend (fullscreen, their own cookies) without a sandbox of ours.
 */
import { positiveInteger, plainText } from '../../shared/fields.js';
import { safeHttpUrl } from '../../shared/url.js';
import { parseInertHtml } from '../../core/html-to-text.js';
import { EMBED_PERMISSIONS } from './permissions.js';

/** A player that may be framed directly. */
export interface ProviderIframe {
  /** https URL of the player. */
  src: string;
  width?: number;
  height?: number;
  /** The player's accessible name, from the provider's `title` attribute. */
  title?: string;
  /** The player starts playing when asked with `autoplay=1` (YouTube, Vimeo). */
  autoplay?: boolean;
}

interface TrustedPlayer {
  /** Domains of the provider: its `provider_url` must be on one of them (or a subdomain). */
  sites: readonly string[];
  /** Hosts that serve the provider's player pages. */
  hosts: readonly string[];
  /** Paths of player pages on those hosts. */
  path: RegExp;
  /** A host to load the same player from instead: YouTube's privacy-enhanced twin sets no cookies until play. */
  privacyHost?: string;
  /** The player starts playing with `autoplay=1` (allowed by `allow="autoplay"`): one click plays. */
  autoplay?: boolean;
}

const TRUSTED_PLAYERS: readonly TrustedPlayer[] = [
  {
    sites: ['youtube.com', 'youtube-nocookie.com'],
    hosts: ['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com'],
    path: /^\/embed\//,
    privacyHost: 'www.youtube-nocookie.com',
    autoplay: true,
  },
  { sites: ['vimeo.com'], hosts: ['player.vimeo.com'], path: /^\/video\//, autoplay: true },
  { sites: ['dailymotion.com'], hosts: ['www.dailymotion.com', 'geo.dailymotion.com'], path: /^\/(?:embed\/video\/|player)/ },
  { sites: ['soundcloud.com'], hosts: ['w.soundcloud.com'], path: /^\/player\// },
  { sites: ['spotify.com'], hosts: ['open.spotify.com'], path: /^\/embed\// },
  { sites: ['codepen.io'], hosts: ['codepen.io'], path: /\/embed\// },
  { sites: ['ted.com'], hosts: ['embed.ted.com'], path: /^\/talks\// },
  { sites: ['loom.com'], hosts: ['www.loom.com'], path: /^\/embed\// },
];

/** Attributes that make an iframe something other than a plain player page (inline content, a sandbox it asked for). */
const NOT_PLAIN_ATTRIBUTES = ['srcdoc', 'sandbox'];

/** HTML's own whitespace (a `&nbsp;` is content). */
const HTML_WHITESPACE_ONLY = /^[\t\n\f\r ]*$/;

const isOnSite = (host: string, site: string) => host === site || host.endsWith(`.${site}`);

/** The lone element of `html`, when the rest is whitespace; `undefined` for anything else. */
function loneElement(html: string): Element | undefined {
  const document = parseInertHtml(html);
  const { head, body } = document;
  const nodes = Array.from(body.childNodes).filter(
    (node) => !(node.nodeType === Node.TEXT_NODE && HTML_WHITESPACE_ONLY.test((node as Text).data)),
  );
  // Anything the parser put beside <html> (a leading comment) or in <head> (meta, style…) is more than an iframe.
  const nothingElse = document.childNodes.length === 1 && head.childNodes.length === 0;
  return nothingElse && nodes.length === 1 && nodes[0] instanceof Element ? nodes[0] : undefined;
}

/**
 * The player of `html` when it is exactly one plain `<iframe src="https://…">` (whitespace around it
 * allowed) on a trusted player host that belongs to the provider (`providerUrl`, the oEmbed
 * `provider_url`); `undefined` otherwise, and the HTML goes to the sandboxed frame instead.
 * YouTube players are moved to www.youtube-nocookie.com.
 */
export function parseSingleProviderIframe(html: string, providerUrl: string | undefined): ProviderIframe | undefined {
  const providerHref = safeHttpUrl(providerUrl);
  const iframe = loneElement(html);
  if (!providerHref || iframe?.localName !== 'iframe') return undefined;
  if (NOT_PLAIN_ATTRIBUTES.some((name) => iframe.hasAttribute(name))) return undefined;
  // Protocol-relative player URLs (`//player.vimeo.com/…`) take the provider's scheme.
  const href = safeHttpUrl(iframe.getAttribute('src'), providerHref);
  if (!href) return undefined;
  const src = new URL(href);
  const providerHost = new URL(providerHref).hostname;
  const player = TRUSTED_PLAYERS.find(
    ({ sites, hosts, path }) =>
      sites.some((site) => isOnSite(providerHost, site)) && hosts.includes(src.hostname) && path.test(src.pathname),
  );
  if (!player || src.protocol !== 'https:') return undefined;
  if (player.privacyHost) src.hostname = player.privacyHost;
  return {
    src: src.href,
    width: positiveInteger(iframe.getAttribute('width')),
    height: positiveInteger(iframe.getAttribute('height')),
    title: plainText(iframe.getAttribute('title')),
    autoplay: player.autoplay,
  };
}

/**
 * The `<iframe>` of a player found by `parseSingleProviderIframe()`: lazy, with an explicit feature list
 * (`EMBED_PERMISSIONS`: no camera, microphone or geolocation; `autoplay` included) and a referrer that names
 * only the page's origin (some players refuse to play without one). `play`: the reader pressed play, and a
 * player that can (YouTube, Vimeo) gets `autoplay=1`, so one click plays.
 */
export function createProviderIframe({ src, width, height, title, autoplay }: ProviderIframe, play = false): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  if (play && autoplay) {
    const url = new URL(src);
    url.searchParams.set('autoplay', '1');
    src = url.href;
  }
  frame.allow = EMBED_PERMISSIONS;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  frame.loading = 'lazy';
  if (title) frame.title = title;
  if (width) frame.width = String(width);
  if (height) frame.height = String(height);
  frame.src = src;
  return frame;
}
