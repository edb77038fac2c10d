import { afterEach, describe, expect, it, vi } from 'vitest';

import { dataset } from '../data/full-dataset';
import { selectableIso3 } from '../store/selectors';
import { createAppStore } from '../store/store';
import { type BridgeEnv, startEmbedBridge } from './bridge';
import { MESSAGE_SOURCE, type OutboundMessage, READY_MAPS, type ReadyMap } from './messages';

/** A page and a host we drive by hand: we decide when the height changes and the map is ready. */
function setup(
  initial: Parameters<typeof createAppStore>[0] = {},
  validIso3: ReadonlySet<string> = new Set(['GBR', 'FRA']),
) {
  const posted: { message: OutboundMessage; origin: string }[] = [];
  const host = {
    postMessage: (message: OutboundMessage, origin: string) => posted.push({ message, origin }),
  };
  const stopped = new Set<string>();
  let onMessage: ((event: { data: unknown; source: unknown }) => void) | null = null;
  let onHeight: ((px: number) => void) | null = null;
  let onReady: ((map: ReadyMap) => void) | null = null;
  const env: BridgeEnv = {
    listen: (handler) => {
      onMessage = handler;
      return () => {
        stopped.add('listen');
      };
    },
    observeHeight: (handler) => {
      onHeight = handler;
      return () => {
        stopped.add('height');
      };
    },
    whenReady: (handler) => {
      onReady = handler;
      return () => {
        stopped.add('ready');
      };
    },
  };
  const store = createAppStore(initial);
  const stop = startEmbedBridge(store, { target: host, validIso3, env });
  return {
    store,
    stop,
    host,
    types: () => posted.map((p) => p.message.type),
    messages: () => posted.map((p) => p.message),
    origins: () => posted.map((p) => p.origin),
    clear: () => posted.splice(0),
    resize: (px: number) => onHeight?.(px),
    ready: (map: ReadyMap = 'webgl') => onReady?.(map),
    receive: (data: unknown, source: unknown = host) => onMessage?.({ data, source }),
    stopped,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('height', () => {
  it('posts whole pixels, once per distinct value, nothing while empty', () => {
    const page = setup();
    page.resize(0);
    page.resize(640.3);
    page.resize(640.9);
    page.resize(700);
    expect(page.messages()).toEqual([
      { source: MESSAGE_SOURCE, type: 'height', height: 641 },
      { source: MESSAGE_SOURCE, type: 'height', height: 700 },
    ]);
  });
});

describe('ready', () => {
  it('waits for the map, then reports the starting view', () => {
    const page = setup({ selected: 'GBR', stances: ['troops'] });
    expect(page.types()).toEqual([]);
    page.ready();
    expect(page.messages()).toEqual([
      { source: MESSAGE_SOURCE, type: 'ready', map: 'webgl' },
      { source: MESSAGE_SOURCE, type: 'select', iso3: 'GBR' },
      { source: MESSAGE_SOURCE, type: 'filter', stances: ['troops'] },
    ]);
  });
  it.each(READY_MAPS)('says which map the frame shows (%s), then the view, in every case', (map) => {
    const page = setup({ selected: 'FRA' });
    page.ready(map);
    expect(page.messages()).toEqual([
      { source: MESSAGE_SOURCE, type: 'ready', map },
      { source: MESSAGE_SOURCE, type: 'select', iso3: 'FRA' },
      expect.objectContaining({ type: 'filter' }),
    ]);
    // Later changes follow whichever map it was.
    page.clear();
    page.store.getState().select('GBR');
    expect(page.messages()).toEqual([{ source: MESSAGE_SOURCE, type: 'select', iso3: 'GBR' }]);
  });
  it('posts to any origin, since the host is unknown', () => {
    const page = setup();
    page.ready();
    expect(new Set(page.origins())).toEqual(new Set(['*']));
  });
});

describe('store changes', () => {
  it('posts select and filter changes made in the frame', () => {
    const page = setup();
    page.store.getState().select('FRA');
    page.store.getState().toggleStance('opposed');
    expect(page.messages()).toEqual([
      { source: MESSAGE_SOURCE, type: 'select', iso3: 'FRA' },
      {
        source: MESSAGE_SOURCE,
        type: 'filter',
        stances: ['troops', 'peacekeeping-only', 'other-support', 'unstated'],
      },
    ]);
  });
  it('posts nothing for state the host does not hear about (hover)', () => {
    const page = setup();
    page.store.getState().hover('GBR');
    expect(page.types()).toEqual([]);
  });
});

describe('messages from the host', () => {
  it('select changes the view and is reported back once, with no echo loop', () => {
    const page = setup();
    page.receive({ source: MESSAGE_SOURCE, type: 'select', iso3: 'GBR' });
    expect(page.store.getState().selected).toBe('GBR');
    expect(page.messages()).toEqual([{ source: MESSAGE_SOURCE, type: 'select', iso3: 'GBR' }]);
    // A host that echoes what it hears back sends the same value: nothing changes, nothing is posted.
    page.receive(page.messages()[0]);
    expect(page.messages()).toHaveLength(1);
  });
  it('filter sets the stances as the legend would (canonical order)', () => {
    const page = setup();
    page.receive({ source: MESSAGE_SOURCE, type: 'filter', stances: ['opposed', 'troops'] });
    expect(page.store.getState().stances).toEqual(['troops', 'opposed']);
  });
  it("select of Ukraine, the country the coalition supports, opens it with the page's own codes", () => {
    // The set the page gives the bridge (render-app.tsx): every member, and the supported country.
    const page = setup({}, selectableIso3(dataset));
    page.receive({ source: MESSAGE_SOURCE, type: 'select', iso3: 'UKR' });
    expect(page.store.getState().selected).toBe('UKR');
    expect(page.messages()).toEqual([{ source: MESSAGE_SOURCE, type: 'select', iso3: 'UKR' }]);
  });
  it('select null goes back to the overview', () => {
    const page = setup({ selected: 'FRA' });
    page.receive({ source: MESSAGE_SOURCE, type: 'select', iso3: null });
    expect(page.store.getState().selected).toBeNull();
  });
  it('ignores a valid message from any window but the host', () => {
    const page = setup();
    page.receive({ source: MESSAGE_SOURCE, type: 'select', iso3: 'GBR' }, {});
    expect(page.store.getState().selected).toBeNull();
  });
  it('ignores malformed messages, warning only for ones tagged as ours', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const page = setup();
    page.receive({ source: MESSAGE_SOURCE, type: 'select', iso3: 'ATL' });
    page.receive({ source: 'some-ad', type: 'select', iso3: 'GBR' });
    page.receive('{"source":"coalition-map","type":"select","iso3":"GBR"}');
    expect(page.store.getState().selected).toBeNull();
    expect(page.types()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('stop', () => {
  it('stops listening, observing and posting', () => {
    const page = setup();
    page.stop();
    expect([...page.stopped].sort()).toEqual(['height', 'listen', 'ready']);
    page.store.getState().select('FRA');
    expect(page.types()).toEqual([]);
  });
});
