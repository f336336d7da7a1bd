// Link-preview and search crawlers fetch a shared link to draw its card; they are not shoppers.
// Their fetches must not count as link opens, and a short link answers them with Open Graph meta
// instead of a redirect.
const crawlerPattern = new RegExp(
  [
    'facebookexternalhit',
    'facebookcatalog',
    'facebot',
    'meta-externalagent',
    'whatsapp',
    'twitterbot',
    'telegrambot',
    'slackbot',
    'linkedinbot',
    'discordbot',
    'googlebot',
    'google-inspectiontool',
    'adsbot-google',
    'bingbot',
    'bingpreview',
    'applebot',
    'pinterestbot',
    'pinterest/',
    'redditbot',
    'skypeuripreview',
    'embedly',
    'vkshare',
    'yandexbot',
    'duckduckbot',
    'baiduspider',
    'line-poker',
    'iframely',
    'snapchat',
  ].join('|'),
  'i',
);

/** Whether a request's User-Agent belongs to a link-preview or search crawler. */
export function isPreviewCrawler(userAgent: string | null | undefined): boolean {
  return Boolean(userAgent) && crawlerPattern.test(userAgent ?? '');
}
