import type { TProviderInquiry } from '@lotse/shared';
import { useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { todayIso } from '../../staff/format.ts';
import { Alert, EmptyState, PageHeader, Spinner } from '../../ui/index.ts';
import type { AnswerNotice } from './AnswerPanel.tsx';
import { isOpen, useProviderInquiries } from './api.ts';
import { type CardNotice, InquiryCard } from './InquiryCard.tsx';

/**
 * "Anfragen": offices ask for a place instead of phoning round. Open inquiries come first, the nearest
 * deadline on top; below them what was answered or closed, newest first.
 */
export function InquiriesPage() {
  const inquiries = useProviderInquiries();
  // The last answer's message stays with its card, also when the card moves to the answered ones.
  const [notice, setNotice] = useState<{ id: string; notice: CardNotice } | null>(null);
  const today = todayIso();
  const items = inquiries.data?.items;
  const open = (items ?? []).filter(isOpen).sort((a, b) => a.answerBy.localeCompare(b.answerBy));
  const closed = (items ?? []).filter((i) => !isOpen(i));

  function answered(id: string, next: AnswerNotice) {
    setNotice((previous) => ({ id, notice: { ...next, seq: (previous?.notice.seq ?? 0) + 1 } }));
  }
  const card = (inquiry: TProviderInquiry) => (
    <li key={inquiry.id}>
      <InquiryCard
        inquiry={inquiry}
        today={today}
        notice={notice?.id === inquiry.id ? notice.notice : null}
        onAnswered={(next) => answered(inquiry.id, next)}
      />
    </li>
  );

  return (
    <>
      <title>Anfragen – Trägerportal – Lotse</title>
      <PageHeader
        title="Anfragen"
        lead="Jugendämter fragen hier Plätze bei Ihren Einrichtungen an. Bitte antworten Sie bis zur Frist."
      />
      <div className="stack">
        <Alert tone="info" title="So funktionieren Anfragen">
          <ul className="provider-rules">
            <li>
              Jede Anfrage ist anonym: Sie sehen Alter, Hilfebedarf und Wünsche, aber keine Namen und keine
              Adresse.
            </li>
            <li>
              Mit „Platz anbieten“ halten Sie einen Platz frei, bis das Jugendamt Ihr Angebot bestätigt oder
              die Anfrage zurückzieht.
            </li>
            <li>
              Das Jugendamt fragt oft mehrere Träger an. Es bestätigt ein Angebot; die übrigen Anfragen zieht
              Lotse dann automatisch zurück.
            </li>
          </ul>
        </Alert>
        {inquiries.isPending ? <Spinner label="Anfragen werden geladen …" /> : null}
        {inquiries.isError ? (
          <Alert tone={isApiError(inquiries.error, 403) ? 'warning' : 'danger'}>
            <p>{errorMessage(inquiries.error)}</p>
          </Alert>
        ) : null}
        {items && items.length === 0 ? (
          <EmptyState>
            Zurzeit liegen keine Anfragen vor. Neue Anfragen erscheinen hier; Ihre Einrichtungen erhalten
            zusätzlich eine E-Mail.
          </EmptyState>
        ) : null}
        {open.length > 0 ? (
          <section className="stack-sm" aria-labelledby="provider-inquiries-open">
            <h2 id="provider-inquiries-open">Offen ({open.length})</h2>
            <ul className="plain-list stack">{open.map(card)}</ul>
          </section>
        ) : null}
        {items && items.length > 0 && open.length === 0 ? (
          <p className="muted">Zurzeit ist keine Anfrage offen.</p>
        ) : null}
        {closed.length > 0 ? (
          <section className="stack-sm" aria-labelledby="provider-inquiries-closed">
            <h2 id="provider-inquiries-closed">Beantwortet und abgeschlossen</h2>
            <ul className="plain-list stack">{closed.map(card)}</ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
