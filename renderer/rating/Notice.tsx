import { Face } from './Face.js';

interface NoticeProps {
  screen: string;
  title: string;
  detail: string;
  /** Thanks: a smiling face; otherwise a plain notice (a refusal, a bad link). */
  happy?: boolean;
}

/** A full-screen message to the citizen: thanks, or why there is nothing to rate. */
export function Notice({ screen, title, detail, happy = false }: NoticeProps) {
  return (
    <section className={happy ? 'notice notice--happy' : 'notice'} data-screen={screen} role="status">
      {happy && <Face face="very-happy" />}
      <h1 className="notice__title" data-testid="notice-title">
        {title}
      </h1>
      <p className="notice__detail" data-testid="notice-detail">
        {detail}
      </p>
    </section>
  );
}
