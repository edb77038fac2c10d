// A small dataset shaped like data/coalition.json and data/sources.json, for unit tests only.
// It mirrors the contract in src/data/schema.ts (one disagreement, one rewrite source, two size facts) so
// the indexes, selectors and URL functions are exercised on the cases the real data has.
import type { Coalition, Source } from '../src/data/schema';

export const fixtureSources: Source[] = [
  {
    id: 'original-report',
    title: 'Leaders meet on a coalition',
    publisher: 'Example News',
    published: '2025-03-02',
    url: 'https://example.org/a',
    kind: 'original',
    language: 'en',
    receivedAs: 'a.txt',
    quality: 'Clean original text.',
  },
  {
    id: 'rewrite-report',
    title: 'Twenty countries',
    publisher: null,
    published: null,
    url: null,
    kind: 'rewrite',
    language: 'en',
    receivedAs: 'b.txt',
    quality: 'A rewrite: may contain factual slips.',
  },
];

export const fixtureCoalition: Coalition = {
  title: 'Test coalition',
  description: 'A coalition used in tests.',
  supports: 'UKR',
  supported: {
    iso3: 'UKR',
    name: 'Ukraine',
    summary: 'The country the coalition supports.',
    statements: [
      {
        id: 'ukr-not-alone',
        speaker: 'The president of Ukraine',
        statement: 'Thanked the leaders for their support.',
        date: '2025-03-06',
        evidence: [{ source: 'rewrite-report', quote: 'We are very thankful that we are not alone' }],
      },
    ],
  },
  updated: '2025-04-12',
  facts: [
    {
      id: 'size-later',
      kind: 'size',
      statement: 'About 30 countries are involved.',
      date: '2025-04-10',
      count: 30,
      approximate: true,
      evidence: [{ source: 'original-report', quote: 'about 30 countries involved' }],
    },
    {
      id: 'size-early',
      kind: 'size',
      statement: 'Around 20 countries have shown interest.',
      date: '2025-03-06',
      count: 20,
      approximate: true,
      evidence: [{ source: 'rewrite-report', quote: 'Around 20 countries have expressed interest' }],
    },
    {
      id: 'lead',
      kind: 'leadership',
      statement: 'The UK and France lead the effort.',
      date: '2025-03-02',
      evidence: [{ source: 'original-report', quote: 'spearheaded by the UK and France' }],
    },
  ],
  countries: [
    {
      iso3: 'GBR',
      name: 'United Kingdom',
      stance: 'troops',
      summary: 'Ready to put troops on the ground.',
      claims: [
        {
          id: 'gbr-troops',
          stance: 'troops',
          statement: 'Ready to deploy troops.',
          date: '2025-03-02',
          evidence: [{ source: 'original-report', quote: 'boots on the ground and planes in the air' }],
        },
        {
          id: 'gbr-lead',
          stance: 'other-support',
          statement: 'Leads the planning.',
          date: '2025-03-06',
          evidence: [{ source: 'rewrite-report', quote: 'spearheaded by the UK and France' }],
        },
      ],
    },
    {
      iso3: 'ITA',
      name: 'Italy',
      stance: 'other-support',
      summary: 'Will not send troops.',
      resolution: { follows: 'ita-no-troops', reason: 'The original says no troops.' },
      claims: [
        {
          id: 'ita-no-troops',
          stance: 'other-support',
          statement: 'Offers support but no troops.',
          date: '2025-03-02',
          evidence: [{ source: 'original-report', quote: 'Italy will not send troops' }],
        },
        {
          id: 'ita-opposed',
          stance: 'opposed',
          statement: 'Opposes the deployment.',
          date: '2025-03-06',
          evidence: [{ source: 'rewrite-report', quote: 'Italy opposed the deployment' }],
        },
      ],
    },
    {
      iso3: 'TUR',
      name: 'Turkey',
      stance: 'peacekeeping-only',
      summary: 'Open to peacekeeping.',
      claims: [
        {
          id: 'tur-pk',
          stance: 'peacekeeping-only',
          statement: 'Open to sending peacekeepers.',
          date: '2025-03-06',
          evidence: [{ source: 'original-report', quote: 'Turkey is open to peacekeeping' }],
        },
      ],
    },
    {
      iso3: 'CAN',
      name: 'Canada',
      stance: 'unstated',
      summary: 'Attended the meeting.',
      claims: [
        {
          id: 'can-named',
          stance: 'unstated',
          statement: 'Attended the summit.',
          date: '2025-03-02',
          evidence: [{ source: 'original-report', quote: 'leaders of Canada attended' }],
        },
      ],
    },
  ],
};
