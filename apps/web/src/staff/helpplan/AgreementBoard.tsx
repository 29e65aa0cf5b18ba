import {
  agreementOwnerKindLabels,
  agreementStatusLabels,
  type TAgreement,
  ZAgreementStatus,
} from '@lotse/shared';
import { useEffect, useState } from 'react';
import { Button } from '../../ui/index.ts';
import { formatDate } from '../format.ts';

type TStatus = TAgreement['status'];
const columns = ZAgreementStatus.options;

/**
 * Agreements as a board with three columns (offen / in Arbeit / erledigt). Cards move with buttons
 * (no drag and drop), the moved card keeps the focus, and a live region says where it went.
 * Without `onChange` the board is read-only.
 */
export function AgreementBoard(props: {
  agreements: TAgreement[];
  onChange?: (next: TAgreement[]) => void;
  onEdit?: (agreement: TAgreement) => void;
  onRemove?: (agreement: TAgreement) => void;
  errors?: Record<string, string>;
}) {
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(`agreement-${focusId}`)?.focus();
    setFocusId(null);
  }, [focusId]);

  function move(agreement: TAgreement, status: TStatus) {
    props.onChange?.(props.agreements.map((a) => (a.id === agreement.id ? { ...a, status } : a)));
    setAnnouncement(`„${agreement.text}“ steht jetzt unter „${agreementStatusLabels[status]}“.`);
    setFocusId(agreement.id);
  }

  return (
    <div className="agreement-board-wrap">
      <div className="agreement-board">
        {columns.map((status) => {
          const items = props.agreements.filter((a) => a.status === status);
          const headingId = `agreements-${status}`;
          return (
            <section
              key={status}
              className={`agreement-column agreement-column-${status}`}
              aria-labelledby={headingId}
            >
              <h3 id={headingId} className="agreement-column-title">
                {capitalize(agreementStatusLabels[status])}{' '}
                <span className="agreement-count">({items.length})</span>
              </h3>
              {items.length === 0 ? (
                <p className="muted small">Keine Vereinbarung.</p>
              ) : (
                <ul className="agreement-list">
                  {items.map((a) => (
                    <li key={a.id}>
                      <AgreementCard
                        agreement={a}
                        error={errorFor(props.errors, props.agreements.indexOf(a))}
                        onMove={props.onChange ? (to) => move(a, to) : undefined}
                        onEdit={props.onEdit}
                        onRemove={props.onRemove}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}

function errorFor(errors: Record<string, string> | undefined, index: number): string | undefined {
  if (!errors) return undefined;
  const key = Object.keys(errors).find(
    (k) => k === `agreements.${index}` || k.startsWith(`agreements.${index}.`),
  );
  return key ? errors[key] : undefined;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function AgreementCard(props: {
  agreement: TAgreement;
  error?: string | undefined;
  onMove?: ((status: TStatus) => void) | undefined;
  onEdit?: ((agreement: TAgreement) => void) | undefined;
  onRemove?: ((agreement: TAgreement) => void) | undefined;
}) {
  const a = props.agreement;
  const index = columns.indexOf(a.status);
  const back = columns[index - 1];
  const forward = columns[index + 1];
  return (
    <article id={`agreement-${a.id}`} className="agreement-card" tabIndex={-1} aria-label={a.text}>
      <p className="agreement-text">{a.text}</p>
      <p className="agreement-meta small">
        <span>
          {agreementOwnerKindLabels[a.owner.kind]}: {a.owner.name}
        </span>
        {a.dueOn ? <span>fällig am {formatDate(a.dueOn)}</span> : null}
      </p>
      {a.familySummary ? <p className="agreement-summary small">„{a.familySummary}“</p> : null}
      {props.error ? <p className="field-error">{props.error}</p> : null}
      {props.onMove || props.onEdit || props.onRemove ? (
        <div className="agreement-actions">
          {props.onMove && back ? (
            <Button
              size="sm"
              variant="secondary"
              aria-label={`„${a.text}“ zurück nach „${agreementStatusLabels[back]}“`}
              onClick={() => props.onMove?.(back)}
            >
              ← {agreementStatusLabels[back]}
            </Button>
          ) : null}
          {props.onMove && forward ? (
            <Button
              size="sm"
              variant="secondary"
              aria-label={`„${a.text}“ weiter nach „${agreementStatusLabels[forward]}“`}
              onClick={() => props.onMove?.(forward)}
            >
              {agreementStatusLabels[forward]} →
            </Button>
          ) : null}
          {props.onEdit ? (
            <Button
              size="sm"
              variant="link"
              aria-label={`„${a.text}“ bearbeiten`}
              onClick={() => props.onEdit?.(a)}
            >
              Bearbeiten
            </Button>
          ) : null}
          {props.onRemove ? (
            <Button
              size="sm"
              variant="link"
              aria-label={`„${a.text}“ entfernen`}
              onClick={() => props.onRemove?.(a)}
            >
              Entfernen
            </Button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
