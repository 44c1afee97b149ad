import { css } from 'lit';

/**
 * Card styles, shared by `<post-card>` and the cards inside `<related-posts>`.
 * Logical properties only: the layout mirrors in right-to-left text without a single `:dir()` rule.
 * `--post-card-*` properties default to the shared `--pe-*` tokens; those read more than once (here and by
 * `<related-posts>`) through a private `--_card-*` copy.
 */
export const postCardStyles = css`
  :host {
    --_card-padding: var(--post-card-padding, var(--_pe-space));
    --_card-gap: var(--post-card-gap, calc(var(--_pe-space) * 0.75));
    --_card-radius: var(--post-card-radius, var(--_pe-radius));
    --_card-image-ratio: var(--post-card-image-aspect-ratio, 16 / 9);
    --_card-title-lines: var(--post-card-title-lines, 2);
    --_card-excerpt-lines: var(--post-card-excerpt-lines, 3);
    --_card-title-size: var(--post-card-title-size, 1.2em);
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    overflow: hidden;
    block-size: 100%;
    background: var(--post-card-background, var(--_pe-color-surface));
    border: var(--post-card-border, 1px solid var(--_pe-color-border));
    border-radius: var(--_card-radius);
    box-shadow: var(--post-card-shadow, var(--_pe-shadow));
    color: var(--_pe-color-text);
  }

  .card:focus-within {
    outline: 2px solid var(--_pe-color-accent);
    outline-offset: 2px;
  }

  .media {
    aspect-ratio: var(--_card-image-ratio);
    overflow: hidden;
    background: var(--_pe-color-skeleton);
    flex: none;
  }

  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_card-gap) / 1.5);
    padding: var(--_card-padding);
    min-inline-size: 0;
    flex: 1;
  }

  /*
   * The text lines have a fixed count, so the card's box does not depend on its data and the skeleton can
   * hold it: the title takes its lines (clamped), the excerpt its lines, the meta and the terms one line each.
   */
  .title {
    --_lines: var(--_card-title-lines);
    margin: 0;
    font-size: var(--_card-title-size);
    line-height: 1.3;
    font-weight: 650;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    overflow: hidden;
    min-block-size: calc(var(--_lines) * 1lh);
  }

  .title a {
    color: inherit;
    text-decoration: none;
  }

  /* The whole card is the title link's target; inner links sit above it. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  .title a:hover {
    text-decoration: underline;
  }

  .title a:focus-visible {
    outline: none;
  }

  .excerpt {
    --_lines: var(--_card-excerpt-lines);
    margin: 0;
    color: var(--_pe-color-muted);
  }

  /*
   * Title and excerpt share one clamp of their lines together, in the box of both: a one-line title leaves its
   * second line to the excerpt instead of a hole, a three-line title takes one of the excerpt's.
   */
  .text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: calc(var(--_card-title-lines) + var(--_card-excerpt-lines));
    overflow: hidden;
    min-block-size: calc(var(--_card-title-lines) * 1.3 * var(--_card-title-size) + var(--_card-gap) / 1.5 + var(--_card-excerpt-lines) * 1lh);
  }

  /* Plain blocks in the one formatting context whose lines the clamp counts. */
  .text > * {
    display: block;
    overflow: visible;
    min-block-size: 0;
  }

  .text > .excerpt {
    margin-block-start: calc(var(--_card-gap) / 1.5);
  }

  /* One line each (.pe-row: whole items, each cut at its own end where it is alone too long). */
  .meta {
    column-gap: var(--_card-gap);
    block-size: 1lh;
    font-size: 0.875em;
    color: var(--_pe-color-muted);
    margin-block-start: auto;
  }

  .author {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }

  .author a,
  .terms a {
    position: relative;
    z-index: 1;
  }

  .meta a {
    color: inherit;
    text-decoration: none;
  }

  .meta a:hover {
    text-decoration: underline;
  }

  [part~='avatar'] {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    object-fit: cover;
  }

  .terms {
    gap: 0.4em;
    block-size: calc(1lh + 0.2em);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }

  .terms li {
    display: flex;
    padding: 0.1em 0.65em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_pe-color-accent) 10%, transparent);
  }

  .terms a {
    text-decoration: none;
  }

  /* horizontal: the image at the start edge (left in LTR, right in RTL), text beside it. */
  .card.horizontal {
    flex-direction: row;
  }

  .horizontal .media {
    position: relative;
    inline-size: var(--post-card-image-size, 38%);
    aspect-ratio: auto;
    min-block-size: 7rem;
  }

  /* Out of flow, so the image fills the row's height instead of setting it. */
  .horizontal .media img {
    position: absolute;
    inset: 0;
  }

  /*
   * A horizontal card is its own query container: in a column narrower than 28rem it stacks like a vertical
   * card instead of cropping its image to a sliver. (Containment makes the host's min-content width zero,
   * which only this layout accepts: it is meant for wide columns.)
   */
  :host([layout='horizontal']) {
    container: post-card / inline-size;
  }

  @container post-card (inline-size < 28rem) {
    .card.horizontal {
      flex-direction: column;
    }

    .horizontal .media {
      inline-size: auto;
      aspect-ratio: var(--_card-image-ratio);
    }

    .horizontal .media img {
      position: static;
    }
  }

  /* compact: a small thumbnail, the title and the date, at its own height even in a stretching grid or flex row. */
  .card.compact {
    flex-direction: row;
    align-items: center;
    gap: var(--_card-gap);
    padding: calc(var(--_card-padding) / 2);
    block-size: auto;
  }

  .compact .media {
    inline-size: 4.5em;
    aspect-ratio: 1;
    border-radius: calc(var(--_card-radius) / 1.5);
  }

  .compact .body {
    padding: 0;
    gap: 0.2em;
  }

  .compact .title {
    font-size: 1em;
  }

  .skeleton .meta {
    inline-size: 60%;
  }

  /* A term is a line plus its pill's padding. */
  .skeleton .terms {
    block-size: calc(1lh + 0.2em);
    inline-size: 40%;
    background-size: 100% 1lh;
    background-repeat: no-repeat;
  }
`;
