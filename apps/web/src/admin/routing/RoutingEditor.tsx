import {
  intakeTopicLabels,
  intakeTopics,
  type TRoutingRule,
  type TSocialArea,
  type TTeam,
} from '@lotse/shared';
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Button, LiveMessage, Table } from '../../ui/index.ts';
import { useSaveRoutingRules } from '../api.ts';
import { focusSoon } from '../focusSoon.ts';
import { useUnsavedChangesWarning } from '../useUnsavedChangesWarning.ts';
import { RouteTestBox } from './RouteTestBox.tsx';
import { RuleTableRow } from './RuleTableRow.tsx';
import { checkRules, newRowKey, type RuleRow, toRows, toRules } from './ruleRows.ts';

const topicOptions = intakeTopics.map((t) => ({ value: t, label: intakeTopicLabels[t] }));
const sameRules = (a: TRoutingRule[], b: TRoutingRule[]) => JSON.stringify(a) === JSON.stringify(b);

/** The routing table as a draft that is saved as a whole. */
export function RoutingEditor(props: { rules: TRoutingRule[]; areas: TSocialArea[]; teams: TTeam[] }) {
  const [saved, setSaved] = useState(() => toRows(props.rules, props.areas));
  const [rows, setRows] = useState(saved);
  const [showErrors, setShowErrors] = useState(false);
  const [success, setSuccess] = useState<string | null>(null);
  const save = useSaveRoutingRules();
  const summary = useRef<HTMLDivElement>(null);
  const dirty = !sameRules(toRules(rows), toRules(saved));
  useUnsavedChangesWarning(dirty);

  const check = checkRules(rows);
  const areaOptions = props.areas.map((a) => ({ value: a.id, label: a.name }));
  const teamOptions = props.teams.map((t) => ({ value: t.id, label: t.name }));

  function edit(next: RuleRow[]) {
    setRows(next);
    setSuccess(null);
  }

  function submit() {
    setShowErrors(true);
    save.reset();
    if (check.general.length > 0) {
      focusSoon(() => summary.current);
      return;
    }
    save.mutate(toRules(rows), {
      onSuccess: (rules) => {
        const fresh = toRows(rules, props.areas);
        setSaved(fresh);
        setRows(fresh);
        setShowErrors(false);
        setSuccess('Die Regeln sind gespeichert. Neue Anfragen werden ab sofort danach verteilt.');
      },
      onError: () => focusSoon(() => summary.current),
    });
  }

  return (
    <div className="stack">
      <LiveMessage success={success} />
      <div ref={summary} tabIndex={-1} className="admin-summary">
        {showErrors && check.general.length > 0 ? (
          <Alert tone="danger" title="Die Regeln wurden nicht gespeichert">
            <ul>
              {check.general.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {save.isError ? (
          <Alert tone="danger" title="Die Regeln wurden nicht gespeichert">
            <p>{errorMessage(save.error)}</p>
          </Alert>
        ) : null}
      </div>
      <div className="admin-rules">
        <Table caption="Regeln für die Verteilung der Anfragen" stacked>
          <thead>
            <tr>
              <th scope="col" className="num col-number">
                Nr.
              </th>
              <th scope="col" className="col-topic">
                Thema
              </th>
              <th scope="col" className="col-area">
                Sozialraum
              </th>
              <th scope="col">Team</th>
              <th scope="col" className="col-action">
                <span className="visually-hidden">Aktion</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <RuleTableRow
                key={row.key}
                row={row}
                number={i + 1}
                error={showErrors ? check.rowErrors.get(row.key) : undefined}
                topicOptions={topicOptions}
                areaOptions={areaOptions}
                teamOptions={teamOptions}
                onChange={(next) => edit(rows.map((r) => (r.key === row.key ? next : r)))}
                onRemove={() => edit(rows.filter((r) => r.key !== row.key))}
              />
            ))}
          </tbody>
        </Table>
      </div>
      <div className="admin-action-bar">
        {dirty ? (
          <Badge tone="info">Ungespeicherte Änderungen</Badge>
        ) : (
          <span className="muted small">Keine Änderungen</span>
        )}
        <div className="cluster">
          <Button
            variant="secondary"
            onClick={() => {
              const key = newRowKey();
              edit([...rows, { key, topic: null, socialAreaId: null, teamId: '' }]);
              focusSoon(() => document.getElementById(`${key}-topic`));
            }}
          >
            Regel hinzufügen
          </Button>
          <Button variant="secondary" disabled={!dirty} onClick={() => edit(saved)}>
            Änderungen verwerfen
          </Button>
          <Button busy={save.isPending} disabled={!dirty} onClick={submit}>
            Alle Regeln speichern
          </Button>
        </div>
      </div>
      <RouteTestBox unsavedChanges={dirty} />
    </div>
  );
}
