import {
  type TCaseDetail,
  type THousehold,
  ZCaseDetailSchema,
  ZCreateHouseholdRequestSchema,
  ZUpdateHouseholdRequestSchema,
} from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, errorMessage } from '../../api/client.ts';
import { Button, Checkbox, Fieldset, LiveMessage, TextField } from '../../ui/index.ts';
import { keys } from '../api.ts';
import { fullName, issuesToFields } from '../format.ts';

type HouseholdBody = { label?: string; personIds?: string[] };

/** What changed against the saved household; nothing when the set of members is the same. */
function householdChanges(saved: THousehold, label: string, personIds: string[]): HouseholdBody {
  const changes: HouseholdBody = {};
  if (label !== saved.label) changes.label = label;
  const sameMembers =
    personIds.length === saved.personIds.length && personIds.every((id) => saved.personIds.includes(id));
  if (!sameMembers) changes.personIds = personIds;
  return changes;
}

/**
 * Records which persons of the case live together (Haushalt), or — with `household` — renames one
 * and changes who lives in it. Only changed fields are sent.
 */
export function HouseholdForm(props: {
  detail: TCaseDetail;
  household?: THousehold;
  onDone: (message: string) => void;
}) {
  const { detail, household } = props;
  const queryClient = useQueryClient();
  const [label, setLabel] = useState(household?.label ?? '');
  const [personIds, setPersonIds] = useState<string[]>(household?.personIds ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const casePath = `/api/cases/${encodeURIComponent(detail.id)}/households`;
  const save = useMutation({
    mutationFn: (body: HouseholdBody) =>
      api<TCaseDetail>(household ? `${casePath}/${encodeURIComponent(household.id)}` : casePath, {
        method: household ? 'PATCH' : 'POST',
        body,
        schema: ZCaseDetailSchema,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(keys.caseDetail(detail.id), updated);
      const name = label.trim();
      props.onDone(
        household ? `Der Haushalt „${name}“ wurde gespeichert.` : `Der Haushalt „${name}“ wurde angelegt.`,
      );
    },
    onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    // Keep the order of the case's person list, not the order of clicking.
    const ordered = detail.persons.map((p) => p.id).filter((id) => personIds.includes(id));
    const body = household
      ? householdChanges(household, label.trim(), ordered)
      : { label: label.trim(), personIds: ordered };
    if (Object.keys(body).length === 0) {
      setFormError('Sie haben nichts geändert.');
      return;
    }
    const parsed = (household ? ZUpdateHouseholdRequestSchema : ZCreateHouseholdRequestSchema).safeParse(
      body,
    );
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      setFormError('Bitte prüfen Sie die markierten Felder.');
      return;
    }
    setErrors({});
    save.mutate(body);
  }

  const personError =
    errors.personIds ?? Object.entries(errors).find(([k]) => k.startsWith('personIds.'))?.[1];

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <LiveMessage error={save.isError ? errorMessage(save.error) : formError} />
      <TextField
        label="Bezeichnung"
        hint="Zum Beispiel „Haushalt des Vaters, Tulpenweg 3“."
        required
        maxLength={200}
        value={label}
        error={errors.label}
        onChange={(e) => {
          setLabel(e.target.value);
          setFormError(null);
          setErrors(({ label: _, ...rest }) => rest);
        }}
      />
      <Fieldset legend="Wer lebt in diesem Haushalt?">
        <div className="checkbox-list">
          {detail.persons.map((p) => (
            <Checkbox
              key={p.id}
              label={fullName(p)}
              checked={personIds.includes(p.id)}
              onChange={(e) => {
                const checked = e.target.checked;
                setPersonIds((ids) => (checked ? [...ids, p.id] : ids.filter((id) => id !== p.id)));
                setFormError(null);
                setErrors((all) =>
                  Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('personIds'))),
                );
              }}
            />
          ))}
        </div>
        {personError ? <p className="field-error">{personError}</p> : null}
      </Fieldset>
      {household ? (
        <p className="muted small">
          Ist niemand mehr ausgewählt, bleibt der Haushalt leer stehen und kann danach gelöscht werden.
        </p>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {household ? 'Änderungen speichern' : 'Haushalt speichern'}
        </Button>
      </div>
    </form>
  );
}
