/** The catalogue's fields as tiles under a heading; a tap browses that field. Nothing when the ward has none. */
import type { FieldOption } from '../../bridge/contract.js';
import { useSend } from '../send-context.js';
import { FieldTile } from './FieldTile.js';

interface Props {
  fields: FieldOption[];
  title: string;
  /** The heading's id, unique on the screen. */
  headingId: string;
  listClassName?: string;
}

export function FieldList({ fields, title, headingId, listClassName }: Props) {
  const send = useSend();
  if (fields.length === 0) return null;
  return (
    <section className="choose__section" aria-labelledby={headingId}>
      <h2 className="choose__heading" id={headingId}>
        {title}
      </h2>
      <ul className={listClassName === undefined ? 'fields' : `fields ${listClassName}`}>
        {fields.map((field) => (
          <li key={field.id} className="fields__item">
            <FieldTile field={field} onPress={() => send({ type: 'ui.field', fieldId: field.id })} />
          </li>
        ))}
      </ul>
    </section>
  );
}
