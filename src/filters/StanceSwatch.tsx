// The colour key of a stance, as the legend, the list and the panel show it. The colour comes from
// the palette's CSS (theme/palette-css.ts) by the swatch's fill group, so the prerendered page is
// right in either theme before any script runs; the label always goes with it, so colour is never
// the only carrier of meaning.
import type { Stance } from '../data/schema';
import { STANCE_LABELS } from '../data/stances';
import type { FillGroup } from '../theme/fill';

export function Swatch({ fill }: { fill: FillGroup }) {
  return <span className="swatch" data-fill={fill} aria-hidden="true" />;
}

export function StanceBadge({ stance }: { stance: Stance }) {
  return (
    <span className="stance-badge" data-stance={stance}>
      <Swatch fill={stance} />
      {STANCE_LABELS[stance]}
    </span>
  );
}
