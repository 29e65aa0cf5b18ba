import { formatLawRef } from '@lotse/shared';
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Spinner } from '../../ui/index.ts';
import { lawPagePath, useLawParagraph } from './api.ts';
import {
  citedAnchor,
  hasAnchor,
  LawContextLine,
  LawParagraphText,
  type LawPlace,
} from './LawParagraphText.tsx';

const ID_PREFIX = 'law-panel-';

/**
 * The side panel with a paragraph's text, scrolled to the cited subsection or sentence. Not modal: the
 * work beside it stays usable (on wide screens the page makes room; on phones it is a sheet from below).
 * Escape or the close button close it and return the focus to the citation.
 */
export function LawPanel(props: {
  place: LawPlace;
  opened: number;
  onGo: (place: LawPlace) => void;
  onClose: (restoreFocus: boolean) => void;
}) {
  const { place, onClose } = props;
  const paragraph = useLawParagraph(place.book, place.paragraph);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const cited = citedAnchor(place);
  const data = paragraph.data;

  // Each citation opened moves the focus into the panel; paging keeps it on the pressed button.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for every citation opened
  useEffect(() => {
    headingRef.current?.focus();
  }, [props.opened]);

  // Wide screens: the page makes room for the panel (law.css), so nothing of the work is hidden.
  useEffect(() => {
    document.body.classList.add('law-panel-open');
    return () => document.body.classList.remove('law-panel-open');
  }, []);

  useEffect(() => {
    const body = bodyRef.current;
    if (!body || !data) return;
    const place = cited ? body.querySelector<HTMLElement>(`#${CSS.escape(ID_PREFIX + cited)}`) : null;
    if (!place) {
      body.scrollTop = 0;
      return;
    }
    // The cited subsection from its start; a cited sentence far down in it from a line above the sentence.
    const subsection = place.closest<HTMLElement>('.law-subsection') ?? place;
    const top = (el: HTMLElement) => el.getBoundingClientRect().top - body.getBoundingClientRect().top;
    const fromStart = top(place) - top(subsection) < body.clientHeight / 2;
    body.scrollTop += fromStart ? top(subsection) - 12 : top(place) - 40;
  }, [data, cited]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose(true);
  }

  const ref = data?.ref ?? formatLawRef({ ...place, subsection: null, sentence: null });
  const citedRef = cited ? formatLawRef(place) : null;
  // A long text scrolls here: a region that takes the focus, so the keyboard can scroll it (as in Table).
  const scrollFrame = { role: 'region', 'aria-labelledby': headingId, tabIndex: 0 };
  return (
    <aside className="law-panel" aria-label="Gesetzestext" onKeyDown={onKeyDown}>
      <div className="law-panel-head">
        <div className="law-panel-heading">
          {data ? <LawContextLine paragraph={data} className="law-panel-context" /> : null}
          <h2 ref={headingRef} id={headingId} tabIndex={-1} className="law-heading">
            <span className="law-ref">{ref}</span>{' '}
            {data ? <span className="law-title">{data.title}</span> : null}
          </h2>
        </div>
        <button
          type="button"
          className="btn btn-link law-panel-close"
          aria-label="Gesetzestext schließen"
          onClick={() => onClose(true)}
        >
          ×
        </button>
      </div>
      <div className="law-panel-body" ref={bodyRef} {...scrollFrame}>
        {paragraph.isPending ? <Spinner label="Gesetzestext wird geladen …" /> : null}
        {paragraph.isError ? <Alert tone="danger">{errorMessage(paragraph.error)}</Alert> : null}
        {data && citedRef && cited ? (
          hasAnchor(data, cited) ? (
            <p className="law-cited-note">
              Zitiert: <strong>{citedRef}</strong> (hervorgehoben)
            </p>
          ) : (
            <Alert tone="warning">
              Die zitierte Stelle {citedRef} gibt es nicht. Angezeigt wird der ganze Paragraf.
            </Alert>
          )
        ) : null}
        {data ? <LawParagraphText paragraph={data} cited={cited} idPrefix={ID_PREFIX} /> : null}
      </div>
      {data ? (
        <div className="law-panel-foot">
          <div className="law-paging">
            {data.previous ? (
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                onClick={() =>
                  props.onGo({
                    book: place.book,
                    paragraph: data.previous ?? '',
                    subsection: null,
                    sentence: null,
                  })
                }
              >
                <span aria-hidden="true">←</span>{' '}
                <span className="visually-hidden">Vorheriger Paragraf: </span>§ {data.previous}
              </button>
            ) : null}
            {data.next ? (
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                onClick={() =>
                  props.onGo({
                    book: place.book,
                    paragraph: data.next ?? '',
                    subsection: null,
                    sentence: null,
                  })
                }
              >
                <span className="visually-hidden">Nächster Paragraf: </span>§ {data.next}{' '}
                <span aria-hidden="true">→</span>
              </button>
            ) : null}
          </div>
          <div className="law-panel-links">
            <a href={data.officialUrl} target="_blank" rel="noopener noreferrer">
              Amtliche Fassung<span className="visually-hidden"> (öffnet in neuem Fenster)</span>
            </a>
            <Link to={lawPagePath(place.book, place.paragraph, cited)} onClick={() => onClose(false)}>
              Im Gesetzesbrowser öffnen
            </Link>
          </div>
        </div>
      ) : null}
    </aside>
  );
}
