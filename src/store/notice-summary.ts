// However broken a link is, the reader gets a few short lines about it, not a wall: a hostile
// 2,000-character link of tiny bad parts would otherwise raise a thousand notices (one per part),
// and a filter of a thousand unknown words one notice a page long.

/** Notices shown for one link; the rest are counted in a last line. */
export const MAX_NOTICES = 4;
/** A notice is a sentence about the link; longer ones are cut at a word. */
export const MAX_NOTICE_CHARS = 300;

function shorten(notice: string): string {
  if (notice.length <= MAX_NOTICE_CHARS) return notice;
  const cut = notice.slice(0, MAX_NOTICE_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_NOTICE_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

/** The first distinct notices, each shortened, and a count of the ones left out. */
export function summariseNotices(notices: readonly string[]): string[] {
  const distinct = [...new Set(notices)];
  if (distinct.length <= MAX_NOTICES) return distinct.map(shorten);
  const rest = distinct.length - (MAX_NOTICES - 1);
  return [
    ...distinct.slice(0, MAX_NOTICES - 1).map(shorten),
    `The link has ${rest} more problems like these; those parts were ignored too.`,
  ];
}
