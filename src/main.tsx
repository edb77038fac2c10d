// Entry point: start the slow things first (boundary download, map worker), read the URL and the
// embed flag once, then render. The map itself is created by CoalitionMap's mount effect.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prewarmMap } from './map/create-map';
import { mapData } from './map/map-data';
import './app.css';
import { App, type AppFlags } from './App';
import { dataset } from './data/dataset';
import { appStore } from './store/store';
import { bindUrl } from './store/url-sync';

// In parallel with React's first render: the geojson download and the map worker's start-up.
mapData();
prewarmMap();

function readFlags(search: string): AppFlags {
  const embed = new URLSearchParams(search).get('embed');
  return { embed: embed !== null && embed !== '0' && embed !== 'false' };
}

const flags = readFlags(location.search);
// Reads the hash into the store (notices for anything unknown) and keeps the two in step.
bindUrl(appStore, dataset.coalition, window);

const root = document.getElementById('root');
if (!root) throw new Error('index.html: the page has no #root element to render into');
createRoot(root).render(
  <StrictMode>
    <App flags={flags} />
  </StrictMode>,
);
