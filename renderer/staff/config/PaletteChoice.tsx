/** The kiosk's colour scheme: each choice a swatch of its header and accent colours with its name. */
import { BRAND_PALETTES, type BrandPalette } from '../../../bridge/branding.js';
import type { ConfigTranslate } from './config-i18n.js';
import { FieldFrame } from './fields.js';

interface Props {
  label: string;
  value: BrandPalette;
  problem: string | undefined;
  t: ConfigTranslate;
  onChange(palette: BrandPalette): void;
}

export function PaletteChoice({ label, value, problem, t, onChange }: Props) {
  return (
    <FieldFrame label={label} problem={problem} testId="branding.palette" wide>
      <span className="cfg-choice" role="radiogroup" aria-label={label}>
        {BRAND_PALETTES.map((palette) => (
          <button
            key={palette}
            type="button"
            role="radio"
            aria-checked={palette === value}
            className={`cfg-toggle cfg-palette${palette === value ? ' cfg-toggle--on' : ''}`}
            data-testid={`choose-palette-${palette}`}
            onClick={() => onChange(palette)}
          >
            <span className={`cfg-palette__swatch brand-${palette}`} aria-hidden="true" />
            {t(`palette_${palette}`)}
          </button>
        ))}
      </span>
    </FieldFrame>
  );
}
