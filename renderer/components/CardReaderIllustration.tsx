/** A citizen ID card being laid on the reader, drawn inline; the card glides down unless motion is reduced. */
export function CardReaderIllustration({ label }: { label: string }) {
  return (
    <svg className="reader-art" viewBox="0 0 400 300" role="img" aria-label={label}>
      <rect className="reader-art__base" x="60" y="190" width="280" height="80" rx="18" />
      <rect className="reader-art__glass" x="90" y="176" width="220" height="26" rx="8" />
      <circle className="reader-art__light" cx="310" cy="240" r="9" />
      <g className="reader-art__card">
        <rect className="reader-art__card-body" x="110" y="40" width="180" height="114" rx="12" />
        <rect className="reader-art__card-band" x="110" y="40" width="180" height="22" rx="12" />
        <rect className="reader-art__card-band" x="110" y="52" width="180" height="10" />
        <rect className="reader-art__photo" x="124" y="76" width="44" height="56" rx="4" />
        <rect className="reader-art__line" x="180" y="80" width="70" height="8" rx="4" />
        <rect className="reader-art__line" x="180" y="98" width="90" height="8" rx="4" />
        <rect className="reader-art__line" x="180" y="116" width="56" height="8" rx="4" />
        <rect className="reader-art__qr" x="254" y="110" width="26" height="26" rx="2" />
      </g>
      <path className="reader-art__arrow" d="M200 160v8 M188 160l12 12 12-12" />
    </svg>
  );
}
