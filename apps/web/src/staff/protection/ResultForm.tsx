import {
  endangermentTypeLabels,
  endangermentTypes,
  planTaskOwnerKindLabels,
  protectionResultLabels,
  protectionResults,
  resultsWithEndangermentTypes,
  type TCaseDetail,
  type TEndangermentType,
  type TPlanTaskOwnerKind,
  type TProtectionProcedure,
  type TProtectionResult,
  ZPlanTaskOwnerKind,
  ZProtectionResult,
  ZProtectionResultInputSchema,
} from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import {
  Button,
  Card,
  Checkbox,
  Fieldset,
  LiveMessage,
  RadioGroup,
  Select,
  Textarea,
  TextField,
} from '../../ui/index.ts';
import { useCaseAssignees } from '../api.ts';
import { issuesToFields } from '../format.ts';
import { LawReferences } from '../law/LawCitation.tsx';
import { useCurrentUser } from '../session.tsx';
import { useProposeResult } from './api.ts';

interface TaskDraft {
  id: string;
  text: string;
  kind: TPlanTaskOwnerKind;
  userId: string;
  name: string;
  dueOn: string;
  done: boolean;
}

const resultHints: Record<TProtectionResult, string> = {
  acute: 'Eine erhebliche Schädigung ist eingetreten oder mit ziemlicher Sicherheit zu erwarten.',
  latent: 'Eine Gefährdung kann nicht ausgeschlossen werden; gewichtige Anhaltspunkte bestehen fort.',
  help_needed: 'Keine Gefährdung, aber die Familie braucht Unterstützung.',
  no_need: 'Weder Gefährdung noch (weiterer) Hilfebedarf.',
};

const newTask = (userId: string, name: string): TaskDraft => ({
  id: crypto.randomUUID(),
  text: '',
  kind: 'staff',
  userId,
  name,
  dueOn: '',
  done: false,
});

const COURT_LEGEND = 'Familiengericht (§ 8a Abs. 2 SGB VIII)';
const CUSTODY_LEGEND = 'Inobhutnahme (§ 42 SGB VIII)';

/** The proposal of the result: category, types, decision, protection plan, follow-up, court and § 42. */
export function ResultForm(props: {
  p: TProtectionProcedure;
  detail: TCaseDetail;
  onDone: () => void;
  onCancel?: (() => void) | undefined;
}) {
  const { p } = props;
  const me = useCurrentUser();
  const assignees = useCaseAssignees(p.caseId);
  const propose = useProposeResult(p.id);
  const o = p.outcome;
  const [result, setResult] = useState<TProtectionResult | ''>(o?.result ?? '');
  const [types, setTypes] = useState<TEndangermentType[]>(o?.endangermentTypes ?? []);
  const [decision, setDecision] = useState(o?.decision ?? '');
  const [tasks, setTasks] = useState<TaskDraft[]>(
    o?.protectionPlan.map((t) => ({
      id: t.id,
      text: t.text,
      kind: t.owner.kind,
      userId: t.owner.userId ?? '',
      name: t.owner.name,
      dueOn: t.dueOn,
      done: t.done,
    })) ?? [],
  );
  const [followUpOn, setFollowUpOn] = useState(o?.followUpOn ?? '');
  const [court, setCourt] = useState({
    notified: o?.familyCourt.notified ?? false,
    notifiedOn: o?.familyCourt.notifiedOn ?? '',
    court: o?.familyCourt.court ?? '',
    reference: o?.familyCourt.reference ?? '',
  });
  const [custody, setCustody] = useState({
    taken: o?.emergencyCustody.taken ?? false,
    takenOn: o?.emergencyCustody.takenOn ?? '',
    note: o?.emergencyCustody.note ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});

  const staff = assignees.data ?? [{ id: me.id, displayName: me.displayName }];
  const withTypes = result !== '' && resultsWithEndangermentTypes.includes(result);

  function updateTask(id: string, change: Partial<TaskDraft>) {
    setTasks((list) => list.map((t) => (t.id === id ? { ...t, ...change } : t)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      result: result || undefined,
      endangermentTypes: withTypes ? types : [],
      decision: decision.trim(),
      protectionPlan: tasks.map((t) => ({
        id: t.id,
        text: t.text.trim(),
        owner: {
          kind: t.kind,
          userId: t.kind === 'staff' ? t.userId || null : null,
          name:
            t.kind === 'staff'
              ? (staff.find((s) => s.id === t.userId)?.displayName ?? t.name)
              : t.name.trim(),
        },
        dueOn: t.dueOn,
        done: t.done,
      })),
      followUpOn: followUpOn || null,
      familyCourt: court.notified
        ? {
            notified: true,
            notifiedOn: court.notifiedOn || null,
            court: court.court.trim() || null,
            reference: court.reference.trim() || null,
          }
        : { notified: false, notifiedOn: null, court: null, reference: null },
      emergencyCustody: custody.taken
        ? { taken: true, takenOn: custody.takenOn || null, note: custody.note.trim() || null }
        : { taken: false, takenOn: null, note: null },
    };
    const parsed = ZProtectionResultInputSchema.safeParse(body);
    if (!parsed.success) {
      const found = issuesToFields(parsed.error.issues);
      if (found.result) found.result = 'Bitte ein Ergebnis wählen.';
      setErrors(found);
      return;
    }
    setErrors({});
    propose.mutate(parsed.data, {
      onSuccess: props.onDone,
      onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
    });
  }

  const errorCount = Object.keys(errors).length;

  return (
    <Card title={o ? 'Vorschlag ändern' : 'Ergebnis vorschlagen'}>
      <form className="stack protection-result-form" onSubmit={submit} noValidate>
        {p.missingForResult.length ? (
          <div className="alert alert-warning" role="status">
            <p className="alert-title">Vor dem Vorschlag fehlt noch:</p>
            <ul>
              {p.missingForResult.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <RadioGroup
          legend="Ergebnis der Gefährdungseinschätzung"
          name="result"
          options={protectionResults.map((r) => ({
            value: r,
            label: `${protectionResultLabels[r]} – ${resultHints[r]}`,
          }))}
          value={result}
          onChange={(value) => {
            const parsed = ZProtectionResult.safeParse(value);
            setResult(parsed.success ? parsed.data : '');
          }}
        />
        {errors.result ? <p className="field-error">{errors.result}</p> : null}
        {withTypes ? (
          <Fieldset legend="Art der Kindeswohlgefährdung (mehrere möglich)">
            {errors.endangermentTypes ? <p className="field-error">{errors.endangermentTypes}</p> : null}
            <div className="checkbox-list">
              {endangermentTypes.map((t) => (
                <Checkbox
                  key={t}
                  label={endangermentTypeLabels[t]}
                  checked={types.includes(t)}
                  onChange={(e) => {
                    const checked = e.target.checked;
                    setTypes((list) => (checked ? [...list, t] : list.filter((x) => x !== t)));
                  }}
                />
              ))}
            </div>
          </Fieldset>
        ) : null}
        <Textarea
          label="Entscheidung und Begründung"
          rows={6}
          value={decision}
          error={errors.decision}
          onChange={(e) => setDecision(e.target.value)}
        />
        <Fieldset legend="Schutzplan">
          <div className="stack">
            {tasks.length === 0 ? <p className="muted small">Noch keine Aufgabe im Schutzplan.</p> : null}
            {tasks.map((t, i) => (
              <fieldset key={t.id} className="fieldset protection-task">
                <legend>Aufgabe {i + 1}</legend>
                <TextField
                  label="Was ist zu tun"
                  value={t.text}
                  error={errors[`protectionPlan.${i}.text`]}
                  onChange={(e) => updateTask(t.id, { text: e.target.value })}
                />
                <div className="form-grid">
                  <Select
                    label="Wer"
                    options={ZPlanTaskOwnerKind.options.map((k) => ({
                      value: k,
                      label: planTaskOwnerKindLabels[k],
                    }))}
                    value={t.kind}
                    onChange={(e) => {
                      const parsed = ZPlanTaskOwnerKind.safeParse(e.target.value);
                      if (parsed.success) updateTask(t.id, { kind: parsed.data });
                    }}
                  />
                  {t.kind === 'staff' ? (
                    <Select
                      label="Fachkraft"
                      placeholder="Bitte wählen"
                      options={staff.map((s) => ({ value: s.id, label: s.displayName }))}
                      value={t.userId}
                      error={errors[`protectionPlan.${i}.owner.name`]}
                      onChange={(e) => updateTask(t.id, { userId: e.target.value })}
                    />
                  ) : (
                    <TextField
                      label="Name"
                      value={t.name}
                      error={errors[`protectionPlan.${i}.owner.name`]}
                      onChange={(e) => updateTask(t.id, { name: e.target.value })}
                    />
                  )}
                  <TextField
                    label="Bis"
                    type="date"
                    value={t.dueOn}
                    error={errors[`protectionPlan.${i}.dueOn`]}
                    onChange={(e) => updateTask(t.id, { dueOn: e.target.value })}
                  />
                </div>
                <div className="cluster">
                  <Checkbox
                    label="erledigt"
                    checked={t.done}
                    onChange={(e) => updateTask(t.id, { done: e.target.checked })}
                  />
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => setTasks((list) => list.filter((x) => x.id !== t.id))}
                  >
                    Aufgabe {i + 1} entfernen
                  </Button>
                </div>
              </fieldset>
            ))}
            <div>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => setTasks((list) => [...list, newTask(me.id, me.displayName)])}
              >
                Aufgabe hinzufügen
              </Button>
            </div>
          </div>
        </Fieldset>
        <TextField
          label="Wiedervorlage am"
          type="date"
          optional
          hint="Wann das Verfahren erneut geprüft wird."
          value={followUpOn}
          error={errors.followUpOn}
          onChange={(e) => setFollowUpOn(e.target.value)}
        />
        <Fieldset legend={COURT_LEGEND}>
          <div className="stack-sm">
            <LawReferences text={COURT_LEGEND} />
            <Checkbox
              label="Das Familiengericht wurde angerufen"
              checked={court.notified}
              onChange={(e) => setCourt((c) => ({ ...c, notified: e.target.checked }))}
            />
            {court.notified ? (
              <div className="form-grid">
                <TextField
                  label="Angerufen am"
                  type="date"
                  value={court.notifiedOn}
                  error={errors['familyCourt.notifiedOn']}
                  onChange={(e) => setCourt((c) => ({ ...c, notifiedOn: e.target.value }))}
                />
                <TextField
                  label="Gericht"
                  optional
                  value={court.court}
                  onChange={(e) => setCourt((c) => ({ ...c, court: e.target.value }))}
                />
                <TextField
                  label="Aktenzeichen"
                  optional
                  value={court.reference}
                  onChange={(e) => setCourt((c) => ({ ...c, reference: e.target.value }))}
                />
              </div>
            ) : null}
          </div>
        </Fieldset>
        <Fieldset legend={CUSTODY_LEGEND}>
          <div className="stack-sm">
            <LawReferences text={CUSTODY_LEGEND} />
            <Checkbox
              label="Das Kind wurde in Obhut genommen"
              checked={custody.taken}
              onChange={(e) => setCustody((c) => ({ ...c, taken: e.target.checked }))}
            />
            {custody.taken ? (
              <div className="form-grid">
                <TextField
                  label="In Obhut genommen am"
                  type="date"
                  value={custody.takenOn}
                  error={errors['emergencyCustody.takenOn']}
                  onChange={(e) => setCustody((c) => ({ ...c, takenOn: e.target.value }))}
                />
                <TextField
                  label="Notiz"
                  optional
                  value={custody.note}
                  onChange={(e) => setCustody((c) => ({ ...c, note: e.target.value }))}
                />
              </div>
            ) : null}
          </div>
        </Fieldset>
        <LiveMessage
          error={
            propose.isError
              ? errorMessage(propose.error)
              : errorCount
                ? 'Bitte prüfen Sie die markierten Angaben.'
                : null
          }
        />
        <div className="form-actions">
          {props.onCancel ? (
            <Button variant="secondary" onClick={props.onCancel}>
              Abbrechen
            </Button>
          ) : null}
          <Button type="submit" busy={propose.isPending}>
            Ergebnis zur Freigabe vorschlagen
          </Button>
        </div>
      </form>
    </Card>
  );
}
