import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadWorldPaths, WORLD_PATHS_URL } from './world-paths';

const respond = (body: string, status = 200) =>
  vi.stubGlobal(
    'fetch',
    async () => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' }),
  );

afterEach(() => vi.unstubAllGlobals());

describe('loadWorldPaths', () => {
  it("fetches generated/world-paths.json at the site's root, one folder above the scripts", () => {
    // In the build the scripts are in <root>/assets/; here this module is src/map/static/.
    expect(WORLD_PATHS_URL).toBe(
      new URL('../generated/world-paths.json', new URL('../..', import.meta.url)).href,
    );
  });

  it('returns the outlines when the file has the expected shape', async () => {
    const data = { worldSize: 1024, countries: [{ iso3: 'UKR', name: 'Ukraine', d: 'M0 0l1 0 0 1z' }] };
    respond(JSON.stringify(data));
    await expect(loadWorldPaths('/x.json')).resolves.toEqual(data);
  });

  it('names the URL and the HTTP status when the server refuses', async () => {
    respond('missing', 404);
    await expect(loadWorldPaths('/x.json')).rejects.toThrow('/x.json: HTTP 404 Not Found');
  });

  it('says so when the body is not JSON or not outlines', async () => {
    respond('<html>');
    await expect(loadWorldPaths('/x.json')).rejects.toThrow(/\/x\.json are not JSON/);
    respond('{"countries": [{"iso3": "UKR"}]}');
    await expect(loadWorldPaths('/x.json')).rejects.toThrow(/\/x\.json do not have the shape/);
  });

  it('reports a network failure with the URL', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(loadWorldPaths('/x.json')).rejects.toThrow(
      'Cannot load country outlines from /x.json: Failed to fetch',
    );
  });
});
