import { expect } from '@open-wc/testing';
import { createProviderIframe, parseSingleProviderIframe } from '../../../src/oembed-preview/frame/provider-iframe.js';

/** YouTube's oEmbed `html`, as YouTube sends it. */
const YOUTUBE_HTML =
  '<iframe width="200" height="113" src="https://www.youtube.com/embed/M7lc1UVf-VE?feature=oembed" frameborder="0" ' +
  'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" ' +
  'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen title="YouTube Developers Live: Embedded Web Player Customization"></iframe>';

describe('parseSingleProviderIframe', () => {
  it('accepts a lone YouTube player and moves it to youtube-nocookie.com', () => {
    expect(parseSingleProviderIframe(`\n  ${YOUTUBE_HTML}\n`, 'https://www.youtube.com/')).to.deep.equal({
      src: 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?feature=oembed',
      width: 200,
      height: 113,
      title: 'YouTube Developers Live: Embedded Web Player Customization',
      autoplay: true,
    });
  });

  it('accepts other well-known players on their provider’s domain', () => {
    const cases: [string, string, string][] = [
      ['https://vimeo.com/', '//player.vimeo.com/video/76979871?h=8272103f6e', 'https://player.vimeo.com/video/76979871?h=8272103f6e'],
      ['https://soundcloud.com', 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F1', 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F1'],
      ['https://spotify.com', 'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC', 'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC'],
      ['https://www.dailymotion.com', 'https://geo.dailymotion.com/player.html?video=x8abc12', 'https://geo.dailymotion.com/player.html?video=x8abc12'],
      ['https://codepen.io', 'https://codepen.io/team/codepen/embed/preview/PNaGbb', 'https://codepen.io/team/codepen/embed/preview/PNaGbb'],
    ];
    for (const [provider, src, expected] of cases) {
      const player = parseSingleProviderIframe(`<iframe src="${src}" width="100%" height="352"></iframe>`, provider);
      // YouTube and Vimeo start playing when asked (one click plays); the others are not asked.
      const autoplay = provider === 'https://vimeo.com/' ? true : undefined;
      expect(player, provider).to.deep.equal({ src: expected, width: undefined, height: 352, title: undefined, autoplay });
    }
  });

  it('refuses anything more than one plain iframe', () => {
    const refused = [
      `${YOUTUBE_HTML}<script src="https://www.youtube.com/iframe_api"></script>`,
      `${YOUTUBE_HTML}${YOUTUBE_HTML}`,
      `<!-- player -->${YOUTUBE_HTML}`,
      `${YOUTUBE_HTML}<!-- player -->`,
      `&nbsp;${YOUTUBE_HTML}`,
      `<div>${YOUTUBE_HTML}</div>`,
      `<meta http-equiv="refresh" content="0">${YOUTUBE_HTML}`,
      YOUTUBE_HTML.replace('<iframe ', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;" '),
      YOUTUBE_HTML.replace('<iframe ', '<iframe sandbox="allow-scripts" '),
      '<video src="https://www.youtube.com/embed/M7lc1UVf-VE"></video>',
      '',
    ];
    for (const html of refused) expect(parseSingleProviderIframe(html, 'https://www.youtube.com/'), html).to.equal(undefined);
  });

  it('refuses players that are not https, not allow-listed, or not the provider’s own', () => {
    const refused: [string, string | undefined][] = [
      ['<iframe src="http://www.youtube.com/embed/M7lc1UVf-VE"></iframe>', 'https://www.youtube.com/'],
      ['<iframe src="javascript:alert(1)"></iframe>', 'https://www.youtube.com/'],
      ['<iframe src="https://www.youtube.com/watch?v=M7lc1UVf-VE"></iframe>', 'https://www.youtube.com/'],
      ['<iframe src="https://player.example.net/embed/1"></iframe>', 'https://player.example.net/'],
      ['<iframe src="https://www.youtube.com.example.net/embed/1"></iframe>', 'https://www.youtube.com/'],
      // A provider vouching for someone else's player.
      [YOUTUBE_HTML, 'https://videos.example.net/'],
      [YOUTUBE_HTML, 'https://notyoutube.com/'],
      [YOUTUBE_HTML, undefined],
      // A relative src resolves on the provider's host, which is not a player host.
      ['<iframe src="/video/76979871"></iframe>', 'https://vimeo.com/'],
    ];
    for (const [html, provider] of refused) expect(parseSingleProviderIframe(html, provider), `${html} ${provider}`).to.equal(undefined);
  });
});

describe('createProviderIframe', () => {
  it('asks YouTube and Vimeo to play at once after the reader’s click, with autoplay allowed, and nothing else', () => {
    for (const [html, provider] of [
      [YOUTUBE_HTML, 'https://www.youtube.com/'],
      ['<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" width="640" height="360"></iframe>', 'https://vimeo.com/'],
    ]) {
      const player = parseSingleProviderIframe(html, provider)!;
      const played = new URL(createProviderIframe(player, true).src);
      expect(played.searchParams.get('autoplay'), provider).to.equal('1');
      expect(createProviderIframe(player, true).allow.split(';').map((feature) => feature.trim())).to.include('autoplay');
      // Loaded without a click (remembered consent, activation="visible"): not asked to play.
      expect(new URL(createProviderIframe(player).src).searchParams.has('autoplay'), provider).to.equal(false);
      expect(createProviderIframe(player, true).hasAttribute('sandbox')).to.equal(false);
    }
    const soundcloud = parseSingleProviderIframe('<iframe src="https://w.soundcloud.com/player/?url=x" height="166"></iframe>', 'https://soundcloud.com')!;
    expect(createProviderIframe(soundcloud, true).src).to.equal('https://w.soundcloud.com/player/?url=x');
  });


  it('builds a lazy player frame with an explicit feature list and a strict referrer policy', () => {
    const frame = createProviderIframe({
      src: 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE',
      width: 560,
      height: 315,
      title: 'A video',
    });
    expect(frame.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE');
    expect(frame.getAttribute('loading')).to.equal('lazy');
    expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(frame.title).to.equal('A video');
    expect([frame.width, frame.height]).to.deep.equal(['560', '315']);
    const features = frame.allow.split(';').map((feature) => feature.trim());
    expect(features).to.include.members(['autoplay', 'fullscreen', 'picture-in-picture']);
    for (const denied of ['camera', 'microphone', 'geolocation']) expect(features).not.to.include(denied);
    expect(frame.hasAttribute('sandbox')).to.equal(false);
  });
});
