import { findLawCitations, formatLawRef, parseLawCitation } from '@lotse/shared';
import type { MouseEvent, ReactNode } from 'react';
import { lawPagePath } from './api.ts';
import { LAW_CITATION_HINT_ID, useLawPanel } from './LawPanelProvider.tsx';
import { citedAnchor } from './LawParagraphText.tsx';
import './law.css';

/**
 * A citation ("§ 8a Abs. 4 SGB VIII") as a button that looks like a link and opens the law in the side
 * panel at the cited place. `cite` is the citation; without it, the children's text is. A text that is
 * no citation of SGB VIII, SGB I, SGB X or KKG stays plain text (citations.test.ts finds such texts).
 */
export function LawCitation(props: { cite?: string; children?: ReactNode }) {
  const panel = useLawPanel();
  const text = props.cite ?? (typeof props.children === 'string' ? props.children : '');
  const place = parseLawCitation(text);
  const label = props.children ?? props.cite;
  if (!place || !panel) return <>{label}</>;

  function onClick(event: MouseEvent<HTMLButtonElement>) {
    if (!place || !panel) return;
    const opener = event.currentTarget;
    // A modal dialog makes everything outside it inert: from there the law opens in a new tab.
    if (opener.closest('dialog:modal')) {
      window.open(lawPagePath(place.book, place.paragraph, citedAnchor(place)), '_blank', 'noopener');
      return;
    }
    panel.open(place, opener);
  }

  return (
    <button type="button" className="law-citation" aria-describedby={LAW_CITATION_HINT_ID} onClick={onClick}>
      {label}
    </button>
  );
}

/**
 * A plain text (a share's legal ground, a catalogue's description) with every citation in it as a
 * button. Punctuation touching a citation ("(", ")." …) stays on its line: a button does not wrap
 * like text, so the browser would otherwise break between "(" and the citation.
 */
export function LawText(props: { text: string }) {
  const { text } = props;
  const citations = findLawCitations(text);
  if (citations.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  citations.forEach((c, i) => {
    const end = c.index + c.text.length;
    const nextStart = citations[i + 1]?.index ?? text.length;
    const before = text.slice(at, c.index);
    const after = text.slice(end, nextStart);
    const glueBefore = /\S*$/.exec(before)?.[0] ?? '';
    const glueAfter = /^\S*/.exec(after)?.[0] ?? '';
    if (before.length > glueBefore.length) parts.push(before.slice(0, before.length - glueBefore.length));
    parts.push(
      <span key={c.index} className="law-citation-glue">
        {glueBefore}
        <LawCitation cite={c.text} />
        {glueAfter}
      </span>,
    );
    at = end + glueAfter.length;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * For a legend or heading that names a paragraph, where a button inside would be odd: the citations
 * of `text` as buttons beside it ("Gesetzestext: § 8a Abs. 2 SGB VIII").
 */
export function LawReferences(props: { text: string }) {
  const citations = findLawCitations(props.text);
  if (citations.length === 0) return null;
  return (
    <span className="law-references">
      Gesetzestext:{' '}
      {citations.map((c, i) => (
        <span key={c.index}>
          {i > 0 ? ', ' : null}
          <LawCitation cite={c.text}>{formatLawRef(c)}</LawCitation>
        </span>
      ))}
    </span>
  );
}
