import {
  providerEntryKindLabels,
  providerEntryKinds,
  type TProviderCase,
  type TProviderEntryInput,
  ZProviderEntryInputSchema,
  ZProviderEntryKind,
} from '@lotse/shared';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { issuesToFields } from '../../staff/format.ts';
import { officeDateIso, officeInstant, officeParts } from '../../time.ts';
import { Button, Card, Fieldset, LiveMessage, RadioGroup, Textarea, TextField } from '../../ui/index.ts';
import { useAddProviderEntry } from './api.ts';

type Kind = TProviderEntryInput['kind'];
const kindOptions = providerEntryKinds.map((k) => ({ value: k, label: providerEntryKindLabels[k] }));

function nowTime(): string {
  const { hour, minute } = officeParts(Date.now());
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * The goals' notes and the free text as one body ("Ziel: … / Stand: …"): the server stores a title
 * and a text, the help plan's goals only help to write them.
 */
function goalProgressBody(goals: { text: string }[], notes: string[], text: string): string {
  const parts = goals.flatMap((g, i) => {
    const note = notes[i]?.trim();
    return note ? [`Ziel: ${g.text}\nStand: ${note}`] : [];
  });
  if (text.trim()) parts.push(text.trim());
  return parts.join('\n\n');
}

/**
 * "Neuer Eintrag": the provider documents a contact, a report or the state of the help plan's goals
 * in the office's case. For the goals it offers one short field per goal of the shared help plan.
 */
export function EntryForm({ sharedCase }: { sharedCase: TProviderCase }) {
  const add = useAddProviderEntry(sharedCase.caseId);
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<Kind>('contact');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [goalNotes, setGoalNotes] = useState<string[]>([]);
  const [date, setDate] = useState(officeDateIso);
  const [time, setTime] = useState(nowTime);
  // Untouched, date and time are "now": the server then stamps the entry to the second.
  const [whenTouched, setWhenTouched] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const goals = kind === 'goal_progress' ? (sharedCase.helpPlan?.goals ?? []) : [];

  function focusFirstError() {
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    add.reset();
    const occurredAt = whenTouched && (date || time) ? officeInstant(date, time) : null;
    const input = {
      kind,
      title: title.trim(),
      body: goals.length > 0 ? goalProgressBody(goals, goalNotes, body) : body.trim(),
      ...(occurredAt ? { occurredAt: occurredAt.toISOString() } : {}),
    };
    const parsed = ZProviderEntryInputSchema.safeParse(input);
    const refused = parsed.success ? {} : issuesToFields(parsed.error.issues);
    if (whenTouched && (date || time) && !occurredAt)
      refused.occurredAt = 'Bitte Datum und Uhrzeit vollständig angeben.';
    if (refused.body && goals.length > 0) {
      refused.body = 'Bitte schreiben Sie etwas zu mindestens einem Ziel oder unter „Weitere Anmerkungen“.';
    }
    setFields(refused);
    if (!parsed.success || Object.keys(refused).length > 0) {
      focusFirstError();
      return;
    }
    void send(parsed.data);
  }

  async function send(input: TProviderEntryInput) {
    try {
      await add.mutateAsync(input);
      setSaved(`Eintrag „${input.title}“ gespeichert.`);
      setTitle('');
      setBody('');
      setGoalNotes([]);
      setDate(officeDateIso());
      setTime(nowTime());
      setWhenTouched(false);
    } catch (failure) {
      if (isApiError(failure)) {
        setFields(failure.fields);
        focusFirstError();
      }
    }
  }

  const refusal =
    add.isError && !isApiError(add.error, 404)
      ? isApiError(add.error) && add.error.code === 'validation'
        ? 'Nicht gespeichert. Bitte prüfen Sie die markierten Angaben.'
        : `Nicht gespeichert: ${errorMessage(add.error)}`
      : null;

  return (
    <Card title="Neuer Eintrag" className="provider-entry-form">
      <form ref={form} className="stack" onSubmit={submit} noValidate aria-label="Neuer Eintrag">
        <p className="small muted">
          Ihr Eintrag steht in der Akte des Jugendamts; die zuständige Fachkraft sieht ihn.
        </p>
        <RadioGroup
          legend="Art des Eintrags"
          name="provider-entry-kind"
          options={kindOptions}
          value={kind}
          onChange={(value) => {
            const next = ZProviderEntryKind.safeParse(value);
            if (next.success) setKind(next.data);
          }}
        />
        <TextField
          label="Titel"
          maxLength={200}
          value={title}
          error={fields.title}
          hint={kind === 'goal_progress' ? 'Gespeichert als „Stand der Ziele: …“.' : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {goals.length > 0 ? (
          <Fieldset legend="Ziele des Hilfeplans" className="provider-goal-notes">
            <p className="field-hint">
              Kurz zu jedem Ziel, wo die Familie steht. Leere Felder werden nicht übernommen.
            </p>
            {goals.map((g, i) => (
              <Textarea
                key={g.text}
                label={g.text}
                optional
                rows={2}
                value={goalNotes[i] ?? ''}
                onChange={(e) => {
                  const value = e.target.value;
                  setGoalNotes((notes) => goals.map((_, j) => (j === i ? value : (notes[j] ?? ''))));
                }}
              />
            ))}
          </Fieldset>
        ) : null}
        <Textarea
          label={goals.length > 0 ? 'Weitere Anmerkungen' : 'Text'}
          optional={goals.length > 0}
          rows={goals.length > 0 ? 3 : 6}
          value={body}
          error={fields.body}
          onChange={(e) => setBody(e.target.value)}
        />
        <div className="form-grid">
          <TextField
            label="Datum"
            type="date"
            value={date}
            max={officeDateIso()}
            error={fields.occurredAt}
            onChange={(e) => {
              setDate(e.target.value);
              setWhenTouched(true);
            }}
          />
          <TextField
            label="Uhrzeit"
            type="time"
            value={time}
            onChange={(e) => {
              setTime(e.target.value);
              setWhenTouched(true);
            }}
          />
        </div>
        <LiveMessage error={refusal} success={saved} />
        <div className="form-actions">
          <Button type="submit" busy={add.isPending}>
            Eintrag speichern
          </Button>
        </div>
      </form>
    </Card>
  );
}
