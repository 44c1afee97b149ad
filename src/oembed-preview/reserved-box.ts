/**
 * Which box a preview reserves before its oEmbed answer arrives: video providers answer `video`, whose
 * card is a 16:9 media box above the caption; any other page gets the link card's box.
 */

/**
 * Video providers of the oembed.com list that pages embed most, by host, in a page URL or (percent-encoded)
 * in a complete request URL's `url=`. Unanchored on the left on purpose (`www.`, `m.`, `player.`): a
 * lookalike host only changes the skeleton's shape.
 */
const VIDEO_HOST = /(youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|twitch\.tv|tiktok\.com)(\/|%2F)/i;

/** Whether `url` (a page, or a request URL naming one) is on a video provider. */
export const isVideoPage = (url = '') => VIDEO_HOST.test(url);
