// The link parameters a shopper landed with count once: after the chat has opened with them, they
// leave the address, so a reload neither records a second arrival nor prefills the composer again.
// The product stays: reopening it on reload does no harm.
const LANDING_PARAMS = [
  'text',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_content',
  'utm_term',
  'ad_id',
  'fbclid',
  'ctwa_clid',
  'ref',
  'src',
];

/** The arrival the page recorded, as conversation:open takes it. */
export interface ClientArrival {
  openId: string;
  fbclid: string | null;
  ctwaClid: string | null;
}

export function arrivalPayload(arrival: ClientArrival) {
  return {
    openId: arrival.openId,
    ...(arrival.fbclid && { fbclid: arrival.fbclid }),
    ...(arrival.ctwaClid && { ctwaClid: arrival.ctwaClid }),
  };
}

export function forgetLandingParams(): void {
  const url = new URL(window.location.href);
  const landed = LANDING_PARAMS.filter((name) => url.searchParams.has(name));
  if (!landed.length) return;
  for (const name of landed) url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', url);
}
