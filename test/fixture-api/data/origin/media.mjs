/**
 * oEmbed items of the fixture origin's generic `/oembed` endpoint (keyed by page path), and the
 * images it serves (SVG gradients drawn at their exact size). `{origin}` is the origin's base URL.
 */

export const OEMBED_ITEMS = [
  {
    page: '/videos/sunrise-over-the-dunes',
    type: 'video',
    title: 'Sunrise over the dunes (time-lapse)',
    author_name: 'Daniel Okafor',
    author_url: '{origin}/authors/daniel-okafor',
    provider_name: 'Origin Video',
    provider_url: '{origin}/',
    cache_age: 3600,
    width: 640,
    height: 360,
    player: '/player/sunrise-over-the-dunes',
    thumbnail: 'sunrise-dunes',
  },
  {
    page: '/photos/peat-bog-morning',
    type: 'photo',
    title: 'Morning mist over a raised peat bog',
    author_name: 'Daniel Okafor',
    author_url: '{origin}/authors/daniel-okafor',
    provider_name: 'Origin Photos',
    provider_url: '{origin}/',
    width: 1200,
    height: 800,
    image: 'peat-bog-morning',
    thumbnail: 'peat-bog-morning',
  },
  {
    page: '/samples/oembed-only',
    type: 'link',
    title: 'Desert seeds wake after the first rain in years',
    author_name: 'Daniel Okafor',
    provider_name: 'oEmbed Sample',
    provider_url: '{origin}/',
    thumbnail: 'desert-bloom',
  },
];

export const IMAGES = {
  'bbc-open-models': { width: 1024, height: 576, label: 'Open models', hue: 200 },
  'open-models-network': { width: 1600, height: 900, label: 'Open models', hue: 330 },
  'heat-pump': { width: 800, height: 450, label: 'Heat pump', hue: 20 },
  'urban-fox': { width: 1200, height: 675, label: 'Urban fox', hue: 28 },
  'e-bike': { width: 960, height: 540, label: 'E-bike', hue: 150 },
  'peat-bog-morning': { width: 1200, height: 800, label: 'Peat bog', hue: 95 },
  'sunrise-dunes': { width: 640, height: 360, label: 'Dunes', hue: 40 },
  'desert-bloom': { width: 480, height: 270, label: 'Desert bloom', hue: 60 },
};
