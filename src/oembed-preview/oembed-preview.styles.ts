import { css } from 'lit';

/**
 * `<oembed-preview>` styles. Logical properties only, so the link card and the caption mirror in
 * right-to-left text; the play button stays centred and its triangle points right, as media controls do.
 * Each `--oembed-preview-*` property is read once, with its `--pe-*` token as the fallback. The element
 * sets `--_oembed-ratio` (the stated or the embed's width / height, or `auto`), `--_oembed-height` (a height without a
 * width) and the card's size cap through CSSOM.
 */
export const oembedPreviewStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    margin: 0;
    overflow: hidden;
    background: var(--oembed-preview-background, var(--_pe-color-surface));
    border: var(--oembed-preview-border, 1px solid var(--_pe-color-border));
    border-radius: var(--oembed-preview-radius, var(--_pe-radius));
    box-shadow: var(--oembed-preview-shadow, var(--_pe-shadow));
  }

  .photo {
    inline-size: fit-content;
    max-inline-size: 100%;
  }

  [part='photo'] {
    max-inline-size: 100%;
    block-size: auto;
  }

  .media {
    position: relative;
    display: grid;
    place-items: center;
    aspect-ratio: var(--_oembed-ratio, 16 / 9);
    block-size: var(--_oembed-height, auto);
    background: var(--_pe-color-skeleton);
  }

  [part~='thumbnail'],
  :not(.fit) > iframe {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    border: 0;
  }

  /* A frame that takes its content's height: the box follows the frame. */
  .fit.active {
    aspect-ratio: auto;
    block-size: auto;
  }

  .fit iframe {
    inline-size: 100%;
    border: 0;
  }

  .play {
    z-index: 1;
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-inline-size: var(--oembed-preview-play-size, 4rem);
    min-block-size: var(--oembed-preview-play-size, 4rem);
    padding: 0 1em;
    border: 0;
    border-radius: 2em;
    background: var(--oembed-preview-play-background, rgb(0 0 0 / 0.75));
    color: var(--oembed-preview-play-color, #fff);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  /* "Always load from {provider}": at the media box's bottom start corner, over the thumbnail. */
  .remember {
    position: absolute;
    z-index: 1;
    inset-block-end: 0.5em;
    inset-inline-start: 0.5em;
    display: flex;
    align-items: center;
    gap: 0.4em;
    max-inline-size: calc(100% - 1em);
    padding: 0.25em 0.6em;
    border-radius: 1em;
    background: var(--oembed-preview-play-background, rgb(0 0 0 / 0.75));
    color: var(--oembed-preview-play-color, #fff);
    font-size: 0.8125em;
    cursor: pointer;
  }

  .remember input {
    margin: 0;
    accent-color: var(--_pe-color-accent);
  }

  .remember span {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  /* A declined thumbnail: the provider's name on a neutral ground, above the play button's place. */
  .placeholder {
    display: flex;
    align-items: start;
    justify-content: center;
    padding-block-start: 1em;
    background: var(--oembed-preview-placeholder-background, var(--_pe-color-border));
    color: var(--_pe-color-muted);
    font-weight: 600;
  }

  /* Under a player loaded by remembered consent: a small text button at the end of the meta line. */
  .revoke {
    position: relative;
    z-index: 1;
    flex: none;
    margin-inline-start: auto;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_pe-color-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .play svg {
    inline-size: 2em;
    fill: currentColor;
  }

  /* The caption never widens the card (a long one-line title is cut, not laid out at full length). */
  .body {
    contain: inline-size;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding: var(--oembed-preview-padding, calc(var(--_pe-space) * 0.75));
  }

  /* One line each (.pe-cut, .pe-row), so the caption's height is known before the answer arrives. */
  .title {
    font-weight: 650;
    line-height: 1.3;
  }

  .body a {
    color: inherit;
    text-decoration: none;
  }

  .body a:hover {
    text-decoration: underline;
  }

  .meta {
    column-gap: 0.75em;
    block-size: 1lh;
    overflow: hidden;
    font-size: 0.875em;
    color: var(--_pe-color-muted);
  }

  .meta a {
    position: relative;
    z-index: 1;
  }

  /* A link card: the image at the start edge, the text beside it, the whole card the title's target. */
  .link {
    flex-direction: row;
  }

  .link .media {
    inline-size: var(--oembed-preview-thumbnail-size, 35%);
    aspect-ratio: auto;
    flex: none;
  }

  /*
   * The box of three lines of text and the meta line (the skeleton's), with or without an image; a card with
   * less to say centres it rather than leaving a hole under its title.
   */
  .link .body {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 7rem;
    justify-content: center;
    gap: 0.4em;
  }

  /* Title and description share three lines: a one-line title leaves two to the description. */
  .link .text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }

  .link .text > * {
    display: block;
    overflow: visible;
    white-space: normal;
    overflow-wrap: anywhere;
  }

  .link.skeleton .title {
    --_lines: 3;
  }

  .link .title::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  .description {
    font-size: 0.875em;
    line-height: 1.4;
    color: var(--_pe-color-muted);
  }

  .link .meta {
    font-size: 0.8125em;
  }

  .site {
    font-weight: 600;
    color: var(--_pe-color-text);
  }

  .skeleton .meta {
    inline-size: 55%;
  }
`;
