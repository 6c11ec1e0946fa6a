import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import '../styles/base.css';
import './board.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boardLocale } from './board-i18n.js';
import { BoardPage } from './BoardPage.js';

const container = document.getElementById('root');
if (container === null) throw new Error('board.html has no #root');

const locale = boardLocale(window.location.search);
document.documentElement.lang = locale;

createRoot(container).render(
  <StrictMode>
    <BoardPage locale={locale} />
  </StrictMode>,
);
