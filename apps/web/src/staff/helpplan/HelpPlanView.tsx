import {
  helpEndReasonLabels,
  helpTypeLabels,
  planParticipantRoleLabels,
  type THelpPlanContent,
} from '@lotse/shared';
import { Card, DefinitionList } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { AgreementBoard } from './AgreementBoard.tsx';

/** A version of a help plan to read (final versions, or drafts for people who may not edit). */
export function HelpPlanView({ content }: { content: THelpPlanContent }) {
  const { help } = content;
  return (
    <div className="stack">
      <Card title="Hilfe und Termine">
        <DefinitionList
          items={[
            {
              term: 'Hilfeart',
              value: help.statisticsCode
                ? `${helpTypeLabels[help.type]} (Statistik-Schlüssel ${help.statisticsCode})`
                : helpTypeLabels[help.type],
            },
            { term: 'Leistungserbringer', value: help.provider ?? '–' },
            {
              term: 'Umfang',
              value:
                help.hoursPerWeek === null
                  ? '–'
                  : `${help.hoursPerWeek.toLocaleString('de-DE')} Stunden pro Woche`,
            },
            { term: 'Beginn', value: formatDate(help.startsOn) },
            { term: 'Ende', value: formatDate(help.endsOn) },
            ...(help.endReason
              ? [{ term: 'Grund der Beendigung', value: helpEndReasonLabels[help.endReason] }]
              : []),
            { term: 'Nächste Überprüfung', value: formatDate(content.reviewOn) },
          ]}
        />
      </Card>
      <Card title="Beteiligte und ihre Sicht">
        {content.participants.length === 0 ? (
          <p className="muted">Keine Beteiligten eingetragen.</p>
        ) : (
          <ul className="plain-list helpplan-participants">
            {content.participants.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a final version does not change
              <li key={i} className="helpplan-participant">
                <p className="helpplan-participant-name">
                  <strong>{p.name}</strong>{' '}
                  <span className="muted">({planParticipantRoleLabels[p.role]})</span>
                </p>
                {p.view ? (
                  <blockquote className="helpplan-view pre-wrap">{p.view}</blockquote>
                ) : (
                  <p className="muted small">Keine Sicht festgehalten.</p>
                )}
              </li>
            ))}
          </ul>
        )}
        {content.interpreter ? (
          <p className="helpplan-interpreter">
            <strong>Dolmetschung:</strong> {content.interpreter}
          </p>
        ) : null}
        {content.notInvolved.length ? (
          <>
            <h3 className="helpplan-subheading">Nicht beteiligt</h3>
            <ul className="plain-list helpplan-participants">
              {content.notInvolved.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a version's list is read as a whole
                <li key={i} className="helpplan-participant">
                  <strong>{p.name}</strong>{' '}
                  <span className="muted">({planParticipantRoleLabels[p.role]})</span>: {p.reason}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
      <Card title="Bedarf">
        {content.needs.length === 0 ? (
          <p className="muted">Kein Bedarf eingetragen.</p>
        ) : (
          <ul>
            {content.needs.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Ziele">
        {content.goals.length === 0 ? (
          <p className="muted">Keine Ziele eingetragen.</p>
        ) : (
          <ol className="plain-list helpplan-goals">
            {content.goals.map((g) => (
              <li key={g.id} className="helpplan-goal">
                <h3 className="helpplan-goal-title">{g.title}</h3>
                <Progress value={g.progress} />
                {g.indicators.length ? (
                  <>
                    <p className="small helpplan-goal-label">Woran wir es merken:</p>
                    <ul className="small">
                      {g.indicators.map((ind) => (
                        <li key={ind}>{ind}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {g.familySummary ? (
                  <p className="small">
                    <span className="helpplan-goal-label">In einfachen Worten:</span> {g.familySummary}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card title="Vereinbarungen">
        <AgreementBoard agreements={content.agreements} />
      </Card>
    </div>
  );
}

/** Progress 0–10 as text and a bar (the bar is decoration; the text carries the value). */
export function Progress({ value }: { value: number | null }) {
  if (value === null) return <p className="small muted">Fortschritt: noch nicht bewertet</p>;
  return (
    <div className="helpplan-progress">
      <span className="small">Fortschritt: {value} von 10</span>
      {/* Width by class, not by a style attribute: the CSP allows no inline styles. */}
      <span className="helpplan-progress-bar" aria-hidden="true">
        <span className={`helpplan-progress-${value}`} />
      </span>
    </div>
  );
}
