import type { EventStore } from '../repository.js';
import { actor, filler, testDocument, testEvent } from '../test-dialects.js';

const day = (d: string) => ({ start: d, end: d, text: '', precision: 'day' as const, anchor: null });
const place = (name: string, code: string, lat: number, lon: number) => ({
  name,
  code,
  lat,
  lon,
  geonameid: null,
});

/**
 * Three synthetic articles for the read models and the API: a missile launch reported twice with
 * different counts (a contradiction), talks in Moscow, a shelling; two quotes, one copy of an article.
 */
export async function seedReadModels(store: EventStore): Promise<{ articleIds: string[] }> {
  const launch = {
    date: day('2024-01-14'),
    place: place('Sinpo', 'PRK', 40.03, 128.18),
    quantities: { count: 2 },
  };
  const articles = [
    {
      url: 'https://example.com/launch',
      title: 'North fires ballistic missiles',
      text: `The military fired ballistic missiles. ${filler(1)}`,
      events: [
        testEvent({ ...launch, evidence: { text: 'fired ballistic missiles', start: 13, end: 37 } }),
        testEvent({
          type: 'CONSULT',
          actor: [actor('RUS')],
          recipient: [actor('PRK')],
          date: day('2024-01-16'),
          place: place('Moscow', 'RUS', 55.75, 37.62),
        }),
      ],
      quotes: [{ text: 'We will respond', speaker: actor('KOR'), channel: null, start: 0, end: 15 }],
    },
    {
      url: 'https://example.org/report',
      title: 'Launch count disputed',
      text: `Officials counted three launches from the coast. ${filler(2)}`,
      events: [testEvent({ ...launch, quantities: { count: 3 } })],
      quotes: [
        { text: 'A grave provocation', speaker: actor('JPN'), channel: 'statement', start: 5, end: 24 },
      ],
    },
    {
      url: 'https://example.net/shelling',
      title: 'Artillery shells land near island',
      text: `Artillery shells hit the sea near Yeonpyeong. ${filler(3)}`,
      events: [
        testEvent({
          type: 'ASSAULT',
          actor: [actor('PRK', 'MIL')],
          recipient: [actor('KOR')],
          date: day('2024-01-05'),
          status: 'claimed',
        }),
      ],
      quotes: [],
    },
  ];
  const articleIds: string[] = [];
  for (const a of articles) {
    const document = testDocument({ url: a.url, title: a.title, text: a.text });
    const { articleId } = await store.upsertArticle({ rawId: null, document, stageVersions: {} });
    await store.saveEvents(articleId, a.events, a.quotes);
    articleIds.push(articleId);
  }
  // A wire copy of the first article under another address: stored as its duplicate.
  const copy = testDocument({
    url: 'https://mirror.example/launch',
    title: articles[0]?.title ?? null,
    text: articles[0]?.text ?? '',
  });
  await store.upsertArticle({ rawId: null, document: copy, stageVersions: {} });
  return { articleIds };
}
