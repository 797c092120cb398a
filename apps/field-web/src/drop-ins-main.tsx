import '@doorstep/ui/styles.css';
import './features/drop-ins/drop-ins.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DropInsPages } from './features/drop-ins/DropInsPages';

/**
 * The public drop-in pages' own entry (drop-ins.html, served for /drop-ins and /drop-ins/*):
 * only the drop-in feature, with no router, query cache or staff code, so that a phone
 * downloads little; Leaflet and the poster's QR code come later, when they are shown.
 */
const root = document.getElementById('root');
if (!root) throw new Error('drop-ins.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <DropInsPages />
  </StrictMode>,
);
