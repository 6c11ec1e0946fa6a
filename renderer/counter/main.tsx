import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import '../styles/base.css';
import './counter.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CounterPage } from './CounterPage.js';

const container = document.getElementById('root');
if (container === null) throw new Error('counter.html has no #root');

createRoot(container).render(
  <StrictMode>
    <CounterPage />
  </StrictMode>,
);
