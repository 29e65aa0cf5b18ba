import {
  allowedNextStatuses,
  caseStatusLabels,
  helpTypeLabels,
  type TCaseAction,
  type TCaseDetail,
  type TCaseStatus,
  ZCaseStatus,
} from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { api, errorMessage, isApiError } from '../../api/client.ts';
import {
  Alert,
  Button,
  buttonClass,
  Card,
  DefinitionList,
  Dialog,
  LiveMessage,
  PageHeader,
  Select,
  Spinner,
  Tabs,
} from '../../ui/index.ts';
import { keys, useCaseDetail } from '../api.ts';
import { SharedComplaintsCard } from '../complaints/SharedComplaintsCard.tsx';
import { FamilyAccessCard } from '../family/FamilyAccessCard.tsx';
import { formatDate } from '../format.ts';
import { HelpPlanCard } from '../helpplan/HelpPlanCard.tsx';
import { HintsCard } from '../hints/HintsCard.tsx';
import { PerspectivesPanel } from '../perspectives/PerspectivesPanel.tsx';
import { CasePlacementSearch } from '../placements/CasePlacementSearch.tsx';
import { CasePlacementsCard } from '../placements/CasePlacementsCard.tsx';
import { ProtectionCard } from '../protection/ProtectionCard.tsx';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { CaseSharingCards } from '../sharing/CaseSharingCards.tsx';
import { ProcessMap } from '../workflow/ProcessMap.tsx';
import { AssignmentForm } from './AssignmentForm.tsx';
import { CaseStatusBadge } from './CaseCards.tsx';
import { CaseOriginCard } from './CaseOriginCard.tsx';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { PersonsPanel } from './PersonsPanel.tsx';
import { tabOfHash, useHashTarget } from './sourceAnchors.ts';
import { TasksPanel } from './TasksPanel.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';

/** The server decides what the user may do with a case; the UI only asks. */
export function can(c: TCaseDetail, action: TCaseAction): boolean {
  return c.allowedActions.includes(action);
}

export function CasePage() {
  const { caseId = '' } = useParams();
  const detail = useCaseDetail(caseId);
  const [params, setParams] = useSearchParams();
  // A link to a record of the case (e.g. a source of the brief) opens its tab and lands on it.
  const { hash } = useLocation();
  useHashTarget(hash);
  const [assigning, setAssigning] = useState(false);
  const [assigned, setAssigned] = useState<string | null>(null);

  if (detail.isPending) return <Spinner label="Fall wird geladen …" />;
  if (detail.isError) {
    if (isApiError(detail.error, 404) || isApiError(detail.error, 400)) {
      return (
        <StaffNotFound
          title="Fall nicht gefunden"
          text="Diesen Fall gibt es nicht, oder Sie haben keinen Zugriff darauf."
        />
      );
    }
    return (
      <Alert tone="danger" title="Der Fall konnte nicht geladen werden">
        <p>{errorMessage(detail.error)}</p>
      </Alert>
    );
  }
  const c = detail.data;
  const openTasks = c.tasks.filter((t) => t.doneAt === null).length;

  return (
    <>
      <title>{`${c.reference} ${c.title} – Lotse`}</title>
      <PageHeader
        title={c.title}
        lead={
          <span className="cluster">
            <span className="case-ref">Aktenzeichen {c.reference}</span>
            <CaseStatusBadge status={c.status} />
          </span>
        }
        actions={
          <Link className={buttonClass('secondary', 'sm')} to={`/fachkraft/faelle/${c.id}/kurzbericht`}>
            Kurzbericht
          </Link>
        }
      />
      <div className="case-top">
        <Card title="Eckdaten" className="case-facts" actions={<CasePlacementSearch detail={c} />}>
          <DefinitionList
            items={[
              { term: 'Hilfeart', value: c.helpType ? helpTypeLabels[c.helpType] : 'noch offen' },
              { term: 'Team', value: c.team.name },
              { term: 'Fallführung', value: c.caseworker?.displayName ?? 'nicht zugeordnet' },
              {
                term: 'Vertretung',
                value: c.deputies.length ? c.deputies.map((d) => d.displayName).join(', ') : 'keine',
              },
              { term: 'Sozialraum', value: c.socialArea?.name ?? '–' },
              { term: 'Eröffnet', value: formatDate(c.openedAt) },
              ...(c.closedAt ? [{ term: 'Abgeschlossen', value: formatDate(c.closedAt) }] : []),
            ]}
          />
          {can(c, 'assign') ? (
            <div className="case-facts-actions stack-sm">
              <LiveMessage success={assigned} />
              <Button
                variant="secondary"
                size="sm"
                onClick={() => {
                  setAssigned(null);
                  setAssigning(true);
                }}
              >
                Zuständigkeit ändern
              </Button>
            </div>
          ) : null}
        </Card>
        <Dialog open={assigning} title="Zuständigkeit ändern" onClose={() => setAssigning(false)}>
          <AssignmentForm
            detail={c}
            onDone={(summary) => {
              setAssigning(false);
              setAssigned(summary);
            }}
          />
        </Dialog>
        <Card title="Stand des Falls" className="case-status">
          <ProcessMap caseId={c.id} />
          {can(c, 'change_status') ? <StatusChange detail={c} /> : null}
        </Card>
        <HintsCard caseId={c.id} canDismiss={can(c, 'update')} />
        {c.origin ? <CaseOriginCard origin={c.origin} /> : null}
        <HelpPlanCard caseId={c.id} caseHelpType={c.helpType} canCreate={can(c, 'update')} />
        <ProtectionCard caseId={c.id} canReport={can(c, 'update')} />
        <FamilyAccessCard caseId={c.id} canManage={can(c, 'update')} />
        <SharedComplaintsCard caseId={c.id} />
        <CasePlacementsCard detail={c} />
        <CaseSharingCards detail={c} />
      </div>
      <Tabs
        label="Bereiche des Falls"
        selected={params.get('tab') ?? tabOfHash(hash) ?? 'personen'}
        onSelect={(id) => {
          const next = new URLSearchParams(params);
          next.set('tab', id);
          setParams(next, { replace: true });
        }}
        items={[
          {
            id: 'personen',
            label: 'Personen & Familie',
            count: c.persons.length,
            content: <PersonsPanel detail={c} canManage={can(c, 'manage_persons')} />,
          },
          {
            id: 'verlauf',
            label: 'Verlauf',
            content: <TimelinePanel caseId={c.id} canAdd={can(c, 'add_entry')} />,
          },
          {
            id: 'dokumente',
            label: 'Dokumente',
            content: <DocumentsPanel caseId={c.id} canUpload={can(c, 'add_document')} />,
          },
          {
            id: 'aufgaben',
            label: 'Aufgaben',
            count: openTasks,
            content: <TasksPanel detail={c} canManage={can(c, 'manage_tasks')} />,
          },
          {
            id: 'sichtweisen',
            label: 'Sichtweisen',
            content: <PerspectivesPanel caseId={c.id} />,
          },
        ]}
      />
    </>
  );
}

function StatusChange({ detail }: { detail: TCaseDetail }) {
  const queryClient = useQueryClient();
  const options = allowedNextStatuses(detail.status);
  const [target, setTarget] = useState<TCaseStatus | ''>('');
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (status: TCaseStatus) =>
      api<unknown>(`/api/cases/${encodeURIComponent(detail.id)}`, { method: 'PATCH', body: { status } }),
    onSuccess: async (_data, status) => {
      setDone(`Status geändert auf „${caseStatusLabels[status]}“.`);
      setTarget('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.caseDetail(detail.id) }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: keys.myDay }),
      ]);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (target) change.mutate(target);
  }

  return (
    <form className="status-change" onSubmit={submit}>
      <Select
        label="Nächster Schritt"
        placeholder="Bitte wählen"
        options={options.map((s) => ({ value: s, label: caseStatusLabels[s] }))}
        value={target}
        onChange={(e) => {
          const parsed = ZCaseStatus.safeParse(e.target.value);
          setTarget(parsed.success ? parsed.data : '');
        }}
      />
      <Button type="submit" variant="secondary" busy={change.isPending} disabled={!target}>
        Status ändern
      </Button>
      <div className="status-change-message">
        <LiveMessage error={change.isError ? errorMessage(change.error) : null} success={done} />
      </div>
    </form>
  );
}
