import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Card, PageHeader, Spinner } from '../../ui/index.ts';
import { lawPagePath, useLawToc } from './api.ts';
import { LawSearch } from './LawSearch.tsx';
import './law.css';

/** "Gesetze": search in SGB VIII, SGB I, SGB X and KKG, and each book's table of contents. */
export function LawBrowserPage() {
  const toc = useLawToc();
  // SGB VIII, the cockpit's home law, lies open where there is room; on phones every book starts closed.
  const wide = window.matchMedia('(min-width: 48rem)').matches;
  return (
    <>
      <title>Gesetze – Lotse</title>
      <PageHeader
        title="Gesetze"
        lead="SGB VIII, SGB I, SGB X und KKG im Wortlaut, nach Absatz und Satz. Maßgeblich ist die amtliche Fassung."
      />
      <div className="stack">
        <Card>
          <LawSearch />
        </Card>
        <Card title="Inhaltsverzeichnis">
          {toc.isPending ? <Spinner label="Inhaltsverzeichnis wird geladen …" /> : null}
          {toc.isError ? <Alert tone="danger">{errorMessage(toc.error)}</Alert> : null}
          {toc.data ? (
            <div className="law-books">
              {toc.data.map((book) => (
                <details key={book.book} className="law-book" open={wide && book.book === 'sgb8'}>
                  <summary>
                    {book.abbreviation} <span className="law-book-title">– {book.title}</span>
                  </summary>
                  <ol className="law-toc" aria-label={`Paragrafen ${book.abbreviation}`}>
                    {book.paragraphs.map((p) => (
                      <li key={p.paragraph}>
                        <Link to={lawPagePath(book.book, p.paragraph)}>
                          § {p.paragraph} {p.title}
                        </Link>
                      </li>
                    ))}
                  </ol>
                </details>
              ))}
            </div>
          ) : null}
        </Card>
      </div>
    </>
  );
}
