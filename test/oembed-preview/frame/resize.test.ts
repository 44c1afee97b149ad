import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import { listenForFrameHeight, MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT } from '../../../src/oembed-preview/frame/resize.js';

const SECRET = '0123456789abcdef0123456789abcdef';
const height = (value: unknown, secret: unknown = SECRET) => ({ type: 'post-embeds:height', secret, height: value });

/**
 * A sandboxed frame that posts to the page whatever list of messages the test sends it, so messages
 * really come from the frame's window.
 */
async function relayFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.srcdoc = '<script>onmessage = (event) => event.data.forEach((m) => parent.postMessage(m, "*"));</script>';
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Sends `messages` through `frame`, then waits until the page has handled them and one animation frame has passed. */
async function relay(frame: HTMLIFrameElement, messages: unknown[]): Promise<void> {
  const done = new Promise<void>((resolve) => {
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'test:done') return;
      window.removeEventListener('message', onMessage);
      resolve();
    });
  });
  frame.contentWindow!.postMessage([...messages, { type: 'test:done' }], '*');
  await done;
  await nextFrame();
}

describe('listenForFrameHeight', () => {
  let frame: HTMLIFrameElement;
  let heights: number[];
  let stop: () => void;

  beforeEach(async () => {
    frame = await relayFrame();
    heights = [];
    stop = listenForFrameHeight(frame, SECRET, (value) => heights.push(value));
  });
  afterEach(() => {
    stop();
    frame.remove();
  });

  it('applies a height posted by the frame with its secret', async () => {
    await relay(frame, [height(321)]);
    expect(heights).to.deep.equal([321]);
  });

  it('ignores messages with a wrong or missing secret, a wrong type, or a height that is not a finite number', async () => {
    await relay(frame, [
      height(1e9, 'ffffffffffffffffffffffffffffffff'),
      { type: 'post-embeds:height', height: 500 },
      { type: 'other', secret: SECRET, height: 500 },
      height('500'),
      height(Number.NaN),
      height(Number.POSITIVE_INFINITY),
      'post-embeds:height',
      null,
    ]);
    expect(heights).to.deep.equal([]);
  });

  it('ignores the right message from the wrong window: the page itself, or another frame', async () => {
    window.postMessage(height(700), '*');
    const other = await relayFrame();
    try {
      await relay(other, [height(800)]);
      await relay(frame, []);
      expect(heights).to.deep.equal([]);
    } finally {
      other.remove();
    }
  });

  it(`clamps heights to [${MIN_FRAME_HEIGHT}, ${MAX_FRAME_HEIGHT}]`, async () => {
    await relay(frame, [height(1e9)]);
    await relay(frame, [height(0)]);
    await relay(frame, [height(-50)]);
    expect(heights).to.deep.equal([MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT]);
  });

  it('applies the last height of a burst, and nothing when the height did not change', async () => {
    await relay(frame, [height(100), height(200), height(300)]);
    expect(heights.at(-1)).to.equal(300);
    const calls = heights.length;
    await relay(frame, [height(300)]);
    expect(heights.length).to.equal(calls);
  });

  it('stops listening when disposed', async () => {
    stop();
    await relay(frame, [height(400)]);
    expect(heights).to.deep.equal([]);
  });

  it('rounds fractional heights up, so content is never cut off', async () => {
    await relay(frame, [height(120.2)]);
    expect(heights).to.deep.equal([121]);
  });
});
