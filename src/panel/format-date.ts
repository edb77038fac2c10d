// Dataset dates are calendar dates (YYYY-MM-DD) with no time zone, shown the British way:
// "6 Mar 2025". Written out here rather than with Intl.DateTimeFormat: the first Intl object a page
// makes loads the browser's locale data, 40-150 ms on a slow phone right while the page hydrates,
// and the words would then follow each browser's (and Node's, at prerender) copy of that data,
// where a difference is a hydration mismatch. format-date.test.ts checks this against en-GB.

/** en-GB's short month names (CLDR: "Sept", not "Sep"). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-03-06" -> "6 Mar 2025"; text that is not a real calendar date comes back unchanged. */
export function formatDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 31 April over to 1 May: a date that does not round-trip does not exist.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return isoDate;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
