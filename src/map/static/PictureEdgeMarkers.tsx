// The edge markers of the static picture (the map without WebGL): the members beyond its frame
// (Canada, the United States, Australia...) get the labelled button the WebGL map gives them
// (edge-markers.ts), in the corner of their direction, by the same rules. A tap selects the country
// and the picture brings it into view (sight-frame.ts); a marker hides while its country shows.
import { firstView } from 'virtual:first-view';

import { fillColor } from '../../theme/fill';
import { usePalette } from '../../theme/use-theme';
import { inViewOn } from '../country-in-view';
import { bearingFromCentre, CORNERS, type Corner, markerCorner } from '../edge-markers-geometry';
import type { CountryPoints } from '../view-geometry';
import { type DrawnFrame, projectOn } from './sight-frame';
import '../edge-markers.css';

type Placed = { iso3: string; name: string; color: string; corner: Corner; bearing: number };

interface Props {
  drawn: DrawnFrame;
  points: CountryPoints;
  onSelect: (iso3: string) => void;
}

export function PictureEdgeMarkers({ drawn, points, onSelect }: Props) {
  const palette = usePalette();
  const project = projectOn(drawn);
  const { width, height } = drawn.box.area;
  const placed: Placed[] = firstView.countries.flatMap((country) => {
    const point = points[country.iso3];
    if (!point || !firstView.outside.includes(country.iso3)) return [];
    if (inViewOn(project, width, height, point, firstView.outsideBodies[country.iso3])) return [];
    const p = project(point);
    const corner = markerCorner(p.x, p.y, width, height);
    if (!corner) return [];
    const color = fillColor(country.stance, palette);
    return [{ ...country, color, corner, bearing: bearingFromCentre(p.x, p.y, width, height) }];
  });
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, as the WebGL map's markers
    <div className="edge-markers" role="group" aria-label="Countries beyond the edge of the map">
      {CORNERS.map((corner) => (
        <div key={corner} className={`edge-markers-corner edge-markers-${corner}`}>
          {placed
            .filter((m) => m.corner === corner)
            .map((m) => (
              <button
                key={m.iso3}
                type="button"
                className="edge-marker"
                data-testid="edge-marker"
                data-iso3={m.iso3}
                onClick={() => onSelect(m.iso3)}
              >
                <span
                  className="edge-marker-swatch"
                  aria-hidden="true"
                  style={{ backgroundColor: m.color }}
                />
                <span>{m.name}</span>
                <span
                  className="edge-marker-arrow"
                  aria-hidden="true"
                  style={{ transform: `rotate(${m.bearing}deg)` }}
                >
                  →
                </span>
              </button>
            ))}
        </div>
      ))}
    </div>
  );
}
