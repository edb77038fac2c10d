// "As of" date: replays the map, legend, list and panel as the sources stood on each report date.
// A range slider (arrow keys move it), Previous/Next, and Play, which steps every 1.5 s and stops
// at the last date. Nothing here animates: each step restyles the map in place (feature state,
// see sync-map.ts), so reduced motion needs no special case and stepping works the same.
import { useEffect, useId, useState } from 'react';

import { summary } from '../data/dataset';
import { formatDate } from '../panel/format-date';
import { useAppStore } from '../store/store';
import { useSnapshot } from '../store/use-snapshot';
import { asOfAt, PLAY_STEP_MS, playStart, positionOf, tickPositions } from './timeline-steps';
import './timeline.css';

/** Dates written under the slider at most: as many as fit its width on a phone or in an embed. */
const MAX_TICKS = { full: 6, compact: 4 };

export function Timeline({ compact = false }: { compact?: boolean }) {
  const dates = summary.dates;
  const asOf = useAppStore((s) => s.asOf);
  const setAsOf = useAppStore((s) => s.setAsOf);
  const snapshot = useSnapshot();
  const [playing, setPlaying] = useState(false);
  const id = useId();
  const position = positionOf(dates, asOf);
  const last = dates.length - 1;

  // biome-ignore lint/correctness/useExhaustiveDependencies: dates and setAsOf never change.
  useEffect(() => {
    if (!playing) return;
    if (position >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setAsOf(asOfAt(dates, position + 1)), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, position, last]);

  if (dates.length < 2) return null;

  const goTo = (next: number) => {
    setPlaying(false);
    setAsOf(asOfAt(dates, next));
  };
  const togglePlay = () => {
    if (playing) return setPlaying(false);
    const start = playStart(dates, position);
    if (start !== position) setAsOf(asOfAt(dates, start));
    setPlaying(true);
  };
  const label = (i: number) => formatDate(dates[i] ?? '');

  return (
    <section
      className={compact ? 'timeline timeline-compact' : 'timeline'}
      data-testid="timeline"
      aria-labelledby={`${id}-heading`}
    >
      {/* One row under the map, so the legend below stays where readers expect it. */}
      <h2 id={`${id}-heading`} className="visually-hidden">
        The story over time
      </h2>
      <p className="timeline-date-line">
        As of{' '}
        <output
          className="timeline-date"
          htmlFor={`${id}-slider`}
          data-testid="timeline.date"
          aria-live="polite"
        >
          {snapshot.latest ? `${label(position)} (latest)` : label(position)}
        </output>
      </p>
      <div className="timeline-controls">
        <button type="button" className="timeline-play" data-testid="timeline.play" onClick={togglePlay}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          data-testid="timeline.prev"
          aria-disabled={position <= 0}
          onClick={() => position > 0 && goTo(position - 1)}
        >
          <span aria-hidden="true">‹</span>
          <span className="timeline-word"> Previous</span>
          <span className="visually-hidden"> date</span>
        </button>
        <div className="timeline-track">
          <label htmlFor={`${id}-slider`} className="visually-hidden">
            Show the sources as of
          </label>
          <input
            id={`${id}-slider`}
            type="range"
            min={0}
            max={last}
            step={1}
            value={position}
            aria-valuetext={label(position)}
            data-testid="timeline.slider"
            onChange={(e) => goTo(Number(e.currentTarget.value))}
          />
          <ol className="timeline-ticks" aria-hidden="true">
            {tickPositions(dates.length, compact ? MAX_TICKS.compact : MAX_TICKS.full).map((i) => (
              <li key={i} className={i === position ? 'current' : undefined}>
                {label(i)}
              </li>
            ))}
          </ol>
        </div>
        <button
          type="button"
          data-testid="timeline.next"
          aria-disabled={position >= last}
          onClick={() => position < last && goTo(position + 1)}
        >
          <span className="timeline-word">Next </span>
          <span className="visually-hidden">date </span>
          <span aria-hidden="true">›</span>
        </button>
      </div>
    </section>
  );
}
