/// <reference types="node" />
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { geoBounds, geoContains, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { EventSummary } from '../api.js';
import {
  groupBySpot,
  inKorea,
  koreaProjection,
  placeEvents,
  worldProjection,
  type CountryProps,
  type World,
} from './map-geo.js';
import { summary } from './__fixtures__/events.js';

const topology = JSON.parse(
  readFileSync(new URL('../../../data/world/countries-50m.json', import.meta.url), 'utf8'),
) as Topology;
const world = feature(topology, topology.objects['countries'] as GeometryCollection<CountryProps>) as World;
const country = (iso3: string) => {
  const found = world.features.find((f) => f.properties.iso3 === iso3);
  assert.ok(found, iso3);
  return found;
};

const SEOUL: [number, number] = [126.978, 37.566];
const PYONGYANG: [number, number] = [125.754, 39.039];
const YEONPYEONG: [number, number] = [125.7, 37.66];
const MOSCOW: [number, number] = [37.62, 55.75];

test('the shipped shapes carry ISO alpha-3 codes: Seoul is in KOR, Pyongyang in PRK, not the other way', () => {
  assert.ok(geoContains(country('KOR'), SEOUL));
  assert.ok(geoContains(country('PRK'), PYONGYANG));
  assert.ok(!geoContains(country('KOR'), PYONGYANG));
  assert.ok(!geoContains(country('PRK'), SEOUL));
  assert.ok(geoContains(country('RUS'), MOSCOW));
});

test('Korea inset: Seoul projects inside South Korea’s projected bounding box, inside the frame', () => {
  const projection = koreaProjection(300, 400);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(country('KOR'));
  const [x, y] = projection(SEOUL) ?? [Number.NaN, Number.NaN];
  assert.ok(x > x0 && x < x1 && y > y0 && y < y1, `Seoul at ${x},${y}`);
  assert.ok(x >= 0 && x <= 300 && y >= 0 && y <= 400);
  const [, py] = projection(PYONGYANG) ?? [0, 0];
  assert.ok(py < y, 'Pyongyang is drawn north of Seoul');
  const [yx] = projection(YEONPYEONG) ?? [0, 0];
  assert.ok(x - yx > 20, 'Yeonpyeong is well apart from Seoul at inset scale');
});

test('world projection keeps Seoul inside South Korea’s box and everything inside the frame', () => {
  const projection = worldProjection(960, 480);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(country('KOR'));
  const [x, y] = projection(SEOUL) ?? [Number.NaN, Number.NaN];
  assert.ok(x >= x0 && x <= x1 && y >= y0 && y <= y1);
  const [[w, s], [e, n]] = geoBounds(country('KOR'));
  assert.ok(inKorea(w, s) && inKorea(e, n), 'South Korea fits the inset frame');
  assert.ok(!inKorea(...MOSCOW));
});

test('placement: coordinates give a point, a country code alone its centre, nothing else is counted out', () => {
  const place = (name: string, code: string | null, lat: number | null, lon: number | null) => ({
    name,
    code,
    lat,
    lon,
    geonameid: null,
  });
  const cases: Array<[string, EventSummary['place'], string | null]> = [
    ['city with coordinates', place('Seoul', 'KOR', SEOUL[1], SEOUL[0]), 'point'],
    ['country only', place('North Korea', 'PRK', null, null), 'country'],
    ['code unknown to the shapes', place('Somewhere', 'XXX', null, null), null],
    ['name without code or coordinates', place('the East Sea', null, null, null), null],
    ['no place', null, null],
  ];
  const events = cases.map(([label, p]) => summary(label, { place: p }));
  const { placed, unplaced } = placeEvents(events, world);
  for (const [label, , precision] of cases) {
    const found = placed.find((p) => p.event.id === label);
    assert.equal(found?.precision ?? null, precision, label);
    if (!precision)
      assert.ok(
        unplaced.some((e) => e.id === label),
        `${label}: counted as unplaced`,
      );
  }
  const prk = placed.find((p) => p.precision === 'country');
  assert.ok(prk && geoContains(country('PRK'), [prk.lon, prk.lat]), 'the centre lies in the country');
});

test('events at one spot and precision share a mark; a point and a ring at the same spot do not', () => {
  const at = (id: string, precision: 'point' | 'country', lon: number) =>
    precision === 'point'
      ? { event: summary(id), precision, lon, lat: 0 }
      : { event: summary(id), precision, lon, lat: 0, country: 'X' };
  const spots = groupBySpot([
    at('1', 'point', 10),
    at('2', 'point', 10.001),
    at('3', 'country', 10),
    at('4', 'point', 11),
  ]);
  assert.deepEqual(
    spots.map((s) => s.items.map((i) => i.event.id)),
    [['1', '2'], ['3'], ['4']],
  );
});
