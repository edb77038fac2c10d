import { describe, expect, it } from 'vitest';
import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { STANCES } from '../data/stances';
import { STANCE_COLORS, UKRAINE_COLOR } from '../map/map-style';
import { DARK_PALETTE } from '../theme/palette';
import { BOUNDARIES_CREDIT, latestEvidenceDate, viewCaption } from './view-caption';

describe('source credits', () => {
  it('adds the grade unless the title already says it', () => {
    const sources = fixtureSources.map((s) =>
      s.id === 'rewrite-report' ? { ...s, title: 'Twenty countries (rewrite of a report)' } : s,
    );
    const { credits } = viewCaption(fixtureCoalition, sources, { stances: STANCES });
    expect(credits[0]).toBe(
      'Sources: Leaders meet on a coalition (original); Twenty countries (rewrite of a report).',
    );
  });
});

describe('latestEvidenceDate', () => {
  it('is the latest claim or fact date', () => {
    expect(latestEvidenceDate(fixtureCoalition)).toBe('2025-04-10');
  });
});

describe('viewCaption', () => {
  it('titles the image and dates it by the latest evidence when no date is chosen', () => {
    const caption = viewCaption(fixtureCoalition, fixtureSources, { stances: STANCES });
    expect(caption.title).toBe('Test coalition');
    expect(caption.subtitle).toBe('As of 10 April 2025');
  });

  it('dates it by the chosen day', () => {
    const caption = viewCaption(fixtureCoalition, fixtureSources, { stances: STANCES, asOf: '2025-03-02' });
    expect(caption.subtitle).toBe('As of 2 March 2025');
  });

  it('lists each stance in the map colours with its count, then Ukraine and no-data', () => {
    const { legend } = viewCaption(fixtureCoalition, fixtureSources, { stances: STANCES });
    expect(legend.slice(0, 5).map((e) => [e.color, e.count])).toEqual([
      [STANCE_COLORS.troops, 1],
      [STANCE_COLORS['peacekeeping-only'], 1],
      [STANCE_COLORS['other-support'], 1],
      [STANCE_COLORS.opposed, 0],
      [STANCE_COLORS.unstated, 1],
    ]);
    expect(legend[5]).toMatchObject({ label: 'Ukraine (supported)', color: UKRAINE_COLOR, count: null });
    expect(legend).toHaveLength(7);
  });

  it('takes the swatch colours from the palette it is given (the dark theme)', () => {
    const { legend } = viewCaption(fixtureCoalition, fixtureSources, { stances: STANCES }, DARK_PALETTE);
    expect(legend.map((e) => e.color)).toEqual([
      ...STANCES.map((s) => DARK_PALETTE.stances[s]),
      DARK_PALETTE.supported,
      DARK_PALETTE.noData,
    ]);
  });

  it('marks stances the filter hides and counts as of the chosen day', () => {
    const { legend } = viewCaption(fixtureCoalition, fixtureSources, {
      stances: ['troops'],
      asOf: '2025-03-02',
    });
    expect(legend.filter((e) => e.hidden).map((e) => e.label)).toEqual([
      'Peacekeeping only',
      'Other support',
      'Opposed',
      'Named, no stated commitment',
    ]);
    // On 2 March Turkey had no claim yet.
    expect(legend[1]?.count).toBe(0);
  });

  it('credits the sources in view with their grade, the boundaries and the update date', () => {
    const { credits } = viewCaption(fixtureCoalition, fixtureSources, {
      stances: ['troops'],
      asOf: '2025-03-02',
    });
    expect(credits).toEqual([
      'Sources: Leaders meet on a coalition (original).',
      BOUNDARIES_CREDIT,
      'Data updated 12 April 2025. Map drawn with MapLibre GL JS. Coalition Map.',
    ]);
  });
});
