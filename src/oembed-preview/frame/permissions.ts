/**
 * The browser features an embedded player may use (the iframe `allow` attribute): playback, fullscreen,
 * picture-in-picture, copying a link. Not `web-share`: Chromium on Linux and Firefox do not know it and warn
 * about it in the console. Nothing that reaches the visitor's devices or whereabouts
 * (camera, microphone, geolocation, USB…): those stay denied, whatever the provider's markup asks for.
 */
export const EMBED_PERMISSIONS = 'autoplay; encrypted-media; fullscreen; picture-in-picture; clipboard-write';
