/**
 * People's names as pages and feeds write them, cleaned for display: `By Will Smale` → `Will Smale`,
 * `Jane Doe and John Roe` → two names, `Jane Doe, Staff Writer` → `Jane Doe`, `Jane Doe |` → `Jane Doe`.
 * What is not a name (a URL, an e-mail address, a handle-only value) is dropped.
 */

/** Words that introduce a byline, in the languages bylines most often use. */
const BYLINE_PREFIX = /^(?:(?:written|posted|published|reported|story|text|words|photos?|edited)\s+)?(?:by|von|par|por|di|door|av|af)\s*:?\s+/i;
/** Roles and outlets that follow a name rather than being one. */
const ROLE =
  /^(?:(?:senior|staff|chief|contributing|guest|freelance|special|associate|managing|executive|deputy|political|tech(?:nology)?|business|science)\s+)*(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|author|producer|analyst|critic|staff)s?$/i;
const NOT_A_NAME = /^(?:https?:\/\/|www\.)|@.+\.|^@/i;
const SEPARATORS = /\s*(?:,|;|\s&\s|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+og\s+|\s+en\s+|\s*\/\s*(?=\p{Lu}))\s*/u;

/** The names in `text`, each cleaned; an empty list when it holds none. */
export function personNames(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  const cleaned = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(BYLINE_PREFIX, '')
    // Trailing separators and pipes: `Jane Doe |`, `Jane Doe -`.
    .replace(/[\s|·•–—-]+$/, '')
    .replace(/^[\s|·•–—:-]+/, '');
  if (!cleaned || cleaned.length > 300) return [];
  const names: string[] = [];
  for (const part of cleaned.split(SEPARATORS)) {
    // `Jane Doe | The Paper`, `Jane Doe - Reuters`: the name comes first.
    const name = part.split(/\s+[|·•]\s+|\s+[–—]\s+/)[0].replace(BYLINE_PREFIX, '').trim();
    if (!name || ROLE.test(name) || NOT_A_NAME.test(name) || name.length > 80 || !/\p{L}/u.test(name)) continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
