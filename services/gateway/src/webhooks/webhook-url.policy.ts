import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import type { WebhookSettings } from './webhook.settings';

type UrlPolicy = Pick<WebhookSettings, 'allowLoopbackHttp' | 'allowPrivateNetworks'>;

/** Addresses a webhook must never reach unless the operator allows it (SSRF: metadata services, the cluster, the host). */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why a URL may not be a webhook target (a validation code), or null when it may. */
export function webhookUrlProblem(raw: string, policy: UrlPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'isUrl';
  }
  if (url.username || url.password) return 'urlHasCredentials';
  if (url.hash) return 'urlHasFragment';
  const loopbackHttp = url.protocol === 'http:' && policy.allowLoopbackHttp && LOOPBACK_NAMES.has(url.hostname);
  if (url.protocol !== 'https:' && !loopbackHttp) return 'urlNotHttps';
  if (loopbackHttp) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return policy.allowPrivateNetworks ? null : 'urlPrivateTarget';
  if (isIP(host) && isForbiddenAddress(host, policy)) return 'urlPrivateTarget';
  return null;
}

/** True when `address` is in a private range the policy does not allow. */
export function isForbiddenAddress(address: string, policy: UrlPolicy, loopbackAllowed = false): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  const mapped = family === 6 ? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] : undefined;
  if (mapped) return isForbiddenAddress(mapped, policy, loopbackAllowed);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (loopbackAllowed && LOOPBACK.check(address, type)) return false;
  if (policy.allowPrivateNetworks) return false;
  return PRIVATE.check(address, type);
}

/**
 * A `lookup` for http.request that refuses a name resolving to a forbidden address at connect
 * time (a public name re-pointed at 169.254.169.254 after registration — DNS rebinding).
 */
export function guardedLookup(policy: UrlPolicy, loopbackAllowed: boolean) {
  return (hostname: string, options: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses;
      const bad = list.find((a) => isForbiddenAddress(a.address, policy, loopbackAllowed));
      if (bad || list.length === 0) return callback(Object.assign(new Error(`Webhook target ${hostname} resolves to a forbidden address`), { code: 'EWEBHOOKTARGET' }), []);
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}
