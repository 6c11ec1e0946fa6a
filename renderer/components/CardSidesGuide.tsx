interface CardSidesGuideProps {
  /** "Either side works:" */
  title: string;
  qrLabel: string;
  mrzLabel: string;
  /** Describes both drawings for a screen reader. */
  artLabel: string;
}

/** A QR code: three finder squares and a few modules, enough to be recognised at a glance. */
function QrMark({ x, y, size }: { x: number; y: number; size: number }) {
  const m = size / 7;
  const finder = (fx: number, fy: number) => (
    <>
      <rect className="card-side__qr-ink" x={fx} y={fy} width={m * 2.4} height={m * 2.4} />
      <rect className="card-side__qr-paper" x={fx + m * 0.5} y={fy + m * 0.5} width={m * 1.4} height={m * 1.4} />
      <rect className="card-side__qr-ink" x={fx + m * 0.85} y={fy + m * 0.85} width={m * 0.7} height={m * 0.7} />
    </>
  );
  return (
    <g>
      <rect className="card-side__qr-paper" x={x - 4} y={y - 4} width={size + 8} height={size + 8} rx="3" />
      {finder(x, y)}
      {finder(x + size - m * 2.4, y)}
      {finder(x, y + size - m * 2.4)}
      <rect className="card-side__qr-ink" x={x + m * 3} y={y + m * 3} width={m} height={m} />
      <rect className="card-side__qr-ink" x={x + m * 4.4} y={y + m * 3.6} width={m * 1.2} height={m} />
      <rect className="card-side__qr-ink" x={x + m * 3.4} y={y + m * 4.8} width={m * 2.4} height={m} />
      <rect className="card-side__qr-ink" x={x + m * 5.6} y={y + m * 5.6} width={m} height={m} />
      <rect className="card-side__qr-ink" x={x + m * 3} y={y + m * 0.6} width={m} height={m * 1.6} />
    </g>
  );
}

/**
 * The two sides of a citizen ID card the reader can use: the side with the QR code, and the back
 * with the three machine-readable lines. Either one is enough.
 */
export function CardSidesGuide({ title, qrLabel, mrzLabel, artLabel }: CardSidesGuideProps) {
  return (
    <figure className="card-sides" role="group" aria-label={artLabel}>
      <figcaption className="card-sides__title">{title}</figcaption>
      <div className="card-sides__list">
        <div className="card-side">
          <svg className="card-side__art" viewBox="0 0 320 202" aria-hidden="true" focusable="false">
            <rect className="card-side__body" x="4" y="4" width="312" height="194" rx="16" />
            <rect className="card-side__band" x="4" y="4" width="312" height="34" rx="16" />
            <rect className="card-side__band" x="4" y="22" width="312" height="16" />
            <rect className="card-side__photo" x="22" y="58" width="70" height="92" rx="6" />
            <rect className="card-side__line" x="108" y="62" width="90" height="10" rx="5" />
            <rect className="card-side__line" x="108" y="86" width="110" height="10" rx="5" />
            <rect className="card-side__line" x="108" y="110" width="76" height="10" rx="5" />
            <rect className="card-side__line" x="108" y="134" width="100" height="10" rx="5" />
            <rect className="card-side__line" x="22" y="166" width="190" height="10" rx="5" />
            <QrMark x={232} y={58} size={66} />
            <rect className="card-side__highlight" x="222" y="48" width="86" height="86" rx="10" />
          </svg>
          <span className="card-side__label">{qrLabel}</span>
        </div>
        <div className="card-side">
          <svg className="card-side__art" viewBox="0 0 320 202" aria-hidden="true" focusable="false">
            <rect className="card-side__body" x="4" y="4" width="312" height="194" rx="16" />
            <rect className="card-side__chip" x="24" y="28" width="52" height="40" rx="6" />
            <rect className="card-side__line" x="96" y="32" width="120" height="10" rx="5" />
            <rect className="card-side__line" x="96" y="54" width="90" height="10" rx="5" />
            <rect className="card-side__line" x="24" y="84" width="150" height="10" rx="5" />
            <line className="card-side__mrz" x1="22" y1="128" x2="298" y2="128" />
            <line className="card-side__mrz" x1="22" y1="152" x2="298" y2="152" />
            <line className="card-side__mrz" x1="22" y1="176" x2="298" y2="176" />
            <rect className="card-side__highlight" x="12" y="112" width="296" height="80" rx="10" />
          </svg>
          <span className="card-side__label">{mrzLabel}</span>
        </div>
      </div>
    </figure>
  );
}
