/**
 * Measuring what a reader sees of a text on screen: where each word or character of an element's text is
 * drawn (`Range.getClientRects()`), and which characters lie inside the box that clips them.
 */

export interface Placed {
  text: string;
  left: number;
  right: number;
}

/** Text nodes under `root` (through nothing but its own children: parts live in one shadow tree). */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function place(node: Text, start: number, end: number): Placed | undefined {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
  if (!rects.length) return undefined;
  return {
    text: node.data.slice(start, end),
    left: Math.min(...rects.map((rect) => rect.left)),
    right: Math.max(...rects.map((rect) => rect.right)),
  };
}

/** Each word (a run between spaces, no-break spaces included) of `root`'s text, in logical order, where it is drawn. */
export function placedWords(root: Node): Placed[] {
  return textNodes(root).flatMap((node) =>
    [...node.data.matchAll(/[^\s\u2068\u2069]+/gu)].flatMap((match) => place(node, match.index!, match.index! + match[0].length) ?? []),
  );
}

/** Each character (code point) of `root`'s text, in logical order, where it is drawn. */
export function placedCharacters(root: Node): Placed[] {
  return textNodes(root).flatMap((node) => {
    const placed: Placed[] = [];
    for (let index = 0; index < node.data.length; ) {
      const end = index + String.fromCodePoint(node.data.codePointAt(index)!).length;
      const at = place(node, index, end);
      if (at && at.text.trim()) placed.push(at);
      index = end;
    }
    return placed;
  });
}

/**
 * The words of `root` as they read on screen in `dir`: sorted by their position from the reading side. A phrase
 * laid out in its own direction reads back in its logical order ("4 min read", never "min read 4").
 */
export function wordsAsRead(root: Node, dir: 'ltr' | 'rtl'): string {
  const words = placedWords(root).sort((a, b) => (dir === 'ltr' ? a.left - b.left : b.right - a.right));
  return words.map((word) => word.text).join(' ');
}

/** The words of `root` in logical order, joined by single spaces. */
export function logicalWords(root: Node): string {
  return placedWords(root)
    .map((word) => word.text)
    .join(' ');
}

/**
 * The characters of `element`'s text that are visible, in logical order: those drawn wholly inside the
 * element's box and the box of every ancestor that clips, up to `within` (an ellipsis replaces the others).
 */
export function visibleText(element: Element, within: Element): string {
  const clips: DOMRect[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    if (node === element || getComputedStyle(node).overflowX !== 'visible') clips.push(node.getBoundingClientRect());
    if (node === within) break;
  }
  return placedCharacters(element)
    .filter((char) => clips.every((clip) => char.left >= clip.left - 0.5 && char.right <= clip.right + 0.5))
    .map((char) => char.text)
    .join('');
}
