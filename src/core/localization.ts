/**
 * UI strings through `@lit/localize`, without ever breaking an app that uses it too.
 *
 * Our strings are `msg()` calls with explicit `pe.*` ids, extracted to XLIFF (`xliff/`) and built into runtime
 * locale modules (`src/generated/locales/`) by `lit-localize`. `@lit/localize` lets one `msg` implementation be
 * installed per page (per copy of the module), so post-embeds:
 * - never installs one on import;
 * - installs its own only when asked to switch locale (`setLocale()`, or `<html lang>` naming a shipped locale
 *   once the page's own modules have run), and only if nobody did before;
 * - when the app configured `@lit/localize` first, leaves it alone: the app merges our translations into its own
 *   (`loadPostEmbedsLocale()`, see docs/guides/rtl-and-languages.md) and its `setLocale` re-renders our elements too.
 * The CDN bundle carries a private copy of `@lit/localize`, so there the two never meet.
 *
 * Our implementation is a few lines instead of `configureLocalization()`'s runtime because it only needs what
 * post-embeds uses (explicit ids, plain and `str` templates): the difference is about 1 KB gzip per bundle.
 */
import type { LocaleModule, StrResult } from '@lit/localize';
import { _installMsgImplementation, msg } from '@lit/localize/init/install.js';
// The identity implementation `msg` has until someone installs one: comparing with it tells whether an app
// already configured `@lit/localize` (the package offers no other way to ask).
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import { joinStringsAndValues, str } from '@lit/localize/internal/str-tag.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/**
 * `msg` and `str` for our templates. Imported from here rather than from the package root, which also
 * brings `configureLocalization()`'s runtime: its module-level code would keep it in every bundle
 * although post-embeds never calls it.
 */
export { msg, str };

type TargetLocale = (typeof targetLocales)[number];
export type Locale = TargetLocale | typeof sourceLocale;

/** The event `@lit/localize` dispatches on `window` as a locale loads and when it is ready; elements re-render on it. */
export const LOCALE_READY_EVENT = 'lit-localize-status';

const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fa: () => import('../generated/locales/fa.js'),
  fr: () => import('../generated/locales/fr.js'),
  he: () => import('../generated/locales/he.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
};

/** The shipped locales: `en` (source) and every translation. */
export const supportedLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

/**
 * The shipped locale that best serves a BCP 47 tag: the language alone (`ar-EG` → `ar`), with Chinese
 * mapped by script (`zh`, `zh-CN`, `zh-Hans-SG` → `zh-Hans`; `zh-TW` has no match).
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  try {
    const { language, script } = new Intl.Locale(tag!).maximize();
    return language === 'zh'
      ? script === 'Hans'
        ? 'zh-Hans'
        : undefined
      : supportedLocales.find((locale) => locale === language);
  } catch {
    return undefined;
  }
}

/** The translations of post-embeds' own strings for `locale`, for apps that configure `@lit/localize` themselves. */
export async function loadPostEmbedsLocale(locale: string): Promise<LocaleModule> {
  const matched = matchLocale(locale);
  return matched && matched !== sourceLocale ? loaders[matched]() : { templates: {} };
}

let installed = false;
let templates: LocaleModule['templates'] | undefined;
let active: Locale = sourceLocale;
let latestRequest = 0;

function install(): void {
  if (installed) return;
  if (msg !== defaultMsg) {
    throw new Error(
      'post-embeds: @lit/localize is configured by the app; use its setLocale() with loadPostEmbedsLocale() (README).',
    );
  }
  _installMsgImplementation(((template: string | StrResult, options?: { id?: string }) => {
    // Our ids map to plain strings and `str` templates whose values are the source values' positions.
    const localized = (options?.id ? templates?.[options.id] : undefined) as string | StrResult | undefined;
    if (typeof localized == 'string') return localized;
    // The source text, or the translation's strings with the source's values in the translation's order
    // (written out rather than calling defaultMsg(), which the extractor takes for a msg() call).
    return typeof template == 'string'
      ? template
      : joinStringsAndValues((localized ?? template).strings, template.values, localized?.values as number[]);
  }) as typeof msg);
  installed = true;
}

/**
 * Switches post-embeds' UI strings to `locale` (any BCP 47 tag; the closest shipped locale, English when none
 * fits). Resolves once the translations are loaded and elements re-render. Throws if the app configured
 * `@lit/localize` itself: then use the app's `setLocale`.
 */
export async function setLocale(locale: string): Promise<void> {
  install();
  const request = ++latestRequest;
  let next = matchLocale(locale) ?? sourceLocale;
  let module: LocaleModule | undefined;
  try {
    module = next === sourceLocale ? undefined : await loaders[next]();
  } catch (error) {
    // A copy without this translation's chunk: English, rather than a page of errors.
    console.warn(`post-embeds: no "${next}" strings, English instead.`, error);
    next = sourceLocale;
  }
  // A later call won while this one was loading.
  if (request !== latestRequest) return;
  templates = module?.templates;
  active = next;
  window.dispatchEvent(new CustomEvent(LOCALE_READY_EVENT, { detail: { status: 'ready', readyLocale: next } }));
}

/** The active UI locale of post-embeds (the app's, matched to ours, when the app configured `@lit/localize`). */
export function getLocale(): Locale {
  return active;
}

let followedDocument = false;

/**
 * Follows `<html lang>` once, when it names a shipped locale other than English. Deferred until the page's
 * own module scripts have run (after `DOMContentLoaded`), so an app that configures `@lit/localize` at
 * start-up gets there first and is left alone.
 */
export function followDocumentLocale(): void {
  if (followedDocument) return;
  followedDocument = true;
  // An app's own setLocale() switches our strings too: numbers and dates follow them.
  window.addEventListener(LOCALE_READY_EVENT, (event) => {
    const { status, readyLocale } = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
    if (!installed && status === 'ready') active = matchLocale(readyLocale) ?? sourceLocale;
  });
  const follow = () =>
    setTimeout(() => {
      const wanted = matchLocale(document.documentElement.lang);
      if (!installed && msg === defaultMsg && wanted && wanted !== sourceLocale) void setLocale(wanted);
    });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', follow, { once: true });
  } else {
    follow();
  }
}
