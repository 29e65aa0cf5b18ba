import type { TCaseProcess, TStepState } from '@lotse/shared';
import { errorMessage } from '../../api/client.ts';
import { Alert, Spinner, StatusStepper, type StepState } from '../../ui/index.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useCaseProcess } from './api.ts';

const stepState: Record<TStepState, StepState> = {
  done: 'done',
  current: 'current',
  upcoming: 'todo',
  skipped: 'skipped',
};

const due = (at: string) => (at.length > 10 ? formatDateTime(at) : formatDate(at));

/**
 * Where the case stands, derived by the server from its data (request, § 8a, help plans, tasks):
 * the steps, what is overdue and who acts next.
 */
export function ProcessMap(props: { caseId: string }) {
  const process = useCaseProcess(props.caseId);
  if (process.isPending) return <Spinner label="Verlauf wird geladen …" />;
  if (process.isError) return <Alert tone="danger">{errorMessage(process.error)}</Alert>;
  return <ProcessMapView process={process.data} />;
}

export function ProcessMapView({ process }: { process: TCaseProcess }) {
  return (
    <div className="stack process-map">
      <StatusStepper
        label="Verlauf des Falls"
        current={process.current}
        steps={process.steps.map((s) => ({
          id: s.step,
          label: s.label,
          state: stepState[s.state],
          detail: s.detail ?? undefined,
        }))}
      />
      {process.overdue.length > 0 ? (
        <Alert tone="danger" title="Überfällig">
          <ul className="plain-list">
            {process.overdue.map((o) => (
              <li key={`${o.kind}-${o.dueAt}`}>
                {o.text} – fällig {due(o.dueAt)}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {process.next.length > 0 ? (
        <div>
          <h3>Als Nächstes</h3>
          <ul className="plain-list process-next">
            {process.next.map((n) => (
              <li key={`${n.who}-${n.action}`}>
                <strong>{n.person ? `${n.person.displayName} (${n.label})` : n.label}:</strong> {n.action}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
