import { type TOnboardingOverview, ZOnboardingAssignInputSchema } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Button, Card, LiveMessage, Select, TextField } from '../../ui/index.ts';
import { issuesToFields, todayIso } from '../format.ts';
import { type OnboardingPerson, useAssignOnboarding, useOnboardingPeople } from './api.ts';

function personLabel(p: OnboardingPerson): string {
  const teams = p.teams.length ? ` (${p.teams.join(', ')})` : '';
  return `${p.displayName}${teams}${p.onPath ? ' – schon in Einarbeitung' : ''}`;
}

/** For team leads and administrators: puts a colleague on an onboarding path, with a mentor. */
export function AssignForm(props: { paths: TOnboardingOverview['paths'] }) {
  const people = useOnboardingPeople(true);
  const assign = useAssignOnboarding();
  const [userId, setUserId] = useState('');
  const [pathId, setPathId] = useState(props.paths.length === 1 ? (props.paths[0]?.id ?? '') : '');
  const [mentorId, setMentorId] = useState('');
  const [startedOn, setStartedOn] = useState(todayIso());
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const serverErrors = isApiError(assign.error) ? assign.error.fields : {};
  const errors = { ...serverErrors, ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const input = { pathId, userId, mentorId: mentorId || null, startedOn: startedOn || undefined };
    const parsed = ZOnboardingAssignInputSchema.safeParse(input);
    if (!parsed.success) {
      const found = issuesToFields(parsed.error.issues);
      setClientErrors({
        ...found,
        ...(found.userId ? { userId: 'Bitte wählen Sie die Person.' } : {}),
        ...(found.pathId ? { pathId: 'Bitte wählen Sie die Einarbeitung.' } : {}),
      });
      return;
    }
    setClientErrors({});
    assign.mutate(input, {
      onSuccess: (a) => {
        setSaved(
          `${a.person.displayName} ist jetzt in der Einarbeitung „${a.path.title}“${a.mentor ? ` mit ${a.mentor.displayName} als Mentor*in` : ''}.`,
        );
        setUserId('');
        setMentorId('');
      },
    });
  }

  const options = (people.data ?? []).map((p) => ({ value: p.id, label: personLabel(p) }));
  const generalError =
    assign.isError && Object.keys(serverErrors).length === 0
      ? `Nicht zugewiesen: ${errorMessage(assign.error)}`
      : people.isError
        ? `Die Kolleginnen und Kollegen konnten nicht geladen werden: ${errorMessage(people.error)}`
        : null;

  return (
    <Card title="Einarbeitung zuweisen">
      <form className="stack" onSubmit={submit} noValidate>
        <LiveMessage error={generalError} success={saved} />
        <div className="form-grid">
          <Select
            label="Person"
            placeholder="Bitte wählen"
            options={options}
            value={userId}
            error={errors.userId}
            onChange={(e) => setUserId(e.target.value)}
          />
          <Select
            label="Einarbeitung"
            placeholder="Bitte wählen"
            options={props.paths.map((p) => ({
              value: p.id,
              label: `${p.title} (${p.weeks} Wochen, ${p.stepCount} Schritte)`,
            }))}
            value={pathId}
            error={errors.pathId}
            onChange={(e) => setPathId(e.target.value)}
          />
          <Select
            label="Mentor*in"
            optional
            placeholder="Ohne Mentor*in"
            options={(people.data ?? [])
              .filter((p) => p.id !== userId)
              .map((p) => ({ value: p.id, label: p.displayName }))}
            value={mentorId}
            error={errors.mentorId}
            onChange={(e) => setMentorId(e.target.value)}
          />
          <TextField
            label="Beginn"
            type="date"
            value={startedOn}
            error={errors.startedOn}
            onChange={(e) => setStartedOn(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" busy={assign.isPending}>
            Zuweisen
          </Button>
        </div>
      </form>
    </Card>
  );
}
