import {
  genderLabels,
  helpTypeLabels,
  inquiryRecipientStatusLabels,
  offerLanguageLabels,
  specialisationLabels,
  type TProviderInquiry,
} from '@lotse/shared';
import { useEffect, useId, useRef } from 'react';
import { formatDate } from '../../staff/format.ts';
import { Badge, DefinitionList, LiveMessage } from '../../ui/index.ts';
import {
  daysLeftText,
  daysUntil,
  helpTypeShortLabels,
  inquiryStatusText,
  inquiryStatusTone,
} from '../labels.ts';
import { type AnswerNotice, AnswerPanel } from './AnswerPanel.tsx';
import { isOpen } from './api.ts';

/** What the page tells one card after an answer: its message, and a new `seq` to take the focus. */
export interface CardNotice extends AnswerNotice {
  seq: number;
}

/**
 * One inquiry: the anonymous profile (no names, no address), the deadline while it is open, and the
 * two answers; once answered or closed, its state and what it means for the provider.
 */
export function InquiryCard(props: {
  inquiry: TProviderInquiry;
  today: string;
  notice: CardNotice | null;
  onAnswered: (notice: AnswerNotice) => void;
}) {
  const { inquiry, notice } = props;
  const { profile } = inquiry;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const open = isOpen(inquiry);
  const seq = notice?.seq;

  // After an answer the card may have moved to the answered ones: the focus follows it to its message.
  useEffect(() => {
    if (seq !== undefined) heading.current?.focus();
  }, [seq]);

  const days = daysUntil(inquiry.answerBy, props.today);
  const listOf = (values: string[]) => (values.length > 0 ? values.join(', ') : '–');
  return (
    <article className="card provider-inquiry" aria-labelledby={headingId}>
      <div className="provider-inquiry-head">
        <div className="stack-sm">
          <h3 id={headingId} ref={heading} tabIndex={-1} className="provider-inquiry-title">
            {profile.age} Jahre, {genderLabels[profile.gender]} · {helpTypeShortLabels[profile.helpType]}
          </h3>
          <p className="small muted">
            Für <strong>{inquiry.facilityName}</strong> · {inquiry.officeName} · eingegangen am{' '}
            {formatDate(inquiry.receivedAt)}
          </p>
        </div>
        {open ? (
          <p className={days <= 1 ? 'provider-deadline is-urgent' : 'provider-deadline'}>
            <span>Antwort bis {formatDate(inquiry.answerBy)}</span>
            <strong>{daysLeftText(days)}</strong>
          </p>
        ) : (
          <Badge tone={inquiryStatusTone(inquiry.status)}>
            {inquiryRecipientStatusLabels[inquiry.status]}
          </Badge>
        )}
      </div>
      <DefinitionList
        items={[
          { term: 'Hilfeart', value: helpTypeLabels[profile.helpType] },
          { term: 'Beginn', value: profile.startBy ? `ab ${formatDate(profile.startBy)}` : 'offen' },
          {
            term: 'Schwerpunkte',
            value: listOf(profile.specialisations.map((s) => specialisationLabels[s])),
          },
          { term: 'Sprachen', value: listOf(profile.languages.map((l) => offerLanguageLabels[l])) },
          {
            term: 'Bedarf',
            value: profile.needs ? <span className="pre-wrap">{profile.needs}</span> : '–',
          },
        ]}
      />
      {open ? null : (
        <div className="stack-sm">
          <p>{inquiryStatusText(inquiry.status)}</p>
          {inquiry.reason ? (
            <p>
              <strong>{inquiry.status === 'declined' ? 'Ihr Grund:' : 'Ihr Hinweis:'}</strong>{' '}
              <span className="pre-wrap">{inquiry.reason}</span>
            </p>
          ) : null}
        </div>
      )}
      <LiveMessage
        error={notice?.tone === 'danger' ? notice.text : null}
        success={notice?.tone === 'success' ? notice.text : null}
      />
      {open ? <AnswerPanel inquiry={inquiry} onAnswered={props.onAnswered} /> : null}
    </article>
  );
}
