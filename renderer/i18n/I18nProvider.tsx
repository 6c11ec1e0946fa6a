import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '../../bridge/contract.js';
import { translator, type Translate } from './index.js';

const TranslateContext = createContext<Translate>(translator('vi'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = useMemo(() => translator(locale), [locale]);
  return <TranslateContext value={t}>{children}</TranslateContext>;
}

/** The `t` of the session's locale (`view.locale`). */
export function useT(): Translate {
  return useContext(TranslateContext);
}
