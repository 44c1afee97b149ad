import { html } from 'lit';

/**
 * A URL with a break opportunity (`<wbr>`) before each `/`, `?`, `&` and `#` that follows a letter or digit (not
 * inside `https://`), as style guides break
 * addresses (Chicago 14.18): a long URL in a narrow block wraps between its parts, never mid-word
 * ("artic / les"). The text is unchanged: `<wbr>` adds no character, so copying and `textContent` read the URL.
 */
export const withUrlBreaks = (url: string): unknown[] => url.split(/(?<=\w)(?=[/?&#])/).map((part, i) => (i ? html`<wbr>${part}` : part));
