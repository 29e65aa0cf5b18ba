import { intakeTopicLabels, type TInboxDetail } from '@lotse/shared';
import { Card, DefinitionList } from '../../ui/index.ts';
import { ageText, foreignLanguage, writerText } from './labels.ts';

function addressText(s: TInboxDetail['summary']): string {
  const street = [s.street, s.houseNumber].filter(Boolean).join(' ');
  return [street, s.postcode].filter(Boolean).join(', ') || 'nicht angegeben';
}

function ContactValue(props: { summary: TInboxDetail['summary']; anonymous: boolean }) {
  const { phone, email } = props.summary;
  if (!phone && !email) {
    return <>{props.anonymous ? 'keine (anonym)' : 'keine Kontaktdaten angegeben'}</>;
  }
  return (
    <span className="stack-sm">
      {phone ? <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a> : null}
      {email ? <a href={`mailto:${email}`}>{email}</a> : null}
    </span>
  );
}

/** The request's structured summary, as the family gave it to the assistant. */
export function RequestSummary(props: { detail: TInboxDetail }) {
  const r = props.detail;
  const s = r.summary;
  const language = foreignLanguage(r.language);
  const confidence = Math.round(r.confidence * 100);
  return (
    <Card title="Zusammenfassung">
      <div className="stack">
        <blockquote className="request-concern">
          <p className="pre-wrap">{s.concern}</p>
        </blockquote>
        <DefinitionList
          items={[
            {
              term: 'Thema',
              value: `${intakeTopicLabels[r.topic]}${confidence > 0 && confidence < 100 ? ` (vom Assistenten erkannt, ${confidence} %)` : ''}`,
            },
            { term: 'Wer schreibt', value: writerText(r) },
            ...(s.name ? [{ term: 'Name', value: s.name }] : []),
            {
              term:
                r.writerRole === 'child' || r.writerRole === 'young_person' ? 'Alter' : 'Alter des Kindes',
              value: ageText(r.age) ?? '–',
            },
            { term: 'Adresse', value: addressText(s) },
            { term: 'Sozialraum', value: r.socialArea?.name ?? 'unbekannt' },
            { term: 'Team', value: r.team.name },
            { term: 'Kontakt', value: <ContactValue summary={s} anonymous={r.anonymous} /> },
            ...(language ? [{ term: 'Sprache', value: language }] : []),
          ]}
        />
      </div>
    </Card>
  );
}
