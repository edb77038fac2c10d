// The colour key of a stance, as the legend, the list and the panel show it. The colour is set
// as a React style prop (CSSOM, allowed under style-src 'self'); the label always goes with it,
// so colour is never the only carrier of meaning.
import type { Stance } from '../data/schema';
import { STANCE_LABELS } from '../data/stances';
import { usePalette } from '../theme/use-theme';

export function Swatch({ color }: { color: string }) {
  return <span className="swatch" aria-hidden="true" style={{ backgroundColor: color }} />;
}

export function StanceBadge({ stance }: { stance: Stance }) {
  const palette = usePalette();
  return (
    <span className="stance-badge" data-stance={stance}>
      <Swatch color={palette.stances[stance]} />
      {STANCE_LABELS[stance]}
    </span>
  );
}
