// "about 20 countries (6 Mar 2025) → about 30 (10 Apr 2025)": the coalition's size as the
// sources report it, one phrase per report, oldest first.
import type { SizeReport } from '../data/indexes';
import { formatDate } from './format-date';

export function sizePhrases(timeline: readonly SizeReport[]): string[] {
  return timeline.map((report, i) => {
    const count = `${report.approximate ? 'about ' : ''}${report.count}`;
    return `${count}${i === 0 ? ' countries' : ''} (${formatDate(report.date)})`;
  });
}
