import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockedReason } from './address.js';

const blocked: [label: string, address: string, why: string][] = [
  ['IPv4 loopback', '127.0.0.1', 'loopback'],
  ['other loopback address', '127.8.9.10', 'loopback'],
  ['RFC 1918 10/8', '10.0.0.1', 'private'],
  ['RFC 1918 172.16/12', '172.31.255.254', 'private'],
  ['RFC 1918 192.168/16', '192.168.1.1', 'private'],
  ['cloud metadata endpoint', '169.254.169.254', 'link-local'],
  ['carrier-grade NAT', '100.64.0.1', 'carrier-grade NAT'],
  ['unspecified IPv4', '0.0.0.0', 'unspecified ("this network")'],
  ['multicast IPv4', '239.255.255.250', 'multicast'],
  ['broadcast', '255.255.255.255', 'reserved or broadcast'],
  ['IPv6 loopback', '::1', 'loopback'],
  ['IPv6 loopback in URL brackets', '[::1]', 'loopback'],
  ['unspecified IPv6', '::', 'unspecified'],
  ['unique-local IPv6', 'fd12:3456::1', 'unique-local'],
  ['link-local IPv6', 'fe80::1', 'link-local'],
  ['multicast IPv6', 'ff02::1', 'multicast'],
  ['IPv4-mapped loopback, dotted', '::ffff:127.0.0.1', 'loopback'],
  ['IPv4-mapped loopback, hex (as URL parsing writes it)', '::ffff:7f00:1', 'loopback'],
  ['IPv4-mapped metadata endpoint', '::ffff:169.254.169.254', 'link-local'],
];

const allowed: [label: string, address: string][] = [
  ['public IPv4', '8.8.8.8'],
  ['just past 172.16/12', '172.32.0.1'],
  ['just past carrier-grade NAT', '100.128.0.1'],
  ['public IPv6', '2606:4700:4700::1111'],
  ['IPv4-mapped public address', '::ffff:8.8.8.8'],
  ['a host name is not an address', 'localhost'],
];

for (const [label, address, why] of blocked) {
  test(`blockedReason refuses ${label}`, () => assert.equal(blockedReason(address), why));
}

for (const [label, address] of allowed) {
  test(`blockedReason allows ${label}`, () => assert.equal(blockedReason(address), null));
}
