import type { TAdminTeam } from '@lotse/shared';
import { type FormEvent, useEffect } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, LiveMessage, Textarea, TextField } from '../../ui/index.ts';
import { useSaveTeamContact } from '../api.ts';
import { useCheckedDraft } from '../useCheckedDraft.ts';
import { type ContactDraft, checkContact, toDraft } from './contactDraft.ts';
import { describeWeeklyHours } from './hoursText.ts';
import { WeeklyHoursEditor } from './WeeklyHoursEditor.tsx';

const sameDraft = (a: ContactDraft, b: ContactDraft) =>
  JSON.stringify({ ...a, weeklyHours: a.weeklyHours.map(({ key: _k, ...h }) => h) }) ===
  JSON.stringify({ ...b, weeklyHours: b.weeklyHours.map(({ key: _k, ...h }) => h) });

/** Contact details and office hours of one team, as families see them. */
export function TeamContactForm(props: { team: TAdminTeam; onDirtyChange: (dirty: boolean) => void }) {
  const save = useSaveTeamContact();
  const { form, draft, errors, success, dirty, change, validate, accept, refused, discard } = useCheckedDraft(
    {
      initial: () => toDraft(props.team),
      check: (d: ContactDraft) => {
        const checked = checkContact(d);
        return { value: checked.edit, errors: checked.errors };
      },
      same: sameDraft,
    },
  );
  const { onDirtyChange } = props;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  function submit(event: FormEvent) {
    const edit = validate(event);
    save.reset();
    if (!edit) return;
    save.mutate(
      { teamId: props.team.id, contact: edit },
      { onSuccess: (team) => accept(toDraft(team)), onError: refused },
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
            <Button variant="secondary" disabled={!dirty} onClick={discard}>
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
