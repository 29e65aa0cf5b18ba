import { cooperationKindLabels, type TPublicationSummary } from '@lotse/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Button, ConfirmDialog, EmptyState, LiveMessage, Spinner } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { ARTICLES_PATH } from '../knowledge/paths.ts';
import { usePublications, useWithdraw } from './api.ts';

/** What the own office published: live ones with "Zurückziehen", withdrawn ones for the record. */
export function OwnPublications(props: { mayPublish: boolean }) {
  const mine = usePublications({ mine: true });
  const withdraw = useWithdraw();
  const [confirming, setConfirming] = useState<TPublicationSummary | null>(null);
  const [done, setDone] = useState<string | null>(null);

  return (
    <section aria-labelledby="own-heading" className="stack">
      <h2 id="own-heading">Veröffentlichungen Ihres Amtes</h2>
      <p className="small">
        {props.mayPublish ? (
          <>
            Veröffentlichen Sie einen Artikel oder eine Vorlage auf der Seite des Artikels unter{' '}
            <Link to={ARTICLES_PATH}>Wissen › Artikel</Link>. Lotse prüft vorher, dass keine personenbezogenen
            Daten darin stehen.
          </>
        ) : (
          'Für andere Ämter veröffentlichen Teamleitungen und die Administration.'
        )}
      </p>
      <LiveMessage
        error={withdraw.isError ? `Nicht zurückgezogen: ${errorMessage(withdraw.error)}` : null}
        success={done}
      />
      {mine.isPending ? <Spinner label="Eigene Veröffentlichungen werden geladen …" /> : null}
      {mine.isError ? <Alert tone="danger">{errorMessage(mine.error)}</Alert> : null}
      {mine.data && mine.data.length === 0 ? (
        <EmptyState>Ihr Amt hat noch nichts veröffentlicht.</EmptyState>
      ) : null}
      {mine.data && mine.data.length > 0 ? (
        <ul className="plain-list cooperation-own-list" aria-label="Veröffentlichungen Ihres Amtes">
          {mine.data.map((p) => (
            <li key={p.id} className="cooperation-own-item">
              <div className="stack-sm">
                <span className="cluster">
                  <strong>{p.title}</strong>
                  <Badge tone="info" outline>
                    {cooperationKindLabels[p.kind]}
                  </Badge>
                  {p.withdrawnAt ? <Badge>Zurückgezogen am {formatDate(p.withdrawnAt)}</Badge> : null}
                </span>
                <span className="muted small">
                  Veröffentlicht von {p.publishedBy} am {formatDate(p.publishedAt)} ·{' '}
                  {p.importCount === 0
                    ? 'noch von keinem Amt übernommen'
                    : p.importCount === 1
                      ? 'von 1 Amt übernommen'
                      : `von ${p.importCount} Ämtern übernommen`}
                </span>
              </div>
              {p.allowedActions.includes('withdraw') ? (
                <Button
                  variant="secondary"
                  size="sm"
                  aria-label={`Zurückziehen: „${p.title}“`}
                  onClick={() => setConfirming(p)}
                >
                  Zurückziehen
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        title="Veröffentlichung zurückziehen?"
        confirmLabel="Zurückziehen"
        tone="danger"
        busy={withdraw.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const p = confirming;
          if (!p) return;
          withdraw.mutate(p.id, {
            onSuccess: () => {
              setConfirming(null);
              setDone(`„${p.title}“ ist zurückgezogen. Andere Ämter sehen die Vorlage nicht mehr.`);
            },
            onError: () => setConfirming(null),
          });
        }}
      >
        <p>
          Andere Ämter sehen „{confirming?.title}“ danach nicht mehr. Kopien, die sie schon übernommen haben,
          bleiben deren eigene.
        </p>
      </ConfirmDialog>
    </section>
  );
}
