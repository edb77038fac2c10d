// Words the page shows, kept apart from the components that render them (the app, the embed,
// the static map's label).
export const APP_LEDE =
  'Who would send troops, who would help in other ways: each colour rests on a quote from one of four news reports. Pick a country to read the exact words.';

export const MAP_LABEL =
  'Map of the coalition: countries coloured by what the sources say they commit. The country list offers the same choices.';

/** The language of the app's own words (index.html's `<html lang>`); quotes carry their source's. */
export const APP_LANGUAGE = 'en';
