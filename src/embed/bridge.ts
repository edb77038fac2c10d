// Connects an embedded map to the page around it: reports readiness (whichever map it shows), the height the frame needs,
// and every selection and filter change; applies the select/filter messages the host sends.
// Runs outside React (zustand's "transient updates"): it subscribes to the store directly.
//
// Outbound messages use targetOrigin "*". We cannot know the host's origin (any newsroom may embed
// the map, and a sandboxed frame cannot even read it), and the messages carry nothing secret: only
// what the reader can already see (a country code, the filter, a pixel height). Inbound messages
// are accepted only from the window we post to (our parent), and only in the exact shapes
// parseInboundMessage allows.
import { STANCES, type Stance } from '../data/stances';
import { domBridgeEnv } from './bridge-dom';
import {
  filterMessage,
  heightMessage,
  MESSAGE_SOURCE,
  type OutboundMessage,
  parseInboundMessage,
  type ReadyMap,
  readyMessage,
  selectMessage,
} from './messages';

/** The slice of the app store the bridge reads and drives (the app's AppStore satisfies it). */
export interface BridgeState {
  selected: string | null;
  stances: readonly Stance[];
  select: (iso3: string | null) => void;
  setStances: (stances: readonly Stance[]) => void;
}
export interface BridgeStore {
  getState: () => BridgeState;
  subscribe: (listener: (state: BridgeState, prev: BridgeState) => void) => () => void;
}

/** Where the host is: window.parent, or a fake in tests. */
export interface MessageTarget {
  postMessage: (message: OutboundMessage, targetOrigin: string) => void;
}

/** What the bridge needs from the page; domBridgeEnv gives the real one, tests give fakes. */
export interface BridgeEnv {
  /** Calls back for each `message` event; returns the unsubscribe. */
  listen: (onMessage: (event: { data: unknown; source: unknown }) => void) => () => void;
  /** Calls back with the content's height whenever it may have changed. */
  observeHeight: (onHeight: (px: number) => void) => () => void;
  /**
   * Calls back once, when the frame shows the data (at once if it already does), with what its
   * map slot shows then: the WebGL map, the static fallback, or the paused map of a frame off-screen.
   */
  whenReady: (onReady: (map: ReadyMap) => void) => () => void;
}

export interface BridgeOptions {
  target: MessageTarget;
  validIso3: ReadonlySet<string>;
  validStances?: ReadonlySet<Stance>;
  /** Defaults to the real page, measuring `root` (default: the #root element React renders into). */
  env?: BridgeEnv;
  root?: HTMLElement;
}

/** True if the value is tagged as ours; reads defensively (a host may post anything). */
function isTaggedForUs(data: unknown): boolean {
  try {
    return (
      typeof data === 'object' && data !== null && (data as { source?: unknown }).source === MESSAGE_SOURCE
    );
  } catch {
    return false;
  }
}

/** Starts the bridge; the returned function stops everything it started. */
export function startEmbedBridge(store: BridgeStore, options: BridgeOptions): () => void {
  const { target, validIso3 } = options;
  const env = options.env ?? domBridgeEnv(window, options.root ?? rootElement());
  const validStances = options.validStances ?? new Set<Stance>(STANCES);
  const post = (message: OutboundMessage) => target.postMessage(message, '*');

  let lastHeight: number | null = null;
  const stopHeight = env.observeHeight((px) => {
    // Before React's first commit the root is empty: no preferred height to report yet.
    if (!(px >= 1)) return;
    const message = heightMessage(px);
    if (message.height === lastHeight) return;
    lastHeight = message.height;
    post(message);
  });

  const stopReady = env.whenReady((map) => {
    post(readyMessage(map));
    // The starting view (it may come from the link's hash), so a host knows it without asking.
    const { selected, stances } = store.getState();
    post(selectMessage(selected));
    post(filterMessage(stances));
  });

  // Changes from the host are posted back too: hosts want to know the state, whoever changed it.
  // No loop: the store ignores a select/filter equal to the current one, so nothing is re-posted.
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.selected !== prev.selected) post(selectMessage(state.selected));
    if (!sameList(state.stances, prev.stances)) post(filterMessage(state.stances));
  });

  const stopListening = env.listen((event) => {
    if (event.source !== target) return;
    const message = parseInboundMessage(event.data, validIso3, validStances);
    if (message === null) {
      if (isTaggedForUs(event.data)) {
        console.warn('coalition-map: ignored a message it does not accept (see the embedding docs)');
      }
      return;
    }
    // The same store actions a click calls, so the view changes exactly as for a reader.
    if (message.type === 'select') store.getState().select(message.iso3);
    else store.getState().setStances(message.stances);
  });

  return () => {
    stopHeight();
    stopReady();
    unsubscribe();
    stopListening();
  };
}

function rootElement(): HTMLElement {
  const root = document.getElementById('root');
  if (!root) throw new Error('startEmbedBridge: no #root element in index.html to measure');
  return root;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
