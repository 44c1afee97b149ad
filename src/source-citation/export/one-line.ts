/**
 * Every character a reader may take for the end of a line: LF, CR (and so CRLF), VT, FF, NEL (U+0085), and
 * the Unicode line and paragraph separators (U+2028, U+2029). Reference managers split RIS and BibTeX on any
 * of them, so one left inside a value would start a field or an entry of its own.
 */
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;

/** Runs of blanks, line breaks included; matched whole, so a long run costs linear time. */
const BLANKS = /[\s\u0085]+/g;

/** `value` on one line: each run of blanks that holds a line break becomes one space; other blanks stay. */
export function oneLine(value: string): string {
  return value.replace(BLANKS, (run) => (LINE_BREAK.test(run) ? ' ' : run));
}
