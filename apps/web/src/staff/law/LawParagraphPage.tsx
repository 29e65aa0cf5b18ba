import { type TLawBookSlug, type TLawParagraph, ZLawBookSlug } from '@lotse/shared';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Card, PageHeader, Spinner } from '../../ui/index.ts';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { LAW_BROWSER_PATH, lawPagePath, useLawParagraph } from './api.ts';
import { hasAnchor, LawParagraphText } from './LawParagraphText.tsx';
import './law.css';

/** One paragraph in the law browser; the URL's hash (#abs-4-satz-2) marks and scrolls to a place. */
export function LawParagraphPage() {
  const params = useParams();
  const book = ZLawBookSlug.safeParse(params.book);
  if (!book.success || !params.paragraph) {
    return (
      <StaffNotFound
        title="Gesetz nicht gefunden"
        text="Lotse enthält SGB VIII, SGB I, SGB X und KKG. Diese Adresse gehört zu keinem davon."
      />
    );
  }
  return <ParagraphScreen book={book.data} paragraph={params.paragraph} />;
}

function ParagraphScreen(props: { book: TLawBookSlug; paragraph: string }) {
  const paragraph = useLawParagraph(props.book, props.paragraph);
  const { hash } = useLocation();
  const anchor = hash.startsWith('#abs-') ? decodeURIComponent(hash.slice(1)) : null;
  // The placeholder (the paragraph paged from) must not be shown as this one.
  const shown = paragraph.data;
  const data = shown?.book === props.book && shown.paragraph === props.paragraph ? shown : undefined;

  useEffect(() => {
    if (!data) return;
    const place = anchor ? document.getElementById(anchor) : null;
    if (!place) {
      window.scrollTo({ top: 0 });
      return;
    }
    // As in the panel: the subsection from its start, a sentence far down in it from a line above.
    const subsection = place.closest<HTMLElement>('.law-subsection') ?? place;
    const top = (el: HTMLElement) => el.getBoundingClientRect().top + window.scrollY;
    const fromStart = top(place) - top(subsection) < window.innerHeight / 2;
    window.scrollTo({ top: fromStart ? top(subsection) - 16 : top(place) - 48 });
  }, [data, anchor]);

  const back = (
    <p>
      <Link to={LAW_BROWSER_PATH}>← Alle Gesetze und Suche</Link>
    </p>
  );
  if (paragraph.isError)
    return (
      <>
        {back}
        <Alert tone="danger" title="Der Paragraf konnte nicht geladen werden">
          <p>{errorMessage(paragraph.error)}</p>
        </Alert>
      </>
    );
  if (!data)
    return (
      <>
        {back}
        <Spinner label="Gesetzestext wird geladen …" />
      </>
    );
  const cited = anchor && hasAnchor(data, anchor) ? anchor : null;
  return (
    <div className="law-page">
      <title>{`${data.ref} ${data.title} – Gesetze – Lotse`}</title>
      {back}
      <PageHeader
        title={
          <>
            <span className="law-page-ref">{data.ref}</span>
            <span className="visually-hidden"> – </span>
            <span className="law-page-title">{data.title}</span>
          </>
        }
        lead={data.context.join(' › ') || undefined}
      />
      <div className="stack">
        {anchor && !cited ? (
          <Alert tone="warning">
            Diese Stelle gibt es im Paragrafen nicht. Angezeigt wird der ganze Paragraf.
          </Alert>
        ) : null}
        <Card className="law-page-text">
          <LawParagraphText paragraph={data} cited={cited} />
        </Card>
        <ParagraphNav paragraph={data} />
      </div>
    </div>
  );
}

function ParagraphNav({ paragraph: p }: { paragraph: TLawParagraph }) {
  return (
    <nav className="law-page-nav" aria-label="Paragrafen blättern">
      <span className="cluster">
        {p.previous ? (
          <Link className="btn btn-secondary btn-sm" to={lawPagePath(p.book, p.previous)}>
            <span aria-hidden="true">←</span> <span className="visually-hidden">Vorheriger Paragraf: </span>§{' '}
            {p.previous}
          </Link>
        ) : null}
        {p.next ? (
          <Link className="btn btn-secondary btn-sm" to={lawPagePath(p.book, p.next)}>
            <span className="visually-hidden">Nächster Paragraf: </span>§ {p.next}{' '}
            <span aria-hidden="true">→</span>
          </Link>
        ) : null}
      </span>
      <a href={p.officialUrl} target="_blank" rel="noopener noreferrer">
        Amtliche Fassung<span className="visually-hidden"> (öffnet in neuem Fenster)</span>
      </a>
    </nav>
  );
}
