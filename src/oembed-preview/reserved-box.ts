/**
 * Which box a preview reserves before its oEmbed answer arrives: video providers answer `video`, whose
 * card is a 16:9 media box above the caption; any other page gets the link card's box.
 */

/** Video providers of the oembed.com list that pages embed most. */
const VIDEO_HOSTS = /(^|\.)(youtube(-nocookie)?\.com|youtu\.be|vimeo\.com|dailymotion\.com|dai\.ly|twitch\.tv|tiktok\.com|ted\.com|loom\.com|wistia\.com|streamable\.com)$/;

/** Whether `page` (or, for a complete request URL, the page in its `url` parameter) is on a video provider. */
export function isVideoPage(page: string | undefined, requestUrl?: string): boolean {
  try {
    return VIDEO_HOSTS.test(new URL(page ?? new URL(requestUrl!).searchParams.get('url')!).hostname);
  } catch {
    return false;
  }
}
