import { describe, expect, it } from 'vitest';
import { addressFor, countryPagePath, readPagePath } from './page-url';

const ctx = { countries: [{ iso3: 'IRL' }, { iso3: 'FRA' }], supports: 'UKR' };

describe('readPagePath', () => {
  it('reads the overview at the root, under any sub-path', () => {
    expect(readPagePath('/', ctx)).toEqual({ root: '/', country: null });
    expect(readPagePath('/maps/coalition/', ctx)).toEqual({ root: '/maps/coalition/', country: null });
    expect(readPagePath('/maps/index.html', ctx)).toEqual({ root: '/maps/', country: null });
  });

  it("reads a country's page and the root above it", () => {
    expect(readPagePath('/country/IRL/', ctx)).toEqual({ root: '/', country: 'IRL' });
    expect(readPagePath('/maps/country/fra/index.html', ctx)).toEqual({ root: '/maps/', country: 'FRA' });
    expect(readPagePath('/country/UKR/', ctx)).toEqual({ root: '/', country: 'UKR' });
  });

  it('reads a page for a country the data does not have as the overview', () => {
    expect(readPagePath('/country/XYZ/', ctx)).toEqual({ root: '/', country: null });
  });
});

describe('addressFor', () => {
  const hashFor = (pageCountry: string | null) =>
    pageCountry ? '#stance=troops' : '#country=IRL&stance=troops';

  it("stays on the country's page while that country is selected, leaving it out of the hash", () => {
    const page = { root: '/m/', country: 'IRL' };
    expect(addressFor(page, '?theme=dark', 'IRL', hashFor)).toBe('/m/country/IRL/?theme=dark#stance=troops');
  });

  it("moves to the site's root for any other view, so no address names two countries", () => {
    const page = { root: '/m/', country: 'FRA' };
    expect(addressFor(page, '', 'IRL', hashFor)).toBe('/m/#country=IRL&stance=troops');
    expect(addressFor({ root: '/', country: null }, '', 'IRL', hashFor)).toBe('/#country=IRL&stance=troops');
  });

  it('writes the page path the build writes', () => {
    expect(countryPagePath('IRL')).toBe('country/IRL/');
  });
});
