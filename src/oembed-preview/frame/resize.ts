/**
 * Sizes a sandboxed frame from the height its reporter posts (see `reporter.js`), or that WordPress's
 * embed page posts (see `wordpress-embed.ts`).
 */

/** Smaller than one line of text would hide the frame: no embed is that short. */
export const MIN_FRAME_HEIGHT = 32;
/** A cap, so a frame cannot grow without end (a runaway layout, or a hostile provider). */
export const MAX_FRAME_HEIGHT = 4000;

interface HeightMessage {
  type: 'post-embeds:height';
  secret: string;
  height: number;
}

/** Reads the height out of a message from a frame, or `undefined` when the message is not a height report. */
export type HeightReader = (data: unknown, secret: string) => number | undefined;

/** Our reporter's messages (`reporter.js`): `{ type: 'post-embeds:height', secret, height }`. */
const reporterHeight: HeightReader = (data, secret) => {
  const message = data as Partial<HeightMessage> | null;
  return typeof message === 'object' && message?.type === 'post-embeds:height' && message.secret === secret
    ? (message.height as number)
    : undefined;
};

/**
 * Calls `onHeight` with the frame's content height, clamped to [MIN_FRAME_HEIGHT, MAX_FRAME_HEIGHT],
 * at most once per animation frame and only when it changed. A message counts only if it comes from
 * this frame's window (not another frame, not the page) AND carries the frame's secret (so a document
 * the frame navigated to cannot pose as the reporter). `readHeight` reads other reporters' messages
 * (WordPress's post embeds); it must check the secret too. Returns a function that stops listening.
 */
export function listenForFrameHeight(
  frame: HTMLIFrameElement,
  secret: string,
  onHeight: (height: number) => void,
  readHeight: HeightReader = reporterHeight,
): () => void {
  let pending: number | undefined;
  let applied: number | undefined;
  let scheduled = 0;

  const apply = () => {
    scheduled = 0;
    if (pending === undefined || pending === applied) return;
    applied = pending;
    onHeight(applied);
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source === null || event.source !== frame.contentWindow) return;
    const height = readHeight(event.data, secret);
    if (typeof height !== 'number' || !Number.isFinite(height)) return;
    pending = Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(height)));
    // Content that settles in bursts (images, fonts) posts several heights: apply only the last one.
    scheduled ||= requestAnimationFrame(apply);
  };

  window.addEventListener('message', onMessage);
  return () => {
    window.removeEventListener('message', onMessage);
    cancelAnimationFrame(scheduled);
  };
}
