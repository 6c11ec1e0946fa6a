import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '../../bridge/contract.js';
import { type CounterTranslate, counterTranslator } from './counter-i18n.js';

interface CounterText {
  locale: Locale;
  t: CounterTranslate;
}

const CounterTextContext = createContext<CounterText>({ locale: 'vi', t: counterTranslator('vi') });

export function CounterTextProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: counterTranslator(locale) }), [locale]);
  return <CounterTextContext value={value}>{children}</CounterTextContext>;
}

/** The page's language and its `t`. */
export function useCounterText(): CounterText {
  return useContext(CounterTextContext);
}
