import { html } from 'lit';

/**
 * A URL with a break opportunity (`<wbr>`) before each single `/`, `?`, `&` and `#`, as style guides break
 * addresses (Chicago 14.18): a long URL in a narrow block wraps between its parts, never mid-word
 * ("artic / les"). The text is unchanged: `<wbr>` adds no character, so copying and `textContent` read the URL.
 */
export function withUrlBreaks(url: string): unknown[] {
  return url.split(/(?<!\/)(?=[/?&#])(?!\/\/)/).flatMap((part, i) => (i ? [html`<wbr />`, part] : [part]));
}
