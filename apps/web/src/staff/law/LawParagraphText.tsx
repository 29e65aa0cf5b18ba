import { type LawCitation, lawAnchor, type TLawParagraph } from '@lotse/shared';
import { Fragment } from 'react';
import './law.css';

/** A place in the law: a paragraph and, where cited, its subsection (Absatz) and sentence (Satz). */
export type LawPlace = Pick<LawCitation, 'book' | 'paragraph' | 'subsection' | 'sentence'>;

/** The anchor of the cited subsection or sentence ("abs-4", "abs-4-satz-2"), or null for a whole paragraph. */
export function citedAnchor(place: LawPlace): string | null {
  if (place.subsection === null && place.sentence === null) return null;
  return lawAnchor(place.subsection, place.sentence);
}

/** Whether the paragraph has the cited subsection and sentence (a citation may name one it does not have). */
export function hasAnchor(paragraph: TLawParagraph, anchor: string): boolean {
  return paragraph.subsections.some(
    (sub) => sub.anchor === anchor || sub.sentences.some((s) => s.anchor === anchor),
  );
}

/** The chapters and sections above a paragraph, outermost first ("Zweites Kapitel … › Vierter Abschnitt …"). */
export function LawContextLine(props: { paragraph: TLawParagraph; className?: string }) {
  if (props.paragraph.context.length === 0) return null;
  const line = props.paragraph.context.join(' › ');
  return (
    <p className={['law-context', props.className ?? ''].join(' ')} title={line}>
      {line}
    </p>
  );
}

/**
 * A paragraph's text by subsection and sentence, each with its anchor as id (after `idPrefix`), the
 * cited subsection and sentence highlighted. Used by the side panel and the law browser alike.
 */
export function LawParagraphText(props: {
  paragraph: TLawParagraph;
  cited: string | null;
  idPrefix?: string;
}) {
  const prefix = props.idPrefix ?? '';
  const cited = props.cited;
  return (
    <div className="law-text">
      {props.paragraph.subsections.map((sub) => {
        const subCited = cited !== null && (cited === sub.anchor || cited.startsWith(`${sub.anchor}-`));
        return (
          <p
            key={sub.anchor}
            id={`${prefix}${sub.anchor}`}
            className={subCited ? 'law-subsection is-cited' : 'law-subsection'}
          >
            {sub.number !== null ? <span className="law-subsection-number">({sub.number}) </span> : null}
            {sub.sentences.map((s, i) => (
              <Fragment key={s.anchor}>
                {i > 0 ? ' ' : null}
                <span
                  id={`${prefix}${s.anchor}`}
                  className={cited === s.anchor ? 'law-sentence is-cited' : 'law-sentence'}
                >
                  {s.text}
                </span>
              </Fragment>
            ))}
          </p>
        );
      })}
    </div>
  );
}
