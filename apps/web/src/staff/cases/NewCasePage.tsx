import {
  helpTypeLabels,
  helpTypes,
  type THelpType,
  ZCreateCaseRequestSchema,
  ZHelpType,
} from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import { Alert, Button, Card, Fieldset, PageHeader, Select, TextField } from '../../ui/index.ts';
import { useTeams } from '../api.ts';
import { issuesToFields } from '../format.ts';
import { useCurrentUser } from '../session.tsx';
import { emptyPerson, type PersonDraft, PersonFields, toPersonInput } from './PersonFields.tsx';

const helpTypeOptions = helpTypes.map((h) => ({ value: h, label: helpTypeLabels[h] }));

export function NewCasePage() {
  const me = useCurrentUser();
  const teams = useTeams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [helpType, setHelpType] = useState<THelpType | ''>('');
  const [teamId, setTeamId] = useState(me.teams[0]?.id ?? '');
  const [persons, setPersons] = useState<PersonDraft[]>([emptyPerson('child')]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: (body: unknown) => api<{ id: string }>('/api/cases', { method: 'POST', body }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      await queryClient.invalidateQueries({ queryKey: ['my-day'] });
      navigate(`/fachkraft/faelle/${created.id}`);
    },
    onError: (error) => {
      setErrors(error instanceof ApiError ? error.fields : {});
      setFormError(error instanceof ApiError ? error.message : 'Der Fall konnte nicht angelegt werden.');
    },
  });

  function clearError(key: string) {
    setErrors(({ [key]: _, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      title: title.trim(),
      helpType: helpType || null,
      teamId,
      persons: persons.map((p) => ({ role: p.role, person: toPersonInput(p) })),
    };
    const parsed = ZCreateCaseRequestSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      setFormError('Bitte prüfen Sie die markierten Felder.');
      return;
    }
    setErrors({});
    setFormError(null);
    create.mutate(body);
  }

  const teamOptions = (teams.data ?? me.teams).map((t) => ({ value: t.id, label: t.name }));

  return (
    <>
      <title>Neuer Fall – Lotse</title>
      <PageHeader title="Neuer Fall" lead="Legen Sie einen Fall mit den beteiligten Personen an." />
      <form className="stack new-case" onSubmit={submit} noValidate>
        <div className="live-region" aria-live="assertive">
          {formError ? (
            <Alert tone="danger" title="Der Fall wurde noch nicht angelegt">
              <p>{formError}</p>
            </Alert>
          ) : null}
        </div>
        <Card title="Fall">
          <div className="form-grid">
            <TextField
              className="span-all"
              label="Titel"
              hint="Kurz und sachlich, z. B. „Familie Muster – Unterstützung im Alltag“"
              required
              maxLength={300}
              value={title}
              error={errors.title}
              onChange={(e) => {
                clearError('title');
                setTitle(e.target.value);
              }}
            />
            <Select
              label="Hilfeart"
              optional
              placeholder="Noch offen"
              options={helpTypeOptions}
              value={helpType}
              error={errors.helpType}
              onChange={(e) => {
                const parsed = ZHelpType.safeParse(e.target.value);
                setHelpType(parsed.success ? parsed.data : '');
              }}
            />
            <Select
              label="Zuständiges Team"
              placeholder={teamOptions.length ? undefined : 'Teams werden geladen …'}
              options={teamOptions}
              value={teamId}
              error={errors.teamId}
              onChange={(e) => setTeamId(e.target.value)}
            />
          </div>
        </Card>
        <Card title="Beteiligte Personen">
          <div className="stack">
            {errors.persons ? <Alert tone="danger">{errors.persons}</Alert> : null}
            {persons.map((p, i) => (
              <Fieldset
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; removal re-keys on purpose
                key={i}
                legend={`Person ${i + 1}${p.firstName || p.lastName ? `: ${p.firstName} ${p.lastName}` : ''}`}
              >
                <div className="stack">
                  <PersonFields
                    value={p}
                    onChange={(next) => setPersons(persons.map((q, j) => (j === i ? next : q)))}
                    errors={errors}
                    prefix={`persons.${i}.`}
                    onEdited={clearError}
                  />
                  {persons.length > 1 ? (
                    <div>
                      <Button
                        variant="link"
                        size="sm"
                        onClick={() => setPersons(persons.filter((_, j) => j !== i))}
                      >
                        Person {i + 1} entfernen
                      </Button>
                    </div>
                  ) : null}
                </div>
              </Fieldset>
            ))}
            <div>
              <Button variant="secondary" onClick={() => setPersons([...persons, emptyPerson('parent')])}>
                Weitere Person hinzufügen
              </Button>
            </div>
          </div>
        </Card>
        <div className="form-actions">
          <Button type="submit" busy={create.isPending}>
            Fall anlegen
          </Button>
          <Link to="/fachkraft/faelle">Abbrechen</Link>
        </div>
      </form>
    </>
  );
}
