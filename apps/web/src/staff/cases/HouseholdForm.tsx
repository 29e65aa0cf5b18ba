import { type TCaseDetail, ZCaseDetailSchema, ZCreateHouseholdRequestSchema } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, errorMessage } from '../../api/client.ts';
import { Button, Checkbox, Fieldset, LiveMessage, TextField } from '../../ui/index.ts';
import { keys } from '../api.ts';
import { fullName, issuesToFields } from '../format.ts';

/** Records which persons of the case live together (Haushalt). */
export function HouseholdForm(props: { detail: TCaseDetail; onDone: (label: string) => void }) {
  const { detail } = props;
  const queryClient = useQueryClient();
  const [label, setLabel] = useState('');
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: (body: { label: string; personIds: string[] }) =>
      api<TCaseDetail>(`/api/cases/${encodeURIComponent(detail.id)}/households`, {
        method: 'POST',
        body,
        schema: ZCaseDetailSchema,
      }),
    onSuccess: (updated, body) => {
      queryClient.setQueryData(keys.caseDetail(detail.id), updated);
      props.onDone(body.label);
    },
    onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    // Keep the order of the case's person list, not the order of clicking.
    const body = {
      label: label.trim(),
      personIds: detail.persons.map((p) => p.id).filter((id) => personIds.includes(id)),
    };
    const parsed = ZCreateHouseholdRequestSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    create.mutate(body);
  }

  const personError =
    errors.personIds ?? Object.entries(errors).find(([k]) => k.startsWith('personIds.'))?.[1];

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <LiveMessage
        error={
          create.isError
            ? errorMessage(create.error)
            : Object.keys(errors).length
              ? 'Bitte prüfen Sie die markierten Felder.'
              : null
        }
      />
      <TextField
        label="Bezeichnung"
        hint="Zum Beispiel „Haushalt des Vaters, Tulpenweg 3“."
        required
        maxLength={200}
        value={label}
        error={errors.label}
        onChange={(e) => {
          setLabel(e.target.value);
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
                setErrors((all) =>
                  Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('personIds'))),
                );
              }}
            />
          ))}
        </div>
        {personError ? <p className="field-error">{personError}</p> : null}
      </Fieldset>
      <div className="form-actions">
        <Button type="submit" busy={create.isPending}>
          Haushalt speichern
        </Button>
      </div>
    </form>
  );
}
