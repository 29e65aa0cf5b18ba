import {
  hintSourceLabels,
  protectionStatusLabels,
  protectionUrgencyLabels,
  type TCaseDetail,
  type TProtectionProcedure,
} from '@lotse/shared';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Badge, Card, DefinitionList, LinkButton, PageHeader, Spinner, Tabs } from '../../ui/index.ts';
import { useCaseDetail } from '../api.ts';
import { formatDateTime, fullName } from '../format.ts';
import { LawCitation, LawText } from '../law/LawCitation.tsx';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { AssessmentHistory } from './AssessmentHistory.tsx';
import { AssessmentSection } from './AssessmentSection.tsx';
import { useProcedure } from './api.ts';
import { ChecklistSection } from './ChecklistSection.tsx';
import { mayOn } from './can.ts';
import { deadlineState, deadlineText, deadlineTone, statusTone } from './deadline.ts';
import { ParticipantsSection } from './ParticipantsSection.tsx';
import { ResultSection } from './ResultSection.tsx';
import { SurveySection, SurveyTodo } from './SurveySection.tsx';

/**
 * One child-protection procedure (§ 8a SGB VIII): the report and the deadline for the first contact,
 * the legally required steps, the participants, the assessments with the factor catalogue and their
 * course over time, the result with its second sign-off, and the official survey items. Closed
 * procedures are shown read-only.
 */
export function ProcedurePage() {
  const { caseId = '', procedureId = '' } = useParams();
  const procedure = useProcedure(procedureId);
  const detail = useCaseDetail(procedure.data?.caseId ?? caseId);

  if (procedure.isPending) return <Spinner label="Verfahren wird geladen …" />;
  if (procedure.isError) {
    if (isApiError(procedure.error, 404) || isApiError(procedure.error, 400))
      return (
        <StaffNotFound
          title="Verfahren nicht gefunden"
          text="Dieses Kinderschutzverfahren gibt es nicht, oder Sie haben keinen Zugriff darauf."
        />
      );
    return (
      <Alert tone="danger" title="Das Verfahren konnte nicht geladen werden">
        <p>{errorMessage(procedure.error)}</p>
      </Alert>
    );
  }
  if (detail.isPending) return <Spinner label="Verfahren wird geladen …" />;
  if (detail.isError)
    return (
      <Alert tone="danger" title="Der Fall konnte nicht geladen werden">
        <p>{errorMessage(detail.error)}</p>
      </Alert>
    );
  return <ProcedureScreen p={procedure.data} detail={detail.data} />;
}

function ProcedureScreen({ p, detail }: { p: TProtectionProcedure; detail: TCaseDetail }) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const canEdit = mayOn(p, 'edit');
  const deadline = { firstContactDueAt: p.report.firstContactDueAt, firstContactAt: p.firstContactAt };
  const state = deadlineState(deadline);
  const child = detail.persons.find((x) => x.id === p.report.childPersonId);
  const received = formatDateTime(p.report.receivedAt);

  return (
    <div className="protection-page">
      <title>{`Kinderschutz: Meldung vom ${received} – ${detail.title} – Lotse`}</title>
      <p className="protection-back">
        <Link to={`/fachkraft/faelle/${p.caseId}`}>← Zurück zum Fall „{detail.title}“</Link>
      </p>
      <PageHeader
        title="Kinderschutzverfahren (§ 8a)"
        lead={
          <span className="cluster">
            <span>Meldung vom {received}</span>
            <Badge tone={statusTone(p.status)}>{protectionStatusLabels[p.status]}</Badge>
            <LawCitation cite="§ 8a SGB VIII" />
          </span>
        }
        actions={
          <LinkButton
            variant="secondary"
            size="sm"
            href={`/api/protection-procedures/${encodeURIComponent(p.id)}/record.pdf`}
            download
          >
            Dokumentation (PDF)
          </LinkButton>
        }
      />
      <div className="stack">
        {created ? (
          <Alert tone="success">Die Meldung ist gespeichert, das Verfahren ist eröffnet.</Alert>
        ) : null}
        {p.status === 'closed' ? (
          <Alert tone="info" title="Abgeschlossen">
            <p>
              Das Verfahren wurde am {formatDateTime(p.closedAt)} abgeschlossen und kann nicht mehr geändert
              werden.
              {mayOn(p, 'edit_survey') ? ' Nur die Angaben für die Statistik lassen sich noch ergänzen.' : ''}
            </p>
          </Alert>
        ) : null}
        <div className={`protection-deadline protection-deadline-${state}`}>
          <Alert tone={deadlineTone(state)} title="Frist für den ersten Kontakt">
            <p className="protection-deadline-time">{formatDateTime(p.report.firstContactDueAt)}</p>
            <p>{deadlineText(deadline)}</p>
          </Alert>
        </div>
        <div className="protection-top">
          <Card title="Meldung" className="protection-report">
            <div className="stack-sm">
              <DefinitionList
                items={[
                  {
                    term: 'Eingegangen',
                    value: `${received} (aufgenommen von ${p.report.receivedBy.displayName})`,
                  },
                  { term: 'Dringlichkeit', value: protectionUrgencyLabels[p.report.urgency] },
                  {
                    term: 'Hinweis von',
                    value: p.report.hintSources.map((s) => hintSourceLabels[s]).join(', '),
                  },
                  { term: 'Kind', value: child ? fullName(child) : 'nicht angegeben' },
                  ...(p.report.providerReport
                    ? [
                        {
                          term: <LawText text="Meldung eines Trägers (§ 8a Abs. 4)" />,
                          value: `${p.report.providerReport.providerName}${
                            p.report.providerReport.expertConsultedByProvider === true
                              ? ' – insoweit erfahrene Fachkraft hinzugezogen'
                              : p.report.providerReport.expertConsultedByProvider === false
                                ? ' – ohne insoweit erfahrene Fachkraft'
                                : ''
                          }`,
                        },
                      ]
                    : []),
                ]}
              />
              <h3 className="protection-subhead">Inhalt</h3>
              <p className="pre-wrap protection-report-text">{p.report.content}</p>
            </div>
          </Card>
          <Card title="Noch zu tun" className="protection-todo">
            {p.status === 'open' && p.missingForResult.length ? (
              <>
                <p className="small">Vor dem Ergebnis:</p>
                <ul className="protection-todo-list">
                  {p.missingForResult.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </>
            ) : p.status === 'open' ? (
              <p className="small">Alles für das Ergebnis ist erfasst; es kann vorgeschlagen werden.</p>
            ) : p.status === 'awaiting_sign_off' ? (
              <p className="small">Das vorgeschlagene Ergebnis wartet auf die zweite Freigabe.</p>
            ) : null}
            <SurveyTodo procedureId={p.id} />
          </Card>
        </div>
        <Tabs
          label="Schritte des Verfahrens"
          selected={params.get('tab') ?? 'schritte'}
          onSelect={(id) => {
            const next = new URLSearchParams(params);
            next.set('tab', id);
            setParams(next, { replace: true });
          }}
          items={[
            {
              id: 'schritte',
              label: 'Schritte & Beteiligte',
              content: (
                <div className="grid-2 protection-steps">
                  <ChecklistSection p={p} canEdit={canEdit} />
                  <ParticipantsSection p={p} detail={detail} canEdit={canEdit} />
                </div>
              ),
            },
            {
              id: 'einschaetzung',
              label: 'Einschätzung',
              count: p.assessments.length,
              content: (
                <div className="stack">
                  <AssessmentHistory assessments={p.assessments} />
                  {canEdit ? <AssessmentSection p={p} /> : null}
                </div>
              ),
            },
            {
              id: 'ergebnis',
              label: 'Ergebnis & Freigabe',
              content: <ResultSection p={p} detail={detail} />,
            },
            {
              id: 'statistik',
              label: 'Statistik',
              content: <SurveySection p={p} />,
            },
          ]}
        />
      </div>
    </div>
  );
}
