import { describe, expect, it } from 'vitest';
import { fixtureCoalition } from '../../test-support/dataset-fixture';
import { claimsAsOf, countryAsOf, lastReportOnOrBefore, reportDates, stanceAsOf } from './as-of';
import type { Country } from './schema';

function country(iso3: string): Country {
  const found = fixtureCoalition.countries.find((c) => c.iso3 === iso3);
  if (!found) throw new Error(`test fixture has no ${iso3}`);
  return found;
}

describe('reportDates', () => {
  it('lists every claim and fact date once, oldest first', () => {
    expect(reportDates(fixtureCoalition)).toEqual(['2025-03-02', '2025-03-06', '2025-04-10']);
  });
});

describe('claimsAsOf', () => {
  it('keeps claims dated on or before the day, all of them for null', () => {
    expect(claimsAsOf(country('GBR').claims, '2025-03-02').map((c) => c.id)).toEqual(['gbr-troops']);
    expect(claimsAsOf(country('GBR').claims, null)).toHaveLength(2);
  });
});

describe('stanceAsOf', () => {
  it('is the curated stance once every claim is made, or with no date', () => {
    expect(stanceAsOf(country('ITA'), null)).toBe('other-support');
    expect(stanceAsOf(country('ITA'), '2025-04-10')).toBe('other-support');
  });
  it('is null before the first claim', () => {
    expect(stanceAsOf(country('TUR'), '2025-03-05')).toBeNull();
    expect(stanceAsOf(country('TUR'), '2025-03-06')).toBe('peacekeeping-only');
  });
  it('follows the resolution when its claim is made by then', () => {
    const ita: Country = {
      ...country('ITA'),
      stance: 'opposed',
      resolution: { follows: 'ita-opposed', reason: 'x' },
    };
    expect(stanceAsOf(ita, '2025-03-06')).toBe('opposed');
  });
  it('falls back to the strongest stance when the resolution’s claim is still to come', () => {
    const ita: Country = {
      ...country('ITA'),
      stance: 'opposed',
      resolution: { follows: 'ita-opposed', reason: 'x' },
    };
    expect(stanceAsOf(ita, '2025-03-02')).toBe('other-support');
  });
  it('lets a supporting claim outrank opposed, and opposed stand alone', () => {
    const claims = country('ITA').claims;
    const [support, opposed] = claims;
    if (!support || !opposed) throw new Error('fixture ITA needs two claims');
    const late = (c: typeof support) => ({ ...c, date: '2025-05-01' });
    expect(stanceAsOf({ stance: 'troops', claims: [opposed, late(support)] }, '2025-04-01')).toBe('opposed');
    expect(
      stanceAsOf({ stance: 'troops', claims: [opposed, { ...support }, late(support)] }, '2025-04-01'),
    ).toBe('other-support');
  });
});

describe('countryAsOf', () => {
  it('returns the country untouched with no date, or when every claim is old enough', () => {
    expect(countryAsOf(country('GBR'), null)).toBe(country('GBR'));
    expect(countryAsOf(country('GBR'), '2025-03-06')).toBe(country('GBR'));
  });
  it('is null before the country has any claim', () => {
    expect(countryAsOf(country('TUR'), '2025-03-05')).toBeNull();
  });
  it('takes the strongest stance the remaining claims support', () => {
    // GBR: troops (03-02) and other-support (03-06). Both on 03-06; only troops on 03-02.
    const gbr = countryAsOf(country('GBR'), '2025-03-02');
    expect(gbr?.claims.map((c) => c.id)).toEqual(['gbr-troops']);
    expect(gbr?.stance).toBe('troops');
  });
  it('keeps the resolution while the claim it follows remains', () => {
    // ITA follows ita-no-troops (03-02); ita-opposed (03-06) is not yet made on 03-02.
    const ita = countryAsOf(country('ITA'), '2025-03-02');
    expect(ita?.stance).toBe('other-support');
    expect(ita?.resolution?.follows).toBe('ita-no-troops');
  });
  it('drops a resolution whose claim is gone and falls back to the strongest stance', () => {
    const ita: Country = {
      ...country('ITA'),
      resolution: { follows: 'ita-opposed', reason: 'test: follows the later claim' },
      stance: 'opposed',
    };
    const early = countryAsOf(ita, '2025-03-02');
    expect(early).not.toHaveProperty('resolution');
    expect(early?.stance).toBe('other-support');
  });
});

describe('lastReportOnOrBefore', () => {
  const dates = ['2025-03-06', '2025-04-10'];
  it('snaps a day between reports to the last report before it', () => {
    expect(lastReportOnOrBefore('2025-03-20', dates)).toBe('2025-03-06');
    expect(lastReportOnOrBefore('2025-04-10', dates)).toBe('2025-04-10');
    expect(lastReportOnOrBefore('2026-01-01', dates)).toBe('2025-04-10');
  });
  it('is null before the first report', () => {
    expect(lastReportOnOrBefore('2025-03-05', dates)).toBeNull();
  });
});
