// "Corrected 7 Dec 2026: <why>" on a claim, fact or country that the log says was corrected, with
// what it said before one tap away (a <details>). A serious correction (a stance or grade changed)
// comes first and stands out; a wording fix sits quietly under the statement, as newsrooms place
// corrections by their gravity. Text only: the log's words are never rendered as HTML.
import { CORRECTION_FIELD_LABELS, correctionValueText, isSerious } from '../data/corrections';
import type { Correction } from '../data/schema';
import { formatDate } from './format-date';
import './corrections.css';

export function CorrectionMark({ entries }: { entries: readonly Correction[] | undefined }) {
  if (entries === undefined || entries.length === 0) return null;
  const serious = entries.some(isSerious);
  const latest = entries[0] as Correction; // newest first
  const reasons = [...new Set(entries.map((e) => e.reason))];
  return (
    <div
      className={serious ? 'correction correction-serious' : 'correction'}
      data-testid="panel.correction"
      data-serious={serious ? 'true' : 'false'}
      role={serious ? 'note' : undefined}
    >
      <p className="correction-head">
        <strong>
          {serious ? 'Correction' : 'Corrected'} {formatDate(latest.date)}:
        </strong>{' '}
        {reasons[0]}
      </p>
      {reasons.slice(1).map((reason) => (
        <p key={reason}>{reason}</p>
      ))}
      <details className="correction-old" data-testid="panel.correction-old">
        <summary>What it said before</summary>
        <dl>
          {entries.map((entry) => (
            <div key={`${entry.date}:${entry.field}`}>
              <dt>
                {CORRECTION_FIELD_LABELS[entry.field]} (until {formatDate(entry.date)})
              </dt>
              <dd>{correctionValueText(entry.old)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
