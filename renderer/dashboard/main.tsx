import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import '../styles/base.css';
import './dashboard.css';
import './dashboard-page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardPage } from './DashboardPage.js';

const container = document.getElementById('root');
if (container === null) throw new Error('dashboard.html has no #root');

createRoot(container).render(
  <StrictMode>
    <DashboardPage />
  </StrictMode>,
);
