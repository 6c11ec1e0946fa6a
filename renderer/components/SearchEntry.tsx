/** A wide entry button: an icon, what it does, and an example of what to type there. */
import { Icon, type IconName } from './Icon.js';

interface Props {
  icon: IconName;
  label: string;
  example: string;
  testId: string;
  className?: string;
  onPress(): void;
}

export function SearchEntry({ icon, label, example, testId, className, onPress }: Props) {
  return (
    <button type="button" className={className === undefined ? 'search-entry' : `search-entry ${className}`} data-testid={testId} onClick={onPress}>
      <Icon name={icon} className="search-entry__icon" />
      <span className="search-entry__text">
        <span className="search-entry__label">{label}</span>
        <span className="search-entry__example">{example}</span>
      </span>
    </button>
  );
}
