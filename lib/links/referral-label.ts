// How an agent reads where a shopper came from: the utm_source as the network's own name.
const NETWORKS: Record<string, string> = {
  instagram: 'Instagram',
  ig: 'Instagram',
  facebook: 'Facebook',
  fb: 'Facebook',
  whatsapp: 'WhatsApp',
  wa: 'WhatsApp',
  tiktok: 'TikTok',
  youtube: 'YouTube',
};

/** The network a utm_source names, capitalised when unknown; null when there is none. */
export function sourceName(utmSource: string): string | null {
  const source = utmSource.trim();
  if (!source) return null;
  return NETWORKS[source.toLowerCase()] ?? source.charAt(0).toUpperCase() + source.slice(1);
}
