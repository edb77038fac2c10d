import { describe, expect, it } from 'vitest';

import { fixtureCoalition, fixtureSources } from '../../test-support/dataset-fixture';
import { filterDataset } from './filter-dataset';
import { datasetJson } from './json';

describe('datasetJson', () => {
  const subset = filterDataset(fixtureCoalition, fixtureSources, { stances: ['troops'], asOf: '2025-03-06' });
  const text = datasetJson(subset);

  it('parses back to the subset', () => {
    expect(JSON.parse(text)).toEqual(subset);
  });

  it('puts what the data is before the view it was taken from, and the data after', () => {
    expect(Object.keys(JSON.parse(text))).toEqual([
      'title',
      'description',
      'supports',
      'supported',
      'updated',
      'filter',
      'countries',
      'facts',
      'sources',
      'corrections',
    ]);
    expect(JSON.parse(text).filter).toEqual({ stances: ['troops'], asOf: '2025-03-06' });
  });

  it("carries the supported country's statements, and cites their sources", () => {
    expect(JSON.parse(text).supported).toEqual(fixtureCoalition.supported);
    const statementSources = fixtureCoalition.supported.statements.flatMap((s) =>
      s.evidence.map((e) => e.source),
    );
    const exported = subset.sources.map((s) => s.id);
    for (const id of statementSources) expect(exported).toContain(id);
  });

  it('carries the whole corrections log, whatever the view', () => {
    const log = [
      {
        date: '2026-12-07',
        kind: 'country' as const,
        id: 'XXX',
        field: 'entry' as const,
        old: 'A removed country',
        new: null,
        reason: 'Not in the sources.',
      },
    ];
    const withLog = filterDataset(fixtureCoalition, fixtureSources, { stances: ['troops'] }, log);
    expect(JSON.parse(datasetJson(withLog)).corrections).toEqual(log);
  });

  it('is indented and ends in a newline', () => {
    expect(text.startsWith('{\n  "title": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
