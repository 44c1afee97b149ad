import { css } from 'lit';

/**
 * `<related-posts>` styles; the cards themselves are the post-card styles. Logical properties throughout, so
 * the layouts mirror in right-to-left text; only the arrows, being pictures of a direction, need a
 * `:dir(rtl)` rule. `--related-posts-*` properties default to the shared `--pe-*` tokens.
 */
export const relatedPostsStyles = css`
  :host {
    --_rp-gap: var(--related-posts-gap, var(--_pe-space));
  }

  .heading {
    margin: 0 0 var(--_rp-gap);
    font-size: var(--related-posts-heading-size, 1.25em);
    line-height: 1.3;
    color: var(--related-posts-heading-color, var(--_pe-color-text));
  }

  .list {
    display: grid;
    gap: var(--_rp-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    min-inline-size: 0;
  }

  /* grid: columns chosen by the width the block is given, not the viewport's. */
  .grid {
    container: related-posts / inline-size;
  }

  @container related-posts (inline-size >= 30rem) {
    .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }

    /* Wide enough: each compact card shows its image above the text, as tall as its row's others. */
    .card.compact {
      flex-direction: column;
      align-items: stretch;
      padding: 0;
      block-size: 100%;
    }

    .compact .media {
      inline-size: auto;
      aspect-ratio: var(--_card-image-ratio);
      border-radius: 0;
    }

    .compact .body {
      padding: calc(var(--_card-padding) * 0.75);
    }
  }

  /* Three across from a usual content column (44rem, 704 px) up: no third card orphaned on a row of its own. */
  @container related-posts (inline-size >= 44rem) {
    .list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  /* adjacent: previous at the inline start, next at the inline end. */
  .adjacent {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_rp-gap);
    padding-block: var(--_rp-gap);
    border-block: var(--related-posts-border, 1px solid var(--_pe-color-border));
  }

  /* Side by side where each gets 12rem, else one above the other (a phone): no column of five-line titles. */
  .neighbour {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 max(12rem, 50% - var(--_rp-gap) / 2);
    min-inline-size: 0;
    text-decoration: none;
    color: var(--_pe-color-text);
  }

  .neighbour.next {
    margin-inline-start: auto;
    align-items: flex-end;
    text-align: end;
  }

  .neighbour.pe-skeleton {
    block-size: 3.2em;
  }

  .label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.875em;
    color: var(--related-posts-label-color, var(--_pe-color-muted));
  }

  .arrow {
    display: inline-block;
  }

  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }

  /* The title runs in its own direction (<bdi>) but lines up with its label, on the block's side. */
  .neighbour-title {
    font-weight: 650;
    overflow-wrap: anywhere;
    color: var(--_pe-color-accent);
  }

  .neighbour:hover .neighbour-title {
    text-decoration: underline;
  }
`;
