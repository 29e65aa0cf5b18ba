import {
  helpTypeLabels,
  inquiryRecipientStatusLabels,
  inquiryStatusLabels,
  type TInquiry,
} from '@lotse/shared';
import { Badge, Button, LiveMessage } from '../../ui/index.ts';
import { formatDate, formatDateTime, todayIso } from '../format.ts';
import { InquiryProfile, profileHeadline } from './InquiryProfile.tsx';
import { inquiryAnchor, inquiryStatusTone, recipientStatusTone } from './inquiry.ts';

type Recipient = TInquiry['recipients'][number];

/** The heading of an inquiry, which takes the focus after a step on it and after sending. */
export function inquiryHeadingId(inquiryId: string): string {
  return `${inquiryAnchor(inquiryId)}-heading`;
}

function deadlineText(inquiry: TInquiry): string {
  const date = formatDate(inquiry.answerBy);
  if (inquiry.status !== 'open') return `Antwortfrist: ${date}`;
  return inquiry.answerBy < todayIso() ? `Frist abgelaufen am ${date}` : `Antwort bis ${date}`;
}

/** What the provider wrote: a reason for a refusal, a note with an offer. */
function answerText(r: Recipient): string | null {
  if (!r.reason) return null;
  return r.status === 'declined' ? `Grund: ${r.reason}` : `Hinweis des Trägers: ${r.reason}`;
}

function RecipientRow(props: { recipient: Recipient; onConfirm: () => void }) {
  const r = props.recipient;
  const answer = answerText(r);
  return (
    <li className={r.status === 'accepted' ? 'inquiry-recipient is-offered' : 'inquiry-recipient'}>
      <div className="inquiry-recipient-head">
        <p className="inquiry-recipient-name">
          <strong>{r.facilityName}</strong>
          <span className="small muted">
            {' '}
            · {r.providerName} · {r.city}
          </span>
        </p>
        <Badge tone={recipientStatusTone(r.status)}>{inquiryRecipientStatusLabels[r.status]}</Badge>
      </div>
      {answer ? <p className="small pre-wrap">{answer}</p> : null}
      {r.answeredAt ? <p className="small muted">Geantwortet am {formatDateTime(r.answeredAt)}</p> : null}
      {r.allowedActions.includes('confirm') ? (
        <div>
          <Button size="sm" onClick={props.onConfirm}>
            Platz bestätigen
            <span className="visually-hidden">
              {' '}
              ({r.facilityName}, {r.providerName})
            </span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/**
 * One inquiry in the case: when it went out and to whom, the deadline, every facility's answer, and
 * what the providers read. "Platz bestätigen" on an offered place; "Anfrage zurückziehen" while open.
 */
export function InquiryItem(props: {
  inquiry: TInquiry;
  /** The outcome of the last step on this inquiry (or of sending it), shown below its heading. */
  notice: { success?: string; error?: string } | null;
  onConfirm: (recipient: Recipient) => void;
  onCancel: () => void;
}) {
  const { inquiry } = props;
  const headingId = inquiryHeadingId(inquiry.id);
  const { profile } = inquiry;
  return (
    <article id={inquiryAnchor(inquiry.id)} className="inquiry-item" aria-labelledby={headingId}>
      <div className="inquiry-item-head">
        <h4 id={headingId} tabIndex={-1} className="inquiry-item-title">
          Anfrage vom {formatDateTime(inquiry.createdAt)}
        </h4>
        <Badge tone={inquiryStatusTone(inquiry.status)}>{inquiryStatusLabels[inquiry.status]}</Badge>
      </div>
      <p className="small">
        {profileHeadline(profile)} · {helpTypeLabels[profile.helpType]}
      </p>
      <p className="small muted">
        {deadlineText(inquiry)} · gesendet von {inquiry.createdBy}
      </p>
      <LiveMessage success={props.notice?.success} error={props.notice?.error} />
      <ul
        className="plain-list inquiry-recipient-list"
        aria-label={`Angefragte Einrichtungen (${inquiry.recipients.length})`}
      >
        {inquiry.recipients.map((r) => (
          <RecipientRow key={r.id} recipient={r} onConfirm={() => props.onConfirm(r)} />
        ))}
      </ul>
      <details className="inquiry-sent-profile">
        <summary>Was die Träger sehen</summary>
        <InquiryProfile profile={profile} />
      </details>
      {inquiry.allowedActions.includes('cancel') ? (
        <div>
          <Button variant="secondary" size="sm" onClick={props.onCancel}>
            Anfrage zurückziehen
            <span className="visually-hidden"> (vom {formatDateTime(inquiry.createdAt)})</span>
          </Button>
        </div>
      ) : null}
    </article>
  );
}
