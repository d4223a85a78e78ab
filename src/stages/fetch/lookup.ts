import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { FetchError } from '../../core/errors.js';
import { blockedReason } from './address.js';

/**
 * A DNS lookup for http.request that refuses private addresses at connect time: the addresses checked
 * are the ones the socket will use, so a name that resolves to a public address when validated and to
 * 127.0.0.1 when connecting (DNS rebinding) cannot slip past. One blocked answer refuses the host.
 */
export function guardedLookup(): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const blocked = addresses.find((a) => blockedReason(a.address) !== null);
      if (blocked) return callback(privateAddressError(hostname, blocked.address), '', 0);
      const first = addresses[0];
      if (options.all) return callback(null, addresses);
      if (!first) return callback(new FetchError('fetch/dns', `${hostname} has no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

export function privateAddressError(host: string, address: string): FetchError {
  const why = blockedReason(address) ?? 'private';
  const where = host === address ? address : `${host} (${address})`;
  return new FetchError(
    'fetch/private-address',
    `refused to fetch ${where}: a ${why} address (use --allow-private to permit)`,
  );
}
