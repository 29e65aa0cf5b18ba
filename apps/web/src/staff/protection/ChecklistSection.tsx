import {
  checklistStateLabels,
  checklistStepLabels,
  checklistSteps,
  skippableChecklistSteps,
  type TChecklistItem,
  type TChecklistState,
  type TChecklistStep,
  type TProtectionProcedure,
  ZChecklistInputSchema,
  ZChecklistState,
} from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { Badge, Button, Card, LiveMessage, RadioGroup, Textarea, TextField } from '../../ui/index.ts';
import { formatDate, formatDateTime, issuesToFields, todayIso } from '../format.ts';
import { LawReferences, LawText } from '../law/LawCitation.tsx';
import { useSaveChecklist } from './api.ts';
import { officeInputs, officeIso } from './officeTime.ts';

interface StepDraft {
  state: TChecklistState;
  doneOn: string;
  reason: string;
}

function statesFor(step: TChecklistStep): TChecklistState[] {
  const states: TChecklistState[] = ['open', 'done'];
  if (skippableChecklistSteps.includes(step)) states.push('skipped');
  if (step === 'expert_consulted') states.push('not_applicable');
  return states;
}

const stateLabel = (s: TChecklistState) =>
  s === 'skipped' ? 'bewusst nicht erfolgt (mit Begründung)' : checklistStateLabels[s];

function stateTone(s: TChecklistState) {
  return s === 'done' ? 'success' : s === 'open' ? 'warning' : 'neutral';
}

function itemOf(p: TProtectionProcedure, step: TChecklistStep): TChecklistItem | undefined {
  return p.checklist.find((i) => i.step === step);
}

/** The legally required steps of § 8a Abs. 1 and 4, each done, deliberately skipped (with a reason) or open. */
export function ChecklistSection({ p, canEdit }: { p: TProtectionProcedure; canEdit: boolean }) {
  if (!canEdit) return <ChecklistView p={p} />;
  return <ChecklistForm p={p} />;
}

function ChecklistView({ p }: { p: TProtectionProcedure }) {
  return (
    <Card title="Checkliste nach § 8a">
      <p className="small">
        Erster Kontakt: {p.firstContactAt ? formatDateTime(p.firstContactAt) : 'noch nicht eingetragen'}
      </p>
      <ul className="plain-list protection-checklist">
        {checklistSteps.map((step) => {
          const item = itemOf(p, step);
          const state = item?.state ?? 'open';
          return (
            <li key={step} className="protection-checklist-item">
              <span className="protection-checklist-label">
                <LawText text={checklistStepLabels[step]} />
              </span>
              <span className="cluster small">
                <Badge tone={stateTone(state)}>{checklistStateLabels[state]}</Badge>
                {item?.doneOn ? <span>am {formatDate(item.doneOn)}</span> : null}
                {item?.doneBy ? <span>von {item.doneBy.displayName}</span> : null}
              </span>
              {item?.reason ? <p className="small pre-wrap">Begründung: {item.reason}</p> : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

function ChecklistForm({ p }: { p: TProtectionProcedure }) {
  const save = useSaveChecklist(p.id);
  const first = p.firstContactAt ? officeInputs(new Date(p.firstContactAt)) : { date: '', time: '' };
  const [contactDate, setContactDate] = useState(first.date);
  const [contactTime, setContactTime] = useState(first.time);
  const [steps, setSteps] = useState<Record<TChecklistStep, StepDraft>>(() => {
    const entries = checklistSteps.map((step) => {
      const item = itemOf(p, step);
      return [step, { state: item?.state ?? 'open', doneOn: item?.doneOn ?? '', reason: item?.reason ?? '' }];
    });
    return Object.fromEntries(entries) as Record<TChecklistStep, StepDraft>;
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);

  function update(step: TChecklistStep, change: Partial<StepDraft>) {
    setSteps((all) => ({ ...all, [step]: { ...all[step], ...change } }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const found: Record<string, string> = {};
    let firstContactAt: string | null = null;
    if (contactDate || contactTime) {
      firstContactAt = officeIso(contactDate, contactTime);
      if (!firstContactAt) found.firstContactAt = 'Bitte Datum und Uhrzeit des ersten Kontakts angeben.';
    }
    const body = {
      firstContactAt,
      steps: Object.fromEntries(
        checklistSteps.map((step) => {
          const s = steps[step];
          return [
            step,
            {
              state: s.state,
              doneOn: s.state === 'done' ? s.doneOn || null : null,
              doneBy: null,
              reason: s.state === 'skipped' || s.state === 'not_applicable' ? s.reason.trim() || null : null,
            },
          ];
        }),
      ),
    };
    for (const step of checklistSteps) {
      const s = steps[step];
      if (s.state === 'done' && !s.doneOn) found[`steps.${step}.doneOn`] = 'Bitte das Datum angeben.';
      if (s.state === 'skipped' && !s.reason.trim())
        found[`steps.${step}.reason`] = 'Bitte begründen, warum dieser Schritt nicht erfolgt ist.';
    }
    const parsed = ZChecklistInputSchema.safeParse(body);
    if (!parsed.success)
      for (const [key, message] of Object.entries(issuesToFields(parsed.error.issues)))
        if (!(key in found)) found[key] = message;
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    save.mutate(parsed.data, {
      onSuccess: () => setSaved('Die Checkliste ist gespeichert.'),
      onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
    });
  }

  return (
    <Card title="Checkliste nach § 8a">
      <form className="stack" onSubmit={submit} noValidate>
        <LiveMessage error={save.isError ? errorMessage(save.error) : null} success={saved} />
        <div className="form-grid">
          <TextField
            label="Erster Kontakt am"
            type="date"
            optional
            value={contactDate}
            error={errors.firstContactAt}
            onChange={(e) => setContactDate(e.target.value)}
          />
          <TextField
            label="Uhrzeit des ersten Kontakts"
            type="time"
            optional
            value={contactTime}
            onChange={(e) => setContactTime(e.target.value)}
          />
        </div>
        {checklistSteps.map((step) => {
          const s = steps[step];
          const item = itemOf(p, step);
          return (
            <div key={step} className="protection-step">
              <RadioGroup
                legend={checklistStepLabels[step]}
                name={`step-${step}`}
                options={statesFor(step).map((v) => ({ value: v, label: stateLabel(v) }))}
                value={s.state}
                onChange={(value) => {
                  const parsed = ZChecklistState.safeParse(value);
                  if (!parsed.success) return;
                  update(step, {
                    state: parsed.data,
                    doneOn: parsed.data === 'done' && !s.doneOn ? todayIso() : s.doneOn,
                  });
                }}
              />
              <LawReferences text={checklistStepLabels[step]} />
              {s.state === 'done' ? (
                <TextField
                  label="Erledigt am"
                  type="date"
                  value={s.doneOn}
                  error={errors[`steps.${step}.doneOn`]}
                  onChange={(e) => update(step, { doneOn: e.target.value })}
                />
              ) : null}
              {s.state === 'skipped' || s.state === 'not_applicable' ? (
                <Textarea
                  label="Begründung"
                  optional={s.state === 'not_applicable'}
                  rows={3}
                  value={s.reason}
                  error={errors[`steps.${step}.reason`]}
                  onChange={(e) => update(step, { reason: e.target.value })}
                />
              ) : null}
              {item?.recordedBy ? (
                <p className="small muted">
                  Zuletzt eingetragen von {item.recordedBy.displayName}
                  {item.recordedAt ? ` am ${formatDateTime(item.recordedAt)}` : ''}
                </p>
              ) : null}
            </div>
          );
        })}
        <div className="form-actions">
          <Button type="submit" busy={save.isPending}>
            Checkliste speichern
          </Button>
        </div>
      </form>
    </Card>
  );
}
