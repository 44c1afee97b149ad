import { css } from 'lit';

/**
 * `<source-citation>` styles. Logical properties only, so the block mirrors in right-to-left text;
 * `--source-citation-*` properties default to the shared `--pe-*` tokens.
 */
export const sourceCitationStyles = css`
  :host {
    --_sc-gap: var(--source-citation-gap, calc(var(--_pe-space) * 0.75));

    padding: var(--source-citation-padding, var(--_pe-space));
    background: var(--source-citation-background, var(--_pe-color-surface));
    border: var(--source-citation-border, 1px solid var(--_pe-color-border));
    border-radius: var(--source-citation-radius, var(--_pe-radius));
  }

  .heading {
    margin: 0 0 var(--_sc-gap);
    font-size: var(--source-citation-heading-size, 1.125em);
    line-height: 1.3;
  }

  .list {
    display: grid;
    gap: var(--_sc-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: flex;
    align-items: baseline;
    gap: var(--_sc-gap);
  }

  /* The whole entry is the citation: roman, with the style's own italics inside. */
  [part~='citation'] {
    flex: 1;
    min-inline-size: 0;
    font-style: normal;
    overflow-wrap: anywhere;
  }

  /*
   * A URL moves to a line of its own when it fits there whole, and only a longer one wraps, between its parts
   * (the template's <wbr>s): never "https://www.bbc.com" at one line's end and its path on the next. Its lines
   * align as the entry's do (to the right in a right-to-left block), not to its own left-to-right start.
   */
  cite a {
    display: inline-block;
    max-width: 100%;
  }

  cite:dir(rtl) a {
    text-align: right;
  }

  button {
    font: inherit;
    font-size: 0.8125em;
    color: var(--source-citation-button-color, var(--_pe-color-accent));
    background: none;
    border: 1px solid;
    border-radius: calc(var(--_pe-radius) / 2);
    padding: 0.1em 0.7em;
    cursor: pointer;
  }

  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
    margin-block-start: var(--_sc-gap);
    color: var(--_pe-color-muted);
  }

  .line {
    block-size: 1.2em;
  }
`;
