/**
 * The hidden way into staff mode: an invisible square in the top-left corner of every citizen
 * screen. Each tap is counted by the runtime; five within 3 s bring up the staff sign-in. Not a
 * button, not focusable, hidden from screen readers: citizens are never offered it.
 */
import type { StaffCall } from './staff-panel.js';

export function StaffCorner({ call }: { call: StaffCall }) {
  return (
    <div
      className="staff-corner"
      aria-hidden="true"
      data-testid="staff-corner"
      onPointerDown={() => {
        call({ type: 'cornerTap' }).catch((error: unknown) => console.warn(`[staff] corner tap not sent: ${String(error)}`));
      }}
    />
  );
}
