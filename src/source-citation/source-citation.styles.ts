import { css } from 'lit';

/**
 * `<source-citation>` styles. Logical properties only, so the block mirrors in right-to-left text;
 * `--source-citation-*` properties default to the shared `--pe-*` tokens.
 */
export const sourceCitationStyles = css`
  :host {
    --_sc-padding: var(--source-citation-padding, var(--_pe-space));
    --_sc-gap: var(--source-citation-gap, calc(var(--_pe-space) * 0.75));
    --_sc-background: var(--source-citation-background, var(--_pe-color-surface));
    --_sc-border: var(--source-citation-border, 1px solid var(--_pe-color-border));
    --_sc-radius: var(--source-citation-radius, var(--_pe-radius));
    --_sc-heading-size: var(--source-citation-heading-size, 1.125em);
    --_sc-heading-color: var(--source-citation-heading-color, var(--_pe-color-text));
    --_sc-button-color: var(--source-citation-button-color, var(--_pe-color-accent));

    padding: var(--_sc-padding);
    background: var(--_sc-background);
    border: var(--_sc-border);
    border-radius: var(--_sc-radius);
  }

  .heading {
    margin: 0 0 var(--_sc-gap);
    font-size: var(--_sc-heading-size);
    line-height: 1.3;
    color: var(--_sc-heading-color);
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

  button {
    flex: none;
    font: inherit;
    font-size: 0.8125em;
    color: var(--_sc-button-color);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: calc(var(--_pe-radius) / 2);
    padding: 0.1em 0.7em;
    cursor: pointer;
  }

  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: var(--_sc-gap);
    font-size: 0.875em;
    color: var(--_pe-color-muted);
  }

  .export button {
    font-size: inherit;
  }

  .line {
    block-size: 1.1em;
  }

  .line:last-child {
    inline-size: 70%;
  }
`;
