import type { TAdminTeam } from '@lotse/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, Card, LiveMessage, Textarea, TextField } from '../../ui/index.ts';
import { useSaveTeamContact } from '../api.ts';
import { firstInvalidField, focusSoon } from '../focusSoon.ts';
import { useUnsavedChangesWarning } from '../useUnsavedChangesWarning.ts';
import { type ContactDraft, type ContactErrors, checkContact, toDraft } from './contactDraft.ts';
import { describeWeeklyHours } from './hoursText.ts';
import { WeeklyHoursEditor } from './WeeklyHoursEditor.tsx';

const sameDraft = (a: ContactDraft, b: ContactDraft) =>
  JSON.stringify({ ...a, weeklyHours: a.weeklyHours.map(({ key: _k, ...h }) => h) }) ===
  JSON.stringify({ ...b, weeklyHours: b.weeklyHours.map(({ key: _k, ...h }) => h) });

/** Contact details and office hours of one team, as families see them. */
export function TeamContactForm(props: { team: TAdminTeam; onDirtyChange: (dirty: boolean) => void }) {
  const [saved, setSaved] = useState(() => toDraft(props.team));
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<ContactErrors>({});
  const [checking, setChecking] = useState(false);
  const [success, setSuccess] = useState(false);
  const save = useSaveTeamContact();
  const form = useRef<HTMLFormElement>(null);
  const dirty = !sameDraft(draft, saved);
  const { onDirtyChange } = props;
  useUnsavedChangesWarning(dirty);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  function change(next: ContactDraft) {
    setDraft(next);
    setSuccess(false);
    // After a first attempt, messages follow the typing, so a fixed field loses its message at once.
    if (checking) setErrors(checkContact(next).errors);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecking(true);
    save.reset();
    const checked = checkContact(draft);
    setErrors(checked.errors);
    if (!checked.edit) {
      focusSoon(() => firstInvalidField(form.current));
      return;
    }
    save.mutate(
      { teamId: props.team.id, contact: checked.edit },
      {
        onSuccess: (team) => {
          const fresh = toDraft(team);
          setSaved(fresh);
          setDraft(fresh);
          setChecking(false);
          setSuccess(true);
        },
        onError: (error) => {
          if (isApiError(error)) setErrors(error.fields);
          focusSoon(
            () => firstInvalidField(form.current) ?? form.current?.querySelector<HTMLElement>('.alert'),
          );
        },
      },
    );
  }

  const errorCount = Object.keys(errors).length;
  const field = (name: 'phone' | 'email' | 'address' | 'hours') => ({
    value: draft[name],
    error: errors[name],
    optional: true,
    onChange: (e: { target: { value: string } }) => change({ ...draft, [name]: e.target.value }),
  });

  return (
    <Card title={props.team.name} aria-label={props.team.name} className="admin-team-form">
      <form ref={form} className="stack" onSubmit={submit} noValidate>
        {props.team.socialArea ? <p className="muted">Sozialraum {props.team.socialArea}</p> : null}
        <LiveMessage
          error={
            save.isError
              ? `Nicht gespeichert: ${errorMessage(save.error)}`
              : errorCount > 0
                ? 'Nicht gespeichert: Bitte prüfen Sie die markierten Felder.'
                : null
          }
          success={
            success ? 'Gespeichert. Familien sehen die neuen Kontaktdaten und Sprechzeiten ab sofort.' : null
          }
        />
        <div className="form-grid">
          <TextField label="Telefon" type="tel" autoComplete="off" maxLength={60} {...field('phone')} />
          <TextField label="E-Mail" type="email" autoComplete="off" maxLength={200} {...field('email')} />
          <Textarea label="Adresse" rows={2} className="span-all" maxLength={300} {...field('address')} />
        </div>
        <WeeklyHoursEditor
          rows={draft.weeklyHours}
          errors={errors}
          onChange={(weeklyHours) => change({ ...draft, weeklyHours })}
        />
        <div className="stack-sm">
          <TextField
            label="Sprechzeiten als Text"
            hint="So steht es für Familien auf der Kontaktseite, z. B. „Mo–Do 8–16 Uhr, Fr 8–13 Uhr“."
            maxLength={200}
            {...field('hours')}
          />
          <div>
            <Button
              variant="link"
              size="sm"
              disabled={draft.weeklyHours.length === 0}
              onClick={() => change({ ...draft, hours: describeWeeklyHours(draft.weeklyHours) })}
            >
              Text aus dem Wochenplan übernehmen
            </Button>
          </div>
        </div>
        {errors._ ? <Alert tone="danger">{errors._}</Alert> : null}
        <div className="admin-action-bar">
          <span className="muted small">{dirty ? 'Ungespeicherte Änderungen' : 'Keine Änderungen'}</span>
          <div className="cluster">
            <Button
              variant="secondary"
              disabled={!dirty}
              onClick={() => {
                setDraft(saved);
                setErrors({});
                setChecking(false);
              }}
            >
              Änderungen verwerfen
            </Button>
            <Button type="submit" busy={save.isPending} disabled={!dirty}>
              Speichern
            </Button>
          </div>
        </div>
      </form>
    </Card>
  );
}
