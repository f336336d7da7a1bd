// Delivers one encrypted web push message (RFC 8030/8291/8292) to one subscription endpoint.
// web-push builds the request (encryption and VAPID header); the POST is ours, so that every address
// the host resolves to is checked at connection time, when it is actually used: DNS may have
// changed since the subscription was stored, and a name could be made to point inside.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import webPush from 'web-push';
import { assertAddressesAllowed, checkEndpointShape, type EndpointPolicy } from './endpoint';
import type { VapidKeys } from './vapid';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface SendOptions extends EndpointPolicy {
  vapid: VapidKeys;
  /** How long the push service keeps an undelivered message, in seconds. */
  ttlSeconds: number;
  timeoutMs: number;
}

/** Resolves like dns.lookup, but fails unless every address of the host is allowed. */
function guardedLookup(policy: EndpointPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, entries: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      try {
        assertAddressesAllowed(
          entries.map((entry) => entry.address),
          policy,
        );
      } catch (rejected) {
        return callback(rejected as NodeJS.ErrnoException, '', 0);
      }
      const first = entries[0];
      if (options.all) return (callback as (e: null, all: LookupAddress[]) => void)(null, entries);
      return callback(null, first?.address ?? '', first?.family ?? 4);
    });
  };
}

/** POSTs the notification; resolves with the push service's HTTP status. */
export async function sendPush(
  target: PushTarget,
  payload: string,
  options: SendOptions,
): Promise<number> {
  const url = checkEndpointShape(target.endpoint, options);
  const details = webPush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    payload,
    {
      vapidDetails: options.vapid,
      TTL: options.ttlSeconds,
      urgency: 'normal',
      contentEncoding: 'aes128gcm',
    },
  );
  const transport = url.protocol === 'http:' ? http : https;
  return new Promise<number>((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: 'POST',
        headers: details.headers as http.OutgoingHttpHeaders,
        lookup: guardedLookup(options),
        timeout: options.timeoutMs,
      },
      (response) => {
        // The body is not needed; reading it frees the socket.
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('push service timed out')));
    request.on('error', reject);
    request.end(details.body);
  });
}
