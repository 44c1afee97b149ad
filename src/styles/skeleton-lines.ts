import { css } from 'lit';

/**
 * A skeleton of text, for elements whose skeleton holds the ready layout's box: `.pe-lines` draws one bar per
 * line box (1lh) of the element it stands in for, `--_lines` of them (default 1).
 */
export const skeletonLines = css`
  .pe-lines {
    block-size: calc(var(--_lines, 1) * 1lh);
    background: repeating-linear-gradient(var(--_pe-color-skeleton) 0 0.75lh, transparent 0 1lh);
    border-radius: 0;
  }
`;
