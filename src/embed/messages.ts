// The postMessage protocol between an embedded map (the iframe) and the page that hosts it.
// Pure: no DOM, no store. Every message is a plain object tagged `source: "coalition-map"` so a
// host can tell ours apart from the many other frames (ads, videos) that post to it.
//
// Out (frame -> host): ready, height, select, filter. In (host -> frame): select, filter.
// Anything a host sends is untrusted: parseInboundMessage accepts only the exact shapes below and
// copies the values it keeps, so no extra field or prototype ever reaches the store.

export const MESSAGE_SOURCE = 'coalition-map';

/**
 * What the frame's map slot shows when it reports ready: the WebGL map; the static (SVG) map
 * because WebGL could not start or the boundaries failed; or the static map of a frame waiting
 * off-screen, which becomes the WebGL map once it is scrolled near (no second `ready`).
 */
export const READY_MAPS = ['webgl', 'static', 'offscreen'] as const;
export type ReadyMap = (typeof READY_MAPS)[number];

export interface ReadyMessage {
  source: typeof MESSAGE_SOURCE;
  type: 'ready';
  map: ReadyMap;
}
export interface HeightMessage {
  source: typeof MESSAGE_SOURCE;
  type: 'height';
  /** The document's preferred height in CSS pixels, a positive integer. */
  height: number;
}
export interface SelectMessage {
  source: typeof MESSAGE_SOURCE;
  type: 'select';
  /** ISO 3166-1 alpha-3 of the country shown in the panel, or null for the overview. */
  iso3: string | null;
}
export interface FilterMessage {
  source: typeof MESSAGE_SOURCE;
  type: 'filter';
  /** The stances the legend shows; [] hides every country. */
  stances: string[];
}

export type OutboundMessage = ReadyMessage | HeightMessage | SelectMessage | FilterMessage;

/** What the frame accepts from its host, after parsing: the same changes a click would make. */
export type InboundMessage<S extends string = string> =
  | { type: 'select'; iso3: string | null }
  | { type: 'filter'; stances: S[] };

export function readyMessage(map: ReadyMap): ReadyMessage {
  return { source: MESSAGE_SOURCE, type: 'ready', map };
}

/** Rounds up: a frame one fractional pixel too short shows a scroll bar. */
export function heightMessage(height: number): HeightMessage {
  if (!Number.isFinite(height) || height < 0)
    throw new RangeError(`height must be a finite px value ≥ 0, got ${height}`);
  return { source: MESSAGE_SOURCE, type: 'height', height: Math.ceil(height) };
}

export function selectMessage(iso3: string | null): SelectMessage {
  return { source: MESSAGE_SOURCE, type: 'select', iso3 };
}

export function filterMessage(stances: readonly string[]): FilterMessage {
  return { source: MESSAGE_SOURCE, type: 'filter', stances: [...stances] };
}

/** Objects as postMessage delivers them (structured clones); class instances and arrays are not. */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An own data property's value; accessors (getters) are never called, so they cannot run code. */
function ownValue(obj: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(obj, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

function parseIso3(value: unknown, validIso3: ReadonlySet<string>): string | null | undefined {
  if (value === null) return null;
  return typeof value === 'string' && validIso3.has(value) ? value : undefined;
}

function parseStances<S extends string>(value: unknown, validStances: ReadonlySet<S>): S[] | undefined {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return undefined;
  // No valid message has more stances than exist. Checked before reading any element, so a host
  // cannot make us walk a million-item array.
  if (value.length > validStances.size) return undefined;
  const out: S[] = [];
  for (let i = 0; i < value.length; i++) {
    const item = ownValue(value, String(i));
    if (typeof item !== 'string' || !validStances.has(item as S) || out.includes(item as S)) return undefined;
    out.push(item as S);
  }
  return out;
}

/**
 * The message a host sent, if it is exactly one we accept; null for anything else (other sources'
 * messages, unknown types, wrong value types, unknown countries or stances, repeats). Never throws:
 * a Proxy can throw from any trap, so the whole read is guarded as well.
 */
export function parseInboundMessage<S extends string>(
  data: unknown,
  validIso3: ReadonlySet<string>,
  validStances: ReadonlySet<S>,
): InboundMessage<S> | null {
  try {
    if (!isPlainObject(data) || ownValue(data, 'source') !== MESSAGE_SOURCE) return null;
    const type = ownValue(data, 'type');
    if (type === 'select') {
      const iso3 = parseIso3(ownValue(data, 'iso3'), validIso3);
      return iso3 === undefined ? null : { type, iso3 };
    }
    if (type === 'filter') {
      const stances = parseStances(ownValue(data, 'stances'), validStances);
      return stances === undefined ? null : { type, stances };
    }
    return null;
  } catch {
    return null;
  }
}
