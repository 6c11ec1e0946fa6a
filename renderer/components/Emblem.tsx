/** A gold star on a red disc: the service point's mark. Decorative. */
export function Emblem({ className }: { className?: string }) {
  return (
    <svg
      className={className === undefined ? 'emblem' : `emblem ${className}`}
      viewBox="0 0 100 100"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="50" cy="50" r="47" fill="#c8102e" stroke="#f2c94c" strokeWidth="4" />
      <path
        d="M50 17l9.4 28.9H89.8L65.2 63.8l9.4 28.9L50 74.8 25.4 92.7l9.4-28.9L10.2 45.9h30.4z"
        fill="#f2c94c"
        transform="translate(0 -4) scale(1 0.95)"
      />
    </svg>
  );
}
