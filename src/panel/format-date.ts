// Dataset dates are calendar dates (YYYY-MM-DD) with no time zone: format them in UTC so a
// reader west of Greenwich does not see the day before.
const formatter = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2025-03-06" -> "6 Mar 2025". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : formatter.format(date);
}
