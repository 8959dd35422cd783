/** Renderer entry: picks the platform, starts the data worker, mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createDataClient } from './data/data-client';
import { getPlatform } from './platform';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App platform={getPlatform()} data={createDataClient()} />
  </StrictMode>,
);
