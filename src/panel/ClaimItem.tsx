// A claim (about a country) or a fact (about the coalition): what the words say, when, and the
// words themselves. Statement first, because it answers the question; the quote proves it.
import type { Claim, Fact } from '../data/schema';
import { StanceBadge } from '../filters/StanceSwatch';
import { Evidence } from './Evidence';
import { formatDate } from './format-date';

export function ClaimItem({ item, followed }: { item: Claim | Fact; followed?: boolean }) {
  const isClaim = 'stance' in item;
  return (
    <li className="claim" data-testid={isClaim ? 'panel.claim' : 'panel.fact'} data-claim-id={item.id}>
      <div className="claim-head">
        {isClaim && <StanceBadge stance={item.stance} />}
        <time dateTime={item.date} title={item.dateNote}>
          {formatDate(item.date)}
        </time>
        {followed && <span className="followed">The map follows this claim</span>}
      </div>
      <p className="claim-statement">{item.statement}</p>
      {item.evidence.map((evidence) => (
        <Evidence key={`${evidence.source}:${evidence.quote}`} evidence={evidence} />
      ))}
      {item.dateNote && <p className="claim-note">Date: {item.dateNote}</p>}
      {item.note && <p className="claim-note">Note: {item.note}</p>}
    </li>
  );
}
