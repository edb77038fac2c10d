// The palette as CSS, for markup that must not depend on the theme: the page is prerendered once
// (scripts/prerender) and shown in either theme before, and without, any script. Each fill group
// is a custom property per theme; swatches and the static map's first paint colour by class.
// Served to the app as `virtual:palette.css` (scripts/vite-palette-plugin.ts).
import { STANCES } from '../data/stances';
import { type FillGroup, fillColor } from './fill';
import { PALETTES, type ThemeName } from './palette';

export const FILL_GROUPS: readonly FillGroup[] = [...STANCES, 'supported', 'no-data'];

function variables(theme: ThemeName): string {
  const palette = PALETTES[theme];
  const fills = FILL_GROUPS.map((group) => `--fill-${group}:${fillColor(group, theme)}`);
  return [
    ...fills,
    `--map-sea:${palette.sea}`,
    `--map-border:${palette.border}`,
    `--map-selected:${palette.selected}`,
    `--map-hatch:${palette.supportsHatch}`,
  ].join(';');
}

export function paletteCss(): string {
  return [
    `:root{${variables('light')}}`,
    `:root[data-theme='dark']{${variables('dark')}}`,
    ...FILL_GROUPS.map(
      (group) =>
        `span[data-fill='${group}']{background-color:var(--fill-${group})}\n` +
        `.themed-map .fill-${group}{fill:var(--fill-${group})}`,
    ),
    '.themed-map .map-sea{fill:var(--map-sea)}',
    '.themed-map .map-borders{stroke:var(--map-border)}',
    '.themed-map .map-selected{stroke:var(--map-selected)}',
    '.themed-map .map-hatch{stroke:var(--map-hatch)}',
  ].join('\n');
}
