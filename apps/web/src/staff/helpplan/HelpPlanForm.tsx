import {
  helpEndReasonLabels,
  helpEndReasons,
  helpTypeLabels,
  helpTypes,
  planParticipantRoleLabels,
  type TAgreement,
  type THelpPlanContent,
  type TPlanParticipantRole,
  ZHelpEndReason,
  ZHelpType,
  ZPlanParticipantRole,
} from '@lotse/shared';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, Fieldset, Select, Textarea, TextField } from '../../ui/index.ts';
import { appendDictation } from '../dictation/audio.ts';
import { DictationButton } from '../dictation/DictationButton.tsx';
import { LawText } from '../law/LawCitation.tsx';
import { AgreementBoard } from './AgreementBoard.tsx';
import { AgreementDialog, emptyAgreement } from './AgreementDialog.tsx';
import { useHzeCodes } from './api.ts';
import {
  defaultReviewOn,
  errorAt,
  type FieldErrors,
  type GoalDraft,
  newId,
  type PlanDraft,
  validateDraft,
} from './draft.ts';

const helpTypeOptions = helpTypes.map((h) => ({ value: h, label: helpTypeLabels[h] }));
const roleOptions = ZPlanParticipantRole.options.map((r) => ({
  value: r,
  label: planParticipantRoleLabels[r],
}));
const endReasonOptions = helpEndReasons.map((r) => ({ value: r, label: helpEndReasonLabels[r] }));
const progressOptions = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: `${i} von 10` }));

/**
 * The form of a help plan draft (also for a new plan). Validates with the contract's schema before
 * sending; the server's field messages (400) appear next to the same fields.
 */
export function HelpPlanForm(props: {
  initial: PlanDraft;
  /** The office's review period: the review date follows the start by this many months until chosen. */
  reviewMonths: number;
  /** In a review (Fortschreibung) each goal's progress is rated 0–10. */
  rateProgress: boolean;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  /** Resolves true once saved; then the form counts as unchanged. */
  onSubmit: (content: THelpPlanContent) => Promise<boolean>;
  /** Offered for an existing draft: saves what is on screen and makes it final. */
  onFinalize?: (content: THelpPlanContent) => void;
  finalizeBusy?: boolean;
  secondary?: ReactNode;
}) {
  const codes = useHzeCodes();
  const [draft, setDraft] = useState<PlanDraft>(props.initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [editing, setEditing] = useState<{ agreement: TAgreement; isNew: boolean } | null>(null);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(props.initial));
  const dirty = JSON.stringify(draft) !== savedJson;

  // Closing or reloading the page with unsaved changes asks first (the browser's own question).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // The server's field messages stay until the field is edited (like the form's own).
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  useEffect(() => {
    setServerErrors(props.error instanceof ApiError ? props.error.fields : {});
  }, [props.error]);
  const errors: FieldErrors = { ...serverErrors, ...localErrors };
  const formError =
    Object.keys(localErrors).length ||
    (props.error instanceof ApiError && Object.keys(props.error.fields).length)
      ? 'Bitte prüfen Sie die markierten Felder.'
      : props.error
        ? errorMessage(props.error)
        : null;

  function update(next: PlanDraft) {
    setDraft(next);
  }
  function clear(key: string) {
    if (key in localErrors) setLocalErrors(({ [key]: _, ...rest }) => rest);
    if (key in serverErrors) setServerErrors(({ [key]: _, ...rest }) => rest);
  }

  // After a failed check or a refused save, the first marked field gets the focus.
  const formRef = useRef<HTMLFormElement>(null);
  const [focusError, setFocusError] = useState(0);
  useEffect(() => {
    if (focusError === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusError]);
  useEffect(() => {
    if (props.error instanceof ApiError && Object.keys(props.error.fields).length)
      setFocusError((n) => n + 1);
  }, [props.error]);

  function check(): THelpPlanContent | null {
    const result = validateDraft(draft);
    if ('errors' in result) {
      setLocalErrors(result.errors);
      setFocusError((n) => n + 1);
      return null;
    }
    setLocalErrors({});
    return result.content;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const content = check();
    if (!content) return;
    const sent = JSON.stringify(draft);
    void props.onSubmit(content).then((saved) => {
      if (saved) setSavedJson(sent);
    });
  }

  const help = draft.help;
  // § 41 is reported with the code of the help given (statistics reference §2): every code fits.
  const typeCodes = help.type === 'p41_young_adults' ? codes : codes.filter((c) => c.helpType === help.type);
  const setHelp = (patch: Partial<PlanDraft['help']>) => update({ ...draft, help: { ...help, ...patch } });
  const setGoal = (index: number, patch: Partial<GoalDraft>) =>
    update({ ...draft, goals: draft.goals.map((g, i) => (i === index ? { ...g, ...patch } : g)) });

  return (
    <>
      <form
        ref={formRef}
        className="stack helpplan-form"
        onSubmit={submit}
        noValidate
        aria-label="Hilfeplan bearbeiten"
      >
        <div className="live-region" aria-live="assertive">
          {formError ? (
            <Alert tone="danger" title="Der Hilfeplan wurde nicht gespeichert">
              <p>{formError}</p>
            </Alert>
          ) : null}
        </div>

        <Card title="Hilfe und Termine">
          <div className="form-grid form-grid-3">
            <Select
              className="span-all"
              label="Hilfeart"
              placeholder="Bitte wählen"
              options={helpTypeOptions}
              value={help.type}
              error={errors['help.type']}
              onChange={(e) => {
                clear('help.type');
                clear('help.statisticsCode');
                const parsed = ZHelpType.safeParse(e.target.value);
                setHelp({ type: parsed.success ? parsed.data : '', statisticsCode: '' });
              }}
            />
            {typeCodes.length > 1 ? (
              <Select
                className="span-all"
                label="Art der Hilfe in der Statistik"
                optional
                hint="Die Hilfeart hat in der amtlichen Statistik mehrere Schlüssel."
                hintBelow
                placeholder="Bitte wählen"
                options={typeCodes.map((c) => ({ value: c.code, label: `${c.code} – ${c.label}` }))}
                value={help.statisticsCode}
                error={errors['help.statisticsCode']}
                onChange={(e) => {
                  clear('help.statisticsCode');
                  setHelp({ statisticsCode: e.target.value });
                }}
              />
            ) : null}
            <TextField
              label="Leistungserbringer"
              optional
              maxLength={200}
              value={help.provider}
              error={errors['help.provider']}
              onChange={(e) => setHelp({ provider: e.target.value })}
            />
            <TextField
              label="Stunden pro Woche"
              optional
              inputMode="decimal"
              value={help.hoursPerWeek}
              error={errors['help.hoursPerWeek']}
              onChange={(e) => {
                clear('help.hoursPerWeek');
                setHelp({ hoursPerWeek: e.target.value });
              }}
            />
            <TextField
              label="Beginn der Hilfe"
              type="date"
              required
              value={help.startsOn}
              error={errors['help.startsOn']}
              onChange={(e) => {
                clear('help.startsOn');
                const startsOn = e.target.value;
                update({
                  ...draft,
                  help: { ...help, startsOn },
                  reviewOn: draft.reviewOnChosen
                    ? draft.reviewOn
                    : defaultReviewOn(startsOn, props.reviewMonths),
                });
              }}
            />
            <TextField
              label="Ende der Hilfe"
              type="date"
              optional
              value={help.endsOn}
              error={errors['help.endsOn']}
              onChange={(e) => {
                clear('help.endsOn');
                setHelp({ endsOn: e.target.value });
              }}
            />
            {help.endsOn || help.endReason ? (
              <Select
                label="Grund der Beendigung"
                optional
                placeholder="Noch offen"
                options={endReasonOptions}
                value={help.endReason}
                error={errors['help.endReason']}
                onChange={(e) => {
                  const parsed = ZHelpEndReason.safeParse(e.target.value);
                  setHelp({ endReason: parsed.success ? parsed.data : '' });
                }}
              />
            ) : null}
            <TextField
              label="Nächste Überprüfung"
              type="date"
              hint={`Vorschlag: ${props.reviewMonths === 1 ? 'ein Monat' : `${props.reviewMonths} Monate`} nach Beginn`}
              hintBelow
              value={draft.reviewOn}
              error={errors.reviewOn}
              onChange={(e) => {
                clear('reviewOn');
                update({ ...draft, reviewOn: e.target.value, reviewOnChosen: true });
              }}
            />
          </div>
        </Card>

        <Card title="Beteiligte und ihre Sicht">
          <div className="stack">
            <p className="muted small">
              <LawText text="Die Sicht jeder Person so, wie sie sie selbst gesagt hat. Den Plan stellen die Fachkräfte mit den Personensorgeberechtigten und dem Kind oder Jugendlichen auf (§ 36 Abs. 2 Satz 2 SGB VIII)." />
            </p>
            {draft.participants.map((p, i) => (
              <Fieldset key={p.key} legend={`Person ${i + 1}${p.name.trim() ? `: ${p.name}` : ''}`}>
                <div className="form-grid">
                  <Select
                    label="Rolle"
                    options={roleOptions}
                    value={p.role}
                    onChange={(e) =>
                      update({
                        ...draft,
                        participants: draft.participants.map((q, j) =>
                          j === i ? { ...q, role: e.target.value as TPlanParticipantRole } : q,
                        ),
                      })
                    }
                  />
                  <TextField
                    label="Name"
                    required
                    maxLength={200}
                    value={p.name}
                    error={errors[`participants.${i}.name`]}
                    onChange={(e) => {
                      clear(`participants.${i}.name`);
                      update({
                        ...draft,
                        participants: draft.participants.map((q, j) =>
                          j === i ? { ...q, name: e.target.value } : q,
                        ),
                      });
                    }}
                  />
                  <Textarea
                    className="span-all"
                    label={`Sicht in eigenen Worten${p.name.trim() ? ` (${p.name})` : ''}`}
                    optional
                    rows={3}
                    value={p.view}
                    error={errors[`participants.${i}.view`]}
                    onChange={(e) =>
                      update({
                        ...draft,
                        participants: draft.participants.map((q, j) =>
                          j === i ? { ...q, view: e.target.value } : q,
                        ),
                      })
                    }
                  />
                  <DictationButton
                    className="span-all"
                    field={`Sicht ${p.name.trim() || `Beteiligte*r ${i + 1}`}`}
                    onText={(text) =>
                      update({
                        ...draft,
                        participants: draft.participants.map((q, j) =>
                          j === i ? { ...q, view: appendDictation(q.view, text) } : q,
                        ),
                      })
                    }
                  />
                </div>
                <Button
                  variant="link"
                  size="sm"
                  onClick={() =>
                    update({ ...draft, participants: draft.participants.filter((_, j) => j !== i) })
                  }
                >
                  Person {i + 1} entfernen
                </Button>
              </Fieldset>
            ))}
            <div>
              <Button
                variant="secondary"
                onClick={() =>
                  update({
                    ...draft,
                    participants: [
                      ...draft.participants,
                      { key: newId(), role: 'other', name: '', view: '' },
                    ],
                  })
                }
              >
                Person hinzufügen
              </Button>
            </div>
            <TextField
              label="Dolmetschung"
              optional
              hint="Wer übersetzt im Gespräch, z. B. „Frau Haddad, Arabisch“"
              maxLength={200}
              value={draft.interpreter}
              error={errors.interpreter}
              onChange={(e) => update({ ...draft, interpreter: e.target.value })}
            />
            <h3 className="helpplan-subheading">Nicht beteiligt</h3>
            <p className="muted small">
              Wer zur Planung gehört, aber nicht teilnimmt (z. B. ein Elternteil), mit dem Grund.
            </p>
            {draft.notInvolved.map((p, i) => (
              <Fieldset key={p.key} legend={`Nicht beteiligt ${i + 1}${p.name.trim() ? `: ${p.name}` : ''}`}>
                <div className="form-grid">
                  <Select
                    label="Rolle"
                    options={roleOptions}
                    value={p.role}
                    onChange={(e) =>
                      update({
                        ...draft,
                        notInvolved: draft.notInvolved.map((q, j) =>
                          j === i ? { ...q, role: e.target.value as TPlanParticipantRole } : q,
                        ),
                      })
                    }
                  />
                  <TextField
                    label="Name"
                    required
                    maxLength={200}
                    value={p.name}
                    error={errors[`notInvolved.${i}.name`]}
                    onChange={(e) => {
                      clear(`notInvolved.${i}.name`);
                      update({
                        ...draft,
                        notInvolved: draft.notInvolved.map((q, j) =>
                          j === i ? { ...q, name: e.target.value } : q,
                        ),
                      });
                    }}
                  />
                  <TextField
                    className="span-all"
                    label="Grund"
                    required
                    maxLength={200}
                    value={p.reason}
                    error={errors[`notInvolved.${i}.reason`]}
                    onChange={(e) => {
                      clear(`notInvolved.${i}.reason`);
                      update({
                        ...draft,
                        notInvolved: draft.notInvolved.map((q, j) =>
                          j === i ? { ...q, reason: e.target.value } : q,
                        ),
                      });
                    }}
                  />
                </div>
                <Button
                  variant="link"
                  size="sm"
                  onClick={() =>
                    update({ ...draft, notInvolved: draft.notInvolved.filter((_, j) => j !== i) })
                  }
                >
                  Eintrag {i + 1} entfernen
                </Button>
              </Fieldset>
            ))}
            <div>
              <Button
                variant="secondary"
                onClick={() =>
                  update({
                    ...draft,
                    notInvolved: [
                      ...draft.notInvolved,
                      { key: newId(), role: 'parent', name: '', reason: '' },
                    ],
                  })
                }
              >
                Nicht beteiligte Person eintragen
              </Button>
            </div>
          </div>
        </Card>

        <Card title="Bedarf">
          <div className="stack">
            {draft.needs.length === 0 ? <p className="muted small">Noch kein Bedarf eingetragen.</p> : null}
            {draft.needs.map((n, i) => (
              <div key={n.key} className="helpplan-row">
                <TextField
                  label={`Bedarf ${i + 1}`}
                  maxLength={200}
                  value={n.text}
                  error={errors[`needs.${i}`]}
                  onChange={(e) => {
                    clear(`needs.${i}`);
                    update({
                      ...draft,
                      needs: draft.needs.map((m, j) => (j === i ? { ...m, text: e.target.value } : m)),
                    });
                  }}
                />
                <Button
                  variant="link"
                  size="sm"
                  aria-label={`Bedarf ${i + 1} entfernen`}
                  onClick={() => update({ ...draft, needs: draft.needs.filter((_, j) => j !== i) })}
                >
                  Entfernen
                </Button>
              </div>
            ))}
            <div>
              <Button
                variant="secondary"
                onClick={() => update({ ...draft, needs: [...draft.needs, { key: newId(), text: '' }] })}
              >
                Bedarf hinzufügen
              </Button>
            </div>
          </div>
        </Card>

        <Card title="Ziele">
          <div className="stack">
            {errors.goals ? <Alert tone="danger">{errors.goals}</Alert> : null}
            {props.rateProgress ? (
              <p className="muted small">
                Fortschreibung: Bitte bewerten Sie den Fortschritt jedes Ziels von 0 bis 10.
              </p>
            ) : null}
            {draft.goals.length === 0 ? <p className="muted small">Noch keine Ziele.</p> : null}
            {draft.goals.map((g, i) => (
              <Fieldset key={g.id} legend={`Ziel ${i + 1}${g.title.trim() ? `: ${g.title}` : ''}`}>
                <div className="form-grid">
                  <TextField
                    className="span-all"
                    label="Ziel"
                    required
                    maxLength={200}
                    value={g.title}
                    error={errors[`goals.${i}.title`]}
                    onChange={(e) => {
                      clear(`goals.${i}.title`);
                      setGoal(i, { title: e.target.value });
                    }}
                  />
                  <Textarea
                    label="Woran wir es merken"
                    hint="Ein Merkmal pro Zeile"
                    hintBelow
                    optional
                    rows={3}
                    value={g.indicators}
                    error={errorAt(errors, `goals.${i}.indicators`)}
                    onChange={(e) => setGoal(i, { indicators: e.target.value })}
                  />
                  <Textarea
                    label="In einfachen Worten für die Familie"
                    optional
                    rows={3}
                    value={g.familySummary}
                    error={errors[`goals.${i}.familySummary`]}
                    onChange={(e) => setGoal(i, { familySummary: e.target.value })}
                  />
                  <DictationButton
                    className="span-all"
                    field={`Ziel ${i + 1} in einfachen Worten`}
                    onText={(text) => setGoal(i, { familySummary: appendDictation(g.familySummary, text) })}
                  />
                  {props.rateProgress ? (
                    <Select
                      label="Fortschritt (0–10)"
                      placeholder="nicht bewertet"
                      options={progressOptions}
                      value={g.progress}
                      error={errors[`goals.${i}.progress`]}
                      onChange={(e) => setGoal(i, { progress: e.target.value })}
                    />
                  ) : null}
                </div>
                <Button
                  variant="link"
                  size="sm"
                  onClick={() => update({ ...draft, goals: draft.goals.filter((_, j) => j !== i) })}
                >
                  Ziel {i + 1} entfernen
                </Button>
              </Fieldset>
            ))}
            <div>
              <Button
                variant="secondary"
                onClick={() =>
                  update({
                    ...draft,
                    goals: [
                      ...draft.goals,
                      { id: newId(), title: '', indicators: '', familySummary: '', progress: '' },
                    ],
                  })
                }
              >
                Ziel hinzufügen
              </Button>
            </div>
          </div>
        </Card>

        <Card title="Vereinbarungen">
          <div className="stack">
            <AgreementBoard
              agreements={draft.agreements}
              errors={errors}
              onChange={(agreements) => update({ ...draft, agreements })}
              onEdit={(agreement) => setEditing({ agreement, isNew: false })}
              onRemove={(agreement) =>
                update({ ...draft, agreements: draft.agreements.filter((a) => a.id !== agreement.id) })
              }
            />
            <div>
              <Button
                variant="secondary"
                onClick={() => setEditing({ agreement: emptyAgreement(), isNew: true })}
              >
                Vereinbarung hinzufügen
              </Button>
            </div>
          </div>
        </Card>

        <div className="form-actions helpplan-actions">
          <Button type="submit" busy={props.busy}>
            {props.submitLabel}
          </Button>
          {props.onFinalize ? (
            <Button
              variant="secondary"
              busy={props.finalizeBusy}
              onClick={() => {
                const content = check();
                if (content) props.onFinalize?.(content);
              }}
            >
              Festschreiben …
            </Button>
          ) : null}
          {props.secondary}
          {dirty ? <span className="muted small">Es gibt ungespeicherte Änderungen.</span> : null}
        </div>
      </form>
      <AgreementDialog
        agreement={editing?.agreement ?? null}
        isNew={editing?.isNew ?? false}
        onClose={() => setEditing(null)}
        onSave={(agreement) => {
          const exists = draft.agreements.some((a) => a.id === agreement.id);
          update({
            ...draft,
            agreements: exists
              ? draft.agreements.map((a) => (a.id === agreement.id ? agreement : a))
              : [...draft.agreements, agreement],
          });
          setEditing(null);
        }}
      />
    </>
  );
}
