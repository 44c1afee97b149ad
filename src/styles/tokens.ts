import { css } from 'lit';

/**
 * The shared design tokens, resolved on each element's host. A page sets `--pe-*` on any ancestor (or on
 * the element); the private `--_pe-*` values below are what our styles read, so every element falls back
 * to the same defaults (font family and size, read once, take theirs in place). Colours follow the
 * `color-scheme` the host inherits from the page (`light-dark()`): light where the page declares none, dark
 * only where the page opts into it. A light page on a dark OS stays light.
 */
export const tokens = css`
  :host {
    --_pe-color-text: var(--pe-color-text, light-dark(#1c1e21, #e8eaed));
    --_pe-color-muted: var(--pe-color-muted, light-dark(#5f6670, #a0a7b1));
    --_pe-color-accent: var(--pe-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_pe-color-surface: var(--pe-color-surface, light-dark(#ffffff, #1f2124));
    --_pe-color-border: var(--pe-color-border, light-dark(#dde1e6, #3c4043));
    --_pe-color-skeleton: color-mix(in srgb, var(--_pe-color-muted) 16%, transparent);
    --_pe-radius: var(--pe-radius, 12px);
    --_pe-space: var(--pe-space, 1rem);
    --_pe-shadow: var(
      --pe-shadow,
      0 1px 2px light-dark(rgb(0 0 0 / 0.06), rgb(0 0 0 / 0.4)),
      0 4px 12px light-dark(rgb(0 0 0 / 0.06), rgb(0 0 0 / 0.3))
    );

    display: block;
    box-sizing: border-box;
    font-family: var(--pe-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    font-size: var(--pe-font-size, 1rem);
    line-height: 1.5;
    color: var(--_pe-color-text);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--_pe-color-accent);
  }

  :focus-visible {
    outline: 2px solid var(--_pe-color-accent);
    outline-offset: 2px;
  }

  .pe-visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .pe-skeleton {
    background: var(--_pe-color-skeleton);
    border-radius: calc(var(--_pe-radius) / 2);
    animation: pe-pulse 1.4s ease-in-out infinite;
  }

  @keyframes pe-pulse {
    50% {
      opacity: 0.55;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .pe-skeleton {
      animation: none;
    }
  }

  [part='error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_pe-space) / 2) var(--_pe-space);
    padding: var(--_pe-space);
    border: 1px solid var(--_pe-color-border);
    border-radius: var(--_pe-radius);
    background: var(--_pe-color-surface);
    color: var(--_pe-color-text);
  }

  [part='error'] > span {
    flex-basis: 100%;
  }

  [part='error'] ::slotted(a) {
    color: var(--_pe-color-accent);
    font-weight: 600;
    text-underline-offset: 0.2em;
  }

  [part='retry'] {
    font: inherit;
    color: var(--_pe-color-accent);
    background: transparent;
    border: 1px solid;
    border-radius: calc(var(--_pe-radius) / 2);
    padding: 0.25em 0.9em;
    cursor: pointer;
  }
`;
