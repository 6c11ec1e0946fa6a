/** Line icons drawn inline (no image files, nothing fetched). Decorative: the label is beside them. */
const PATHS = {
  ticket:
    'M3 7a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v3a2 2 0 0 0 0 4v3a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-3a2 2 0 0 0 0-4z M14 5v2 M14 11v2 M14 17v2',
  advice:
    'M21 12a8.5 8.5 0 0 1-12.4 7.6L3 21l1.4-5.2A8.5 8.5 0 1 1 21 12z M9.6 9.6a2.5 2.5 0 1 1 3.4 2.3c-.6.3-1 .8-1 1.4v.4 M12 16.4v.1',
  star: 'M12 2.8l2.8 5.8 6.4.9-4.6 4.5 1.1 6.4L12 17.4l-5.7 3 1.1-6.4-4.6-4.5 6.4-.9z',
  /** A loudspeaker with sound waves: read the screen aloud, hear instructions. */
  speaker: 'M4 9h4l5-4.5v15L8 15H4z M16.5 8.5a5 5 0 0 1 0 7 M19.5 5.5a9.2 9.2 0 0 1 0 13',
  lock: 'M6 11h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-8a1 1 0 0 1 1-1z M8 11V7a4 4 0 0 1 8 0v4 M12 15v2',
  back: 'M20 12H5 M11 18l-6-6 6-6',
  next: 'M4 12h15 M13 6l6 6-6 6',
  restart: 'M3.5 12a8.5 8.5 0 1 0 2.6-6.1 M3 3.5V9h5.5',
  printer:
    'M7 9V3h10v6 M7 18H5a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2 M7 14h10v7H7z',
  warning: 'M10.3 3.9L1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z M12 9v4.5 M12 17.2v.1',
  check: 'M20 6L9 17l-5-5',
  card: 'M4 5h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z M6 9h4v5H6z M13 10h5 M13 13h5',
  clock: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18z M12 7v5l3 2',
  people:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z M2.5 20a6.5 6.5 0 0 1 13 0 M16 4.3a3.5 3.5 0 0 1 0 6.4 M18 14.3a6.5 6.5 0 0 1 3.5 5.7',
  counter: 'M3 10h18 M5 10v10 M19 10v10 M3 20h18 M8 4h8v6H8z',
  backspace: 'M21 5H9.5L3 12l6.5 7H21a1 1 0 0 0 1-1V6a1 1 0 0 0-1-1z M17.5 9l-6 6 M11.5 9l6 6',
  keypad: 'M4 3h4v4H4z M10 3h4v4h-4z M16 3h4v4h-4z M4 10h4v4H4z M10 10h4v4h-4z M16 10h4v4h-4z M10 17h4v4h-4z',
  shield: 'M12 3l8 3v6c0 4.5-3.4 8.3-8 9-4.6-.7-8-4.5-8-9V6z M8.5 12l2.5 2.5 4.5-5',
  search: 'M10.5 3a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15z M16 16l5.5 5.5',
  folder: 'M3 6a2 2 0 0 1 2-2h4.5l2 2.5H19a2 2 0 0 1 2 2V18a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z',
  document: 'M6 2.5h8l4.5 4.5v14.5H6z M14 2.5V7h4.5 M9 12h6.5 M9 16h6.5',
  space: 'M4 10v4h16v-4',
  mic: 'M12 3a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3z M5.5 11a6.5 6.5 0 0 0 13 0 M12 17.5V21 M8.5 21h7',
  hand:
    'M9 11.5V5a1.8 1.8 0 0 1 3.6 0v5.5 M12.6 10V8.6a1.8 1.8 0 0 1 3.6 0V11 M16.2 10.4a1.8 1.8 0 0 1 3.6 0V15a7 7 0 0 1-7 7h-1.3a6 6 0 0 1-4.6-2.2L3.6 15.9a1.8 1.8 0 0 1 2.8-2.3L9 16',
  /** A glass of water and a wrapped sweet: what the robot hands out. */
  water: 'M5 3h14l-1.8 17.2a1 1 0 0 1-1 .8H7.8a1 1 0 0 1-1-.8z M5.8 9.5h12.4',
  sweets: 'M8 12a4 4 0 1 0 8 0 4 4 0 0 0-8 0z M8.3 10.5L3 7v10l5.3-3.5 M15.7 10.5L21 7v10l-5.3-3.5',
  /** An octagon with a bar: stop moving. */
  stop: 'M8.3 2.5h7.4l5.8 5.8v7.4l-5.8 5.8H8.3l-5.8-5.8V8.3z M8 12h8',
  /** A big and a small letter A: the large-text switch. */
  textSize: 'M2.5 20L8 4l5.5 16 M4.4 14.5h7.2 M14 20l3.5-9 3.5 9 M15.2 17h4.6',
  /** A circle half filled with lines: the high-contrast switch. */
  contrast: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18z M12 3v18 M6 7.5h6 M4 11h8 M4 14.5h8 M6 18h6',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className === undefined ? 'icon' : `icon ${className}`}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
