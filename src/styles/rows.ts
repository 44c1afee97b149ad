import { css } from 'lit';

/**
 * Rows of items on one line, written once for every element (a card's meta line and tags, a caption's "by" and
 * "on"). `.pe-row`: an item that does not fit wraps onto a second line that is not shown, so the row keeps its box
 * and never shows half an item. `.pe-cut`: an item too long for the line ends with an ellipsis at the end of its
 * own text; the element carries its own direction (`dir`, or `<bdi>`), so a name in the other script keeps its start.
 */
export const rows = css`
  .pe-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    align-content: flex-start;
    overflow: hidden;
    white-space: nowrap;
  }

  .pe-row > * {
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  .pe-cut {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
`;
