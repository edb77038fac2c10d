// Every quote must be found verbatim, exactly once, in its article. Each article is collapsed once
// (whitespace runs -> one space) and every quote is looked up in that index; only the quotes that
// are missing pay for the nearest-passage search.
import { type CollapsedText, collapseQuote, collapseText, findQuoteRanges } from '../../src/data/find-quote';
import { allEvidence, type CheckInput } from './check-input';
import { describeDifference, nearestPassage } from './nearest-passage';
import { type Problem, problem } from './problem';

export function checkQuotes(input: CheckInput): Problem[] {
  const { names, coalition, articles } = input;
  const collapsed = new Map<string, CollapsedText>();
  const problems: Problem[] = [];
  for (const { path, evidence } of allEvidence(coalition)) {
    const text = articles.get(evidence.source);
    if (text === undefined) continue; // an unknown source or a missing file is reported by checkReferences
    let article = collapsed.get(evidence.source);
    if (article === undefined) {
      article = collapseText(text);
      collapsed.set(evidence.source, article);
    }
    const file = names.article(evidence.source);
    const found = findQuoteRanges(article, evidence.quote).length;
    if (found === 1) continue;
    if (found > 1) {
      problems.push(
        problem(
          names.coalition,
          [...path, 'quote'],
          `quote occurs ${found} times in ${file}`,
          'make it unique by quoting more',
        ),
      );
      continue;
    }
    const quote = collapseQuote(evidence.quote);
    const passage = nearestPassage(article.text, quote);
    const suggestion =
      passage === undefined
        ? 'no passage of the article shares a word with it: is the source right?'
        : [`nearest passage: "${passage}"`, describeDifference(quote, passage)].filter(Boolean).join('\n');
    problems.push(problem(names.coalition, [...path, 'quote'], `quote not found in ${file}`, suggestion));
  }
  return problems;
}
