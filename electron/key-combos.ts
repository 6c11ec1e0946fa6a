/**
 * Keys that would take a citizen out of the kiosk page or change it under them: reload, close,
 * quit, print, new window, back/forward, full screen, zoom, dev tools, the hidden menu bar.
 * Swallowed in `before-input-event`, which also stops the menu's accelerators. Pure, tested
 * without Electron. Typing, Tab, Enter, arrows and the editing shortcuts (Ctrl+A/C/V/X/Z) pass.
 */

/** The fields of Electron's `Input` this decision reads. */
export interface KeyInput {
  key: string;
  code?: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** Alone or with any modifier: reload, caret browsing, full screen, dev tools, the keyboard's browser keys. */
const ALWAYS_BLOCKED = new Set([
  'f5',
  'f7',
  'f11',
  'f12',
  'browserback',
  'browserforward',
  'browserrefresh',
  'browserhome',
  'browserstop',
  'browsersearch',
  'browserfavorites',
  'close',
  'print',
]);

/**
 * With Ctrl (Cmd on macOS), Shift or not: reload, close, quit, print, new window or tab, open, save,
 * view source, hide, minimise, and the dev tools (I, J; C only with Shift).
 */
const BLOCKED_WITH_CTRL = new Set(['r', 'w', 'q', 'p', 'n', 't', 'o', 's', 'u', 'h', 'm', 'i', 'j', 'c']);

/** Ctrl+C copies; only Ctrl+Shift+C (the element picker) is taken away. */
const SHIFT_ONLY_WITH_CTRL = new Set(['c']);

/** Zoom in, out and reset, on the main keys and the number pad. */
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const ZOOM_CODES = new Set(['NumpadAdd', 'NumpadSubtract', 'Numpad0', 'Equal', 'Minus', 'Digit0']);

/** With Alt: close the window (F4), history back and forward, home, the window menu (Space). */
const BLOCKED_WITH_ALT = new Set(['f4', 'arrowleft', 'arrowright', 'home', ' ']);

/**
 * The letter of the physical key too (`KeyI` → `i`): with Alt on macOS, or on another layout, `key`
 * is another character, and a shortcut must not slip through that way.
 */
function letterOf(code: string | undefined): string | undefined {
  return code !== undefined && /^Key[A-Z]$/.test(code) ? code.slice(3).toLowerCase() : undefined;
}

export function isBlockedKeyCombo(input: KeyInput): boolean {
  const key = input.key.toLowerCase();
  const letter = letterOf(input.code);
  if (ALWAYS_BLOCKED.has(key)) return true;
  // Alt on its own shows the hidden menu bar (on release), with its Reload and Quit items.
  if (key === 'alt') return true;
  if (input.alt && BLOCKED_WITH_ALT.has(key)) return true;
  if (input.control || input.meta) {
    if (ZOOM_KEYS.has(key) || (input.code !== undefined && ZOOM_CODES.has(input.code))) return true;
    for (const candidate of [key, letter]) {
      if (candidate !== undefined && BLOCKED_WITH_CTRL.has(candidate) && (!SHIFT_ONLY_WITH_CTRL.has(candidate) || input.shift)) return true;
    }
  }
  return false;
}
