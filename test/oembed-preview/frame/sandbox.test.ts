import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { createSandboxedFrame, FRAME_SANDBOX } from '../../../src/oembed-preview/frame/sandbox.js';
import { listenForFrameHeight, MAX_FRAME_HEIGHT } from '../../../src/oembed-preview/frame/resize.js';
import { parseOEmbedJson } from '../../../src/core/adapters/oembed.js';
import { api, requestCount } from '../../helpers.js';

const added: Element[] = [];
afterEach(() => added.splice(0).forEach((element) => element.remove()));

/** The first message `frame` posts with `data.type === type`. */
function messageFrom<T>(frame: HTMLIFrameElement, type: string): Promise<T> {
  return new Promise((resolve) => {
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== frame.contentWindow || event.data?.type !== type) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data as T);
    });
  });
}

interface Probe {
  parentWrite: string;
  topDocument: string;
  cookie: string;
  origin: string;
  secretVisible: boolean;
  baseTarget: string | undefined;
  lang: string;
  dir: string;
  direction: string;
}

/** Provider HTML that tries to reach the page, forges height messages, then reports what it could do. */
const HOSTILE_HTML = `<p>Hostile embed</p><script>
  const attempt = (action) => { try { return String(action()); } catch (error) { return error.name; } };
  const probe = {
    parentWrite: attempt(() => { parent.x = 1; return 'written'; }),
    topDocument: attempt(() => top.document.title),
    cookie: attempt(() => document.cookie),
    origin: String(self.origin),
    secretVisible: document.querySelector('[data-secret]') !== null,
    baseTarget: document.querySelector('base')?.target,
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    direction: getComputedStyle(document.body).direction,
  };
  attempt(() => { top.location = '/api/oembed/__hostile-navigation'; });
  parent.postMessage({ type: 'post-embeds:height', secret: '00000000000000000000000000000000', height: 1e9 }, '*');
  parent.postMessage({ type: 'post-embeds:height', height: 1e9 }, '*');
  parent.postMessage({ type: 'test:probe', probe }, '*');
</script>`;

describe('createSandboxedFrame', () => {
  it('sandboxes the frame without allow-same-origin and sizes it as declared', () => {
    const { frame } = createSandboxedFrame('<p>Hi</p>', { title: 'An embed', width: 480, height: 270 });
    expect([...frame.sandbox]).to.have.members(FRAME_SANDBOX.split(' '));
    expect(frame.sandbox.contains('allow-same-origin')).to.equal(false);
    expect(frame.title).to.equal('An embed');
    expect([frame.width, frame.height]).to.deep.equal(['480', '270']);
    expect(frame.allow).not.to.match(/camera|microphone|geolocation/);
  });

  it('makes a fresh 128-bit hex secret for every frame', () => {
    const secrets = [1, 2, 3].map(() => createSandboxedFrame('', { title: 't' }).secret);
    for (const secret of secrets) expect(secret).to.match(/^[0-9a-f]{32}$/);
    expect(new Set(secrets).size).to.equal(3);
  });

  it('keeps hostile provider HTML away from the page, its cookies and its height', async () => {
    document.cookie = 'post-embeds-test=page-only; path=/';
    const { frame, secret } = createSandboxedFrame(HOSTILE_HTML, { title: 'Hostile', lang: 'ar', dir: 'rtl' });
    const heights: number[] = [];
    const stop = listenForFrameHeight(frame, secret, (height) => heights.push(height));
    const probe = messageFrom<{ probe: Probe }>(frame, 'test:probe');
    const href = location.href;
    added.push(frame);
    document.body.append(frame);

    const { probe: seen } = await probe;
    expect((window as { x?: unknown }).x).to.equal(undefined);
    expect(seen.parentWrite).to.equal('SecurityError');
    expect(seen.topDocument).to.equal('SecurityError');
    expect(seen.cookie).to.equal('SecurityError');
    expect(seen.origin).to.equal('null');
    expect(seen.secretVisible, 'the reporter removes its secret before provider scripts run').to.equal(false);
    expect(seen.baseTarget).to.equal('_blank');
    expect([seen.lang, seen.dir, seen.direction]).to.deep.equal(['ar', 'rtl', 'rtl']);

    // The forged messages came before the probe; the real reporter's height follows the content.
    await waitUntil(() => heights.length > 0, 'the reporter posts the real height');
    await nextFrame();
    expect(heights).not.to.include(MAX_FRAME_HEIGHT);
    expect(heights.at(-1)).to.be.below(200);
    expect(location.href).to.equal(href);
    stop();
  });

  it('reports the content height with no body margin, and again when the content changes', async () => {
    const html = `<div id="box" style="height: 300px"></div>
      <script>onmessage = (event) => { document.getElementById('box').style.height = event.data; };</script>`;
    const { frame, secret } = createSandboxedFrame(html, { title: 'Growing', height: 100 });
    const heights: number[] = [];
    const stop = listenForFrameHeight(frame, secret, (height) => heights.push(height));
    added.push(frame);
    document.body.append(frame);

    await waitUntil(() => heights.at(-1) === 300, `expected 300, got ${heights.join(', ')}`);
    frame.contentWindow!.postMessage('650px', '*');
    await waitUntil(() => heights.at(-1) === 650, `expected 650, got ${heights.join(', ')}`);
    stop();
  });

  it("runs the video fixture's player only once the frame is in the page", async () => {
    const response = await fetch(api(`oembed/video?url=${encodeURIComponent('https://video.example/watch/x')}`));
    const video = parseOEmbedJson(await response.json(), response.url);
    if (video.type !== 'video') throw new Error('expected a video');
    const { frame } = createSandboxedFrame(video.untrustedHtml, { title: video.title ?? 'Video' });
    const playerPath = '/api/oembed/player/';
    expect(await requestCount(playerPath)).to.equal(0);
    added.push(frame);
    document.body.append(frame);
    await waitUntil(async () => (await requestCount(playerPath)) === 1, 'the player loads inside the frame');
  });

  it("runs WordPress's post embed: its own script reveals and sizes the post's frame, and the height follows", async () => {
    const permalink = 'https://florin.blog/chinese-open-source-ai-models-cheap-deployable/';
    const response = await fetch(api(`wp-json/oembed/1.0/embed?url=${encodeURIComponent(permalink)}`));
    const post = parseOEmbedJson(await response.json(), response.url);
    if (post.type !== 'rich') throw new Error('expected a rich embed');
    const { frame, secret } = createSandboxedFrame(post.untrustedHtml, { title: post.title ?? 'Post', width: post.width, height: post.height });
    const heights: number[] = [];
    const stop = listenForFrameHeight(frame, secret, (height) => heights.push(height));
    added.push(frame);
    document.body.append(frame);
    // Until the embed page reports, only the one-line blockquote is in the flow (the post's frame is
    // hidden and absolutely positioned): 200 px and more means WordPress's script revealed and sized it.
    await waitUntil(() => (heights.at(-1) ?? 0) >= 200, `expected the revealed post frame, got ${heights.join(', ')}`);
    stop();
  });
});
