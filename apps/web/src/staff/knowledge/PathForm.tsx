import type { TOnboardingPath } from '@lotse/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Alert, Button, Textarea, TextField } from '../../ui/index.ts';
import { useArticles, useSavePath } from './api.ts';
import { PathErrorSummary } from './PathErrorSummary.tsx';
import { PathStepFields, stepFieldId } from './PathStepFields.tsx';
import {
  checkDraft,
  draftOf,
  inputOf,
  MAX_WEEKS,
  moveStep,
  newStep,
  noErrors,
  type PathDraft,
  type PathErrors,
  parseWeeks,
  type StepDraft,
  serverErrors,
} from './pathDraft.ts';

/** Moves focus once React has drawn what it should land on. */
function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** How a step is named in announcements: by its title, else by its place. */
function stepName(step: StepDraft, index: number): string {
  return step.title.trim() ? `„${step.title.trim()}“` : `Schritt ${index + 1}`;
}

/** The editor's errors without those of the given fields (they are being corrected). */
function without(errors: PathErrors, stepKey: string | null, fields: readonly string[]): PathErrors {
  if (stepKey === null) {
    const path = { ...errors.path };
    for (const f of fields) delete path[f];
    return { ...errors, path };
  }
  const step = { ...errors.steps[stepKey] };
  for (const f of fields) delete step[f];
  const steps = { ...errors.steps, [stepKey]: step };
  if (Object.keys(step).length === 0) delete steps[stepKey];
  return { ...errors, steps };
}

/**
 * The editor of an onboarding path: its title, audience, length and the steps in order. Steps are
 * added, moved and removed with buttons; errors (the server's too) land at their field and in a
 * summary at the top.
 */
export function PathForm(props: {
  path?: TOnboardingPath;
  onSaved: (path: TOnboardingPath) => void;
  onCancel: () => void;
}) {
  const save = useSavePath(props.path?.id ?? null);
  const articles = useArticles();
  const [draft, setDraft] = useState<PathDraft>(() => draftOf(props.path));
  const [errors, setErrors] = useState<PathErrors>(noErrors);
  const [announcement, setAnnouncement] = useState('');
  const summary = useRef<HTMLElement>(null);
  // After each failed save the summary takes focus — once React has drawn it (an effect, not a frame).
  const [failedSaves, setFailedSaves] = useState(0);
  useEffect(() => {
    if (failedSaves > 0) summary.current?.focus();
  }, [failedSaves]);
  const weekCount = Math.min(Math.max(parseWeeks(draft.weeks) ?? 1, 1), MAX_WEEKS);
  const removed = (props.path?.steps ?? []).filter((s) => !draft.steps.some((d) => d.id === s.id)).length;
  const articleOptions = [...(articles.data ?? [])]
    .sort((a, b) => a.title.localeCompare(b.title, 'de'))
    .map((a) => ({ value: a.id, label: a.title }));

  function setField(field: 'title' | 'audience' | 'description' | 'weeks', value: string) {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => without(e, null, [field]));
  }

  function patchStep(key: string, patch: Partial<StepDraft>) {
    setDraft((d) => ({ ...d, steps: d.steps.map((s) => (s.key === key ? { ...s, ...patch } : s)) }));
    // A new kind asks for other fields: their old errors no longer apply.
    const fields = 'kind' in patch ? ['kind', 'articleId', 'lawRef'] : Object.keys(patch);
    setErrors((e) => without(e, key, fields));
  }

  function addStep() {
    const step = newStep(Math.min(draft.steps.at(-1)?.week ?? 1, weekCount));
    setDraft((d) => ({ ...d, steps: [...d.steps, step] }));
    setErrors((e) => without(e, null, ['steps']));
    setAnnouncement(`Schritt ${draft.steps.length + 1} ist hinzugefügt.`);
    focusSoon(stepFieldId(step.key, 'heading'));
  }

  function removeStep(index: number) {
    const step = draft.steps[index];
    if (!step) return;
    const rest = draft.steps.filter((s) => s.key !== step.key);
    setDraft((d) => ({ ...d, steps: d.steps.filter((s) => s.key !== step.key) }));
    setErrors((e) => without(e, step.key, Object.keys(e.steps[step.key] ?? {})));
    setAnnouncement(
      `${stepName(step, index)} ist entfernt. ${rest.length === 1 ? 'Ein Schritt bleibt' : `${rest.length} Schritte bleiben`}.`,
    );
    const next = rest[index] ?? rest[index - 1];
    focusSoon(next ? stepFieldId(next.key, 'heading') : 'plan-add-step');
  }

  function move(index: number, to: number) {
    const step = draft.steps[index];
    const count = draft.steps.length;
    if (!step || to < 0 || to >= count) return;
    setDraft((d) => ({ ...d, steps: moveStep(d.steps, index, to) }));
    setAnnouncement(`${stepName(step, index)} ist jetzt Schritt ${to + 1} von ${count}.`);
    // Focus stays on the button pressed, unless the step reached the end it moved towards.
    const pressed = to < index ? 'up' : 'down';
    const atEnd = pressed === 'up' ? to === 0 : to === count - 1;
    focusSoon(stepFieldId(step.key, atEnd ? (pressed === 'up' ? 'down' : 'up') : pressed));
  }

  function showErrors(found: PathErrors) {
    setErrors(found);
    setFailedSaves((n) => n + 1);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkDraft(draft);
    if (found) {
      showErrors(found);
      return;
    }
    setErrors(noErrors);
    const sent = draft.steps.map((s) => s.key);
    save.mutate(inputOf(draft, parseWeeks(draft.weeks) ?? 0), {
      onSuccess: props.onSaved,
      onError: (error) => showErrors(serverErrors(error, sent)),
    });
  }

  return (
    <form className="stack path-editor" onSubmit={submit} noValidate>
      <PathErrorSummary ref={summary} errors={errors} steps={draft.steps} />
      <TextField
        id="plan-title"
        label="Titel"
        hint="z. B. „Neu im ASD: die ersten 8 Wochen“"
        maxLength={160}
        value={draft.title}
        error={errors.path.title}
        onChange={(e) => setField('title', e.target.value)}
      />
      <div className="path-editor-head">
        <TextField
          id="plan-audience"
          label="Für wen"
          hint="z. B. „Neue Fachkräfte im ASD“"
          maxLength={160}
          value={draft.audience}
          error={errors.path.audience}
          onChange={(e) => setField('audience', e.target.value)}
        />
        <TextField
          id="plan-weeks"
          label="Dauer in Wochen"
          hint={`1 bis ${MAX_WEEKS}`}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_WEEKS}
          className="path-editor-weeks"
          value={draft.weeks}
          error={errors.path.weeks}
          onChange={(e) => setField('weeks', e.target.value)}
        />
      </div>
      <Textarea
        id="plan-description"
        label="Beschreibung"
        optional
        rows={3}
        maxLength={2000}
        value={draft.description}
        error={errors.path.description}
        onChange={(e) => setField('description', e.target.value)}
      />
      <section className="stack path-steps-section" aria-labelledby="plan-steps-heading">
        <h2 id="plan-steps-heading" tabIndex={-1}>
          Schritte
        </h2>
        <p className="muted small path-steps-hint">
          Die Einarbeitung zeigt die Schritte nach Wochen, innerhalb einer Woche in dieser Reihenfolge.
          {props.path
            ? ' Häkchen bleiben erhalten, wenn Sie Schritte ändern oder verschieben. Entfernen Sie einen Schritt, gehen auch die Häkchen aller verloren, die ihn schon abgehakt haben.'
            : null}
        </p>
        {errors.path.steps ? <p className="field-error">{errors.path.steps}</p> : null}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        {draft.steps.length ? (
          <ol className="path-steps">
            {draft.steps.map((step, index) => (
              <PathStepFields
                key={step.key}
                step={step}
                index={index}
                count={draft.steps.length}
                weeks={weekCount}
                articles={articleOptions}
                articlesLoading={articles.isPending}
                errors={errors.steps[step.key] ?? {}}
                onChange={(patch) => patchStep(step.key, patch)}
                onMove={(to) => move(index, to)}
                onRemove={() => removeStep(index)}
              />
            ))}
          </ol>
        ) : null}
        <div>
          <Button id="plan-add-step" variant="secondary" onClick={addStep}>
            <span aria-hidden="true">+ </span>Schritt hinzufügen
          </Button>
        </div>
      </section>
      {removed > 0 ? (
        <Alert tone="warning">
          <p>
            {removed === 1 ? 'Ein Schritt wird' : `${removed} Schritte werden`} beim Speichern entfernt – und
            mit {removed === 1 ? 'ihm' : 'ihnen'} die Häkchen aller, die nach diesem Plan eingearbeitet
            werden.
          </p>
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          Einarbeitungsplan speichern
        </Button>
        <Button variant="secondary" onClick={props.onCancel}>
          Abbrechen
        </Button>
      </div>
    </form>
  );
}
