import {
  agreementStatusLabels,
  casePersonRoleLabels,
  shareSectionLabels,
  type TProviderCase,
  type TShareSection,
} from '@lotse/shared';
import type { ReactNode } from 'react';
import { formatAge, formatBytes, formatDate, fullName } from '../../staff/format.ts';
import { Progress } from '../../staff/helpplan/HelpPlanView.tsx';
import { Badge, Card, DefinitionList } from '../../ui/index.ts';
import { labelOf, shareSectionTitles } from '../labels.ts';
import { sharedDocumentUrl } from './api.ts';

/**
 * The four sections of a shared case in a fixed order. A section the office did not open is shown
 * as "Nicht freigegeben", so nobody wonders whether it is empty or missing.
 */
export function SharedSections({ sharedCase }: { sharedCase: TProviderCase }) {
  const { persons, contact, helpPlan, documents } = sharedCase;
  return (
    <div className="stack">
      <Section section="persons" shared={persons !== null}>
        {persons ? <Persons persons={persons} /> : null}
      </Section>
      <Section section="contact" shared={contact !== null}>
        {contact ? <Contacts contacts={contact} /> : null}
      </Section>
      <Section section="help_plan" shared={helpPlan !== null}>
        {helpPlan ? <HelpPlan plan={helpPlan} /> : null}
      </Section>
      <Section section="documents" shared={documents !== null}>
        {documents ? <Documents caseId={sharedCase.caseId} documents={documents} /> : null}
      </Section>
    </div>
  );
}

function Section(props: { section: TShareSection; shared: boolean; children: ReactNode }) {
  const title = shareSectionTitles[props.section];
  return (
    <Card
      title={title}
      aria-label={title}
      className={props.shared ? 'provider-section' : 'provider-section is-closed'}
      actions={props.shared ? null : <Badge tone="neutral">Nicht freigegeben</Badge>}
    >
      {props.shared ? (
        props.children
      ) : (
        <p className="muted">
          {shareSectionLabels[props.section]}: Diesen Bereich hat das Jugendamt nicht mit Ihrem Träger
          geteilt.
        </p>
      )}
    </Card>
  );
}

function Persons({ persons }: { persons: NonNullable<TProviderCase['persons']> }) {
  if (persons.length === 0) return <p className="muted">Keine Personen eingetragen.</p>;
  return (
    <ul className="plain-list person-list">
      {persons.map((p) => {
        const age = formatAge(p.birthDate);
        return (
          <li key={p.id} className="person">
            <p className="person-head">
              <strong>{fullName(p)}</strong>
              <span className="small">{labelOf(casePersonRoleLabels, p.role)}</span>
            </p>
            <p className="person-meta">
              {p.birthDate
                ? `geboren am ${formatDate(p.birthDate)}${age ? ` (${age})` : ''}`
                : 'Geburtsdatum unbekannt'}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function Contacts({ contacts }: { contacts: NonNullable<TProviderCase['contact']> }) {
  if (contacts.length === 0) return <p className="muted">Keine Kontaktdaten eingetragen.</p>;
  return (
    <ul className="plain-list person-list">
      {contacts.map((c) => {
        const place = [c.postcode, c.city].filter(Boolean).join(' ');
        const address = [c.street, place].filter(Boolean).join(', ');
        return (
          <li key={`${c.name}-${address}`} className="person">
            <p className="person-head">
              <strong>{c.name}</strong>
            </p>
            <p className="person-meta">{address || 'Keine Adresse'}</p>
            {c.phone ? (
              <p className="person-meta">
                Telefon: <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function HelpPlan({ plan }: { plan: NonNullable<TProviderCase['helpPlan']> }) {
  if (!plan.finalizedAt && plan.goals.length === 0 && plan.agreements.length === 0) {
    return <p className="muted">Es gibt noch keinen vereinbarten Hilfeplan.</p>;
  }
  return (
    <div className="stack-sm">
      <DefinitionList
        items={[
          { term: 'Vereinbart am', value: formatDate(plan.finalizedAt) },
          { term: 'Nächste Überprüfung', value: formatDate(plan.nextReviewOn) },
        ]}
      />
      <h3 className="provider-subhead">Ziele</h3>
      {plan.goals.length === 0 ? (
        <p className="muted">Keine Ziele eingetragen.</p>
      ) : (
        <ol className="provider-goals">
          {plan.goals.map((g) => (
            <li key={g.text}>
              <p className="provider-goal-text">{g.text}</p>
              <Progress value={g.progress} />
            </li>
          ))}
        </ol>
      )}
      <h3 className="provider-subhead">Absprachen</h3>
      {plan.agreements.length === 0 ? (
        <p className="muted">Keine Absprachen eingetragen.</p>
      ) : (
        <ul className="plain-list stack-sm">
          {plan.agreements.map((a) => (
            <li key={`${a.text}-${a.ownerName}`} className="provider-agreement">
              <p>{a.text}</p>
              <p className="small muted">
                {a.ownerName} · {labelOf(agreementStatusLabels, a.status)}
                {a.dueOn ? ` · bis ${formatDate(a.dueOn)}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Documents(props: { caseId: string; documents: NonNullable<TProviderCase['documents']> }) {
  if (props.documents.length === 0) return <p className="muted">Keine Dokumente freigegeben.</p>;
  return (
    <ul className="plain-list stack-sm">
      {props.documents.map((d) => (
        <li key={d.id}>
          <a href={sharedDocumentUrl(props.caseId, d.id)} download={d.filename}>
            {d.filename}
          </a>{' '}
          <span className="small muted">({formatBytes(d.sizeBytes)})</span>
        </li>
      ))}
    </ul>
  );
}
