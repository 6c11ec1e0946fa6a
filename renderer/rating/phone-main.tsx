import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import '../styles/base.css';
import './rating.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { POLL_IDLE_MS, tokenFromHash } from './page-address.js';
import { PhonePage } from './PhonePage.js';

const container = document.getElementById('root');
if (container === null) throw new Error('rate.html has no #root');

// Another rating link opened in the same tab changes only the fragment: read it afresh.
window.addEventListener('hashchange', () => window.location.reload());

createRoot(container).render(
  <StrictMode>
    <PhonePage token={tokenFromHash(window.location.hash)} idleMs={POLL_IDLE_MS} />
  </StrictMode>,
);
