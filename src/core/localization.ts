/**
 * UI strings through `@lit/localize` in runtime mode, without ever breaking an app that uses it too.
 *
 * `@lit/localize` can be configured once per page (per copy of the module). post-embeds therefore:
 * - never configures it on import;
 * - configures it itself only when asked to switch locale (`setLocale()`, or `<html lang>` naming a shipped
 *   locale once the page's own modules have run), and only if nobody configured it before;
 * - when the app configured it first, leaves it alone: the app merges our translations into its own
 *   (`loadPostEmbedsLocale()`, see the README) and switches locale with its own `setLocale`.
 * The CDN bundle carries a private copy of `@lit/localize`, so there the two never meet.
 */
import { configureLocalization, msg, type LocaleModule } from '@lit/localize';
// The identity implementation `msg` has until someone configures the runtime: comparing against it tells
// whether an app already did (the module offers no other way to ask).
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Locale = (typeof targetLocales)[number] | typeof sourceLocale;

const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
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
 * The shipped locale that best serves a BCP 47 tag: an exact match, else the language alone
 * (`ar-EG` → `ar`), with Chinese mapped by script (`zh`, `zh-CN`, `zh-SG` → `zh-Hans`).
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
  if (locale.language === 'zh') return locale.script === 'Hans' ? 'zh-Hans' : undefined;
  return supportedLocales.find((candidate) => candidate === locale.language);
}

/** The translations of post-embeds' own strings for `locale`, for apps that configure `@lit/localize` themselves. */
export async function loadPostEmbedsLocale(locale: string): Promise<LocaleModule> {
  const matched = matchLocale(locale);
  return matched && matched !== sourceLocale ? loaders[matched]() : { templates: {} };
}

let runtime: ReturnType<typeof configureLocalization> | undefined;

/**
 * Switches post-embeds' UI strings to `locale` (any BCP 47 tag; the closest shipped locale is used,
 * English when none fits). Resolves once the translations are loaded and elements re-render.
 * Throws if the app configured `@lit/localize` itself: then use the app's `setLocale`.
 */
export async function setLocale(locale: string): Promise<void> {
  if (!runtime) {
    if (msg !== defaultMsg) {
      throw new Error(
        'post-embeds: @lit/localize is configured by the app; switch locales with the app\'s setLocale() and merge ' +
          'post-embeds translations with loadPostEmbedsLocale() (see the README, "Localization").',
      );
    }
    runtime = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (target) => loaders[target as keyof typeof loaders](),
    });
  }
  await runtime.setLocale(matchLocale(locale) ?? sourceLocale);
}

/** The active UI locale of post-embeds. */
export function getLocale(): string {
  return runtime?.getLocale() ?? sourceLocale;
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
  const follow = () =>
    setTimeout(() => {
      const wanted = matchLocale(document.documentElement.lang);
      if (!runtime && msg === defaultMsg && wanted && wanted !== sourceLocale) {
        setLocale(wanted).catch(() => {});
      }
    });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', follow, { once: true });
  } else {
    follow();
  }
}
