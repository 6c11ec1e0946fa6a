/** A calm progress ring; it stands still when the system asks for reduced motion. */
export function Spinner() {
  return (
    <svg className="spinner" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle className="spinner__track" cx="50" cy="50" r="42" />
      <circle className="spinner__arc" cx="50" cy="50" r="42" />
    </svg>
  );
}
