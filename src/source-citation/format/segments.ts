/**
 * A formatted citation as a list of segments, and the writer the styles build them with.
 */
import type { CitationLocale } from './english.js';
import { trimTrailing } from '../../shared/text.js';

/**
 * What a piece of data is, so the element can wrap it (`<cite>`, a link, `<bdi>`, `<time>`). The text of
 * a `url` segment may be shortened (MLA drops "https://"): link it to the citation's own `url`.
 */
export type SegmentRole = 'author' | 'date' | 'title' | 'container' | 'publisher' | 'url';

export interface CitationSegment {
  text: string;
  /** Absent on the style's own text: punctuation, "Retrieved", "et al.". */
  role?: SegmentRole;
  italic?: boolean;
  /**
   * The style quotes this title. `text` already holds the quotation marks (and, in American usage,
   * the period or comma the style puts inside them), so the element must not add its own.
   */
  quoted?: boolean;
}

/** The exact plain text of a citation: what the copy button copies. */
export function citationText(segments: readonly CitationSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}

export type SegmentFormat = Omit<CitationSegment, 'text'>;

/** Punctuation that already ends a sentence: no period may follow it. */
const ENDS_SENTENCE = /[.?!…]$/u;
/** A question or exclamation also replaces a following comma or colon ("Why?" *Container*, not "Why?," …). */
const ENDS_QUESTION_OR_EXCLAMATION = /[?!]$/u;

/** Trailing commas, semicolons or colons in the data would double the style's own punctuation. */
function trimData(text: string | undefined): string | undefined {
  return text && trimTrailing(text.trim(), /[\s,;:]/);
}

/**
 * Builds segments one element at a time, and owns every rule about punctuation between them: a
 * separator is only written once something follows it, a period never doubles one that a title or an
 * abbreviation already ends with, and American usage moves it inside a closing quotation mark.
 */
export class SegmentWriter {
  private readonly segments: CitationSegment[] = [];
  private pending = '';

  constructor(private readonly locale: CitationLocale) {}

  /** Writes a piece of data; nothing (and no separator) when it is missing. */
  data(text: string | undefined, format: SegmentFormat = {}): this {
    const value = format.role === 'url' ? text?.trim() : trimData(text);
    if (!value) return this;
    this.flush();
    this.segments.push({ text: value, ...format });
    return this;
  }

  /** Writes a title between the locale's quotation marks. */
  quoted(text: string | undefined, format: SegmentFormat = {}): this {
    const value = trimData(text);
    if (!value) return this;
    this.flush();
    this.segments.push({ text: `${this.locale.openQuote}${value}${this.locale.closeQuote}`, ...format, quoted: true });
    return this;
  }

  /** Writes the style's own words or brackets, after any pending separator. */
  text(text: string): this {
    this.flush();
    this.plain(text);
    return this;
  }

  /**
   * Puts `separator` (". ", ", ", ", & " — a leading "," becomes the locale's comma) before whatever
   * is written next; ignored at the very start. When an element was missing, two separators meet: a
   * period (the end of a group of elements) beats anything else, otherwise the later one wins.
   */
  separate(separator: string): this {
    if (this.segments.length && !(this.pending.startsWith('.') && !separator.startsWith('.'))) {
      this.pending = separator;
    }
    return this;
  }

  /** The segments, closed with `terminal` ("." or nothing) under the same punctuation rules. */
  finish(terminal = ''): CitationSegment[] {
    this.pending = this.segments.length ? terminal : '';
    this.flush();
    return this.segments;
  }

  private flush(): void {
    const separator = this.pending;
    this.pending = '';
    if (!separator) return;
    const last = this.segments[this.segments.length - 1];
    let mark = /^[.,;:]/.test(separator) ? separator[0] : '';
    const rest = separator.slice(mark.length);
    const closing = last.quoted ? this.locale.closeQuote : '';
    const lastContent = last.text.slice(0, last.text.length - closing.length);
    const redundant = mark === '.' ? ENDS_SENTENCE.test(lastContent) : ENDS_QUESTION_OR_EXCLAMATION.test(lastContent);
    if (redundant) mark = '';
    // American usage moves only periods and commas inside the closing mark; colons stay outside.
    if ((mark === '.' || mark === ',') && last.quoted && this.locale.punctuationInsideQuotes) {
      last.text = `${lastContent}${mark}${closing}`;
      mark = '';
    }
    this.plain((mark === ',' ? this.locale.comma : mark) + rest);
  }

  /** Appends style text, merged into the previous segment when that one is style text too. */
  private plain(text: string): void {
    if (!text) return;
    const last = this.segments[this.segments.length - 1];
    if (last && !last.role && !last.italic && !last.quoted) last.text += text;
    else this.segments.push({ text });
  }
}
