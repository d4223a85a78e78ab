import { BlockList, isIP } from 'node:net';

/**
 * Addresses a fetch must not reach unless the user allows it: a URL in a feed or a JSONL record must not
 * make sitroom read the machine's own services, the LAN, or a cloud metadata endpoint (169.254.169.254).
 * IPv4-mapped IPv6 forms (::ffff:127.0.0.1) match the IPv4 rules: node's BlockList checks them as IPv4.
 */
const BLOCKED_SUBNETS: readonly [network: string, prefix: number, family: 'ipv4' | 'ipv6', why: string][] = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.0.0.0', 24, 'ipv4', 'IETF protocol assignments'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['198.18.0.0', 15, 'ipv4', 'benchmarking'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved or broadcast'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['fc00::', 7, 'ipv6', 'unique-local'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['fec0::', 10, 'ipv6', 'site-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
];

const blockLists = BLOCKED_SUBNETS.map(([network, prefix, family, why]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, why };
});

/** Strips the brackets URL hostnames put around IPv6 literals ("[::1]" → "::1"). */
export const unbracket = (host: string): string => host.replace(/^\[(.*)\]$/, '$1');

/** Why `address` (an IP literal) is refused — "loopback", "private", … — or null when it is public. */
export function blockedReason(address: string): string | null {
  const ip = unbracket(address);
  const family = isIP(ip);
  if (family === 0) return null;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return blockLists.find((b) => b.list.check(ip, type))?.why ?? null;
}
