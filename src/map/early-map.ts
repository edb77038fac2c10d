// Asks for the map's chunk (MapLibre) and the interior points as early as the page's script can:
// main.tsx imports this module right after boot.ts, so it runs before the modules of React and the
// app are evaluated (about 300 ms on a phone with a slow CPU), and the network, idle until now,
// starts on the largest download the map needs. The map itself starts in CoalitionMap's effect,
// the one way it starts, with the chunk by then downloaded or on its way.
import { flags } from '../boot';
import { countryPoints } from './map-data';

// An embed may be far off screen, where it starts no map at all (lazy-near-viewport.ts).
if (!flags.embed) {
  import('./map-session').catch(() => {});
  countryPoints();
}
