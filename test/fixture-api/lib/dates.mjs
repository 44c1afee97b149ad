/**
 * Site-local dates. Florin.blog's WordPress runs in Europe/Bucharest (UTC+2, +3 in summer), so `date` and
 * `date_gmt` really differ, and neither carries a zone, exactly like WordPress's REST API.
 * Post records store their GMT instant as `YYYY-MM-DDTHH:MM:SS`.
 */

export const SITE_TIME_ZONE = 'Europe/Bucharest';

const localParts = new Intl.DateTimeFormat('en-US', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

const displayFormats = {
  en: new Intl.DateTimeFormat('en-US', { timeZone: SITE_TIME_ZONE, dateStyle: 'long' }),
  // WordPress's Arabic locale prints Western digits ("3 ديسمبر 2025").
  ar: new Intl.DateTimeFormat('ar-u-nu-latn', { timeZone: SITE_TIME_ZONE, dateStyle: 'long' }),
};

function partsOf(gmt) {
  const parts = Object.fromEntries(
    localParts.formatToParts(new Date(`${gmt}Z`)).map(({ type, value }) => [type, value]),
  );
  const offset = parts.timeZoneName.replace('GMT', '') || '+00:00';
  return { local: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`, offset };
}

/** WordPress `date`: site-local wall time without a zone. */
export function siteLocalDate(gmt) {
  return partsOf(gmt).local;
}

/** RFC 3339 with the site's offset, as JSON Feed and Ghost write dates. */
export function rfc3339(gmt) {
  const { local, offset } = partsOf(gmt);
  return `${local}${offset}`;
}

/** The display string Jetpack puts in a related post's `date` ("June 2, 2025"). */
export function displayDate(gmt, lang) {
  return (displayFormats[lang] ?? displayFormats.en).format(new Date(`${gmt}Z`));
}

/** Milliseconds since the epoch for a stored GMT date. */
export function instant(gmt) {
  return Date.parse(`${gmt}Z`);
}
