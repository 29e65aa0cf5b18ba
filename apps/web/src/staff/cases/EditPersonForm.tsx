import {
  type TCaseDetail,
  type TCasePerson,
  ZCaseDetailSchema,
  ZUpdatePersonRequestSchema,
} from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, errorMessage } from '../../api/client.ts';
import { Button, LiveMessage } from '../../ui/index.ts';
import { keys } from '../api.ts';
import { fullName, issuesToFields } from '../format.ts';
import { draftOf, PersonFields, personChanges } from './PersonFields.tsx';

/** Says what the server decided anew from the changed address (social area), if anything. */
function savedMessage(before: TCasePerson, after: TCasePerson | undefined): string {
  const name = after ? fullName(after) : fullName(before);
  const message = `Die Angaben zu ${name} wurden gespeichert.`;
  if (!after) return message;
  const was = before.socialArea?.name ?? null;
  const now = after.socialArea?.name ?? null;
  if (was === now) return message;
  if (!now) return `${message} Der Adresse ist kein Sozialraum zugeordnet.`;
  return `${message} Sozialraum jetzt: ${now}${was ? ` (bisher ${was})` : ''}.`;
}

/** Edits one person of the case; only changed fields are sent. */
export function EditPersonForm(props: {
  caseId: string;
  person: TCasePerson;
  onDone: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(props.person));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const path = `/api/cases/${encodeURIComponent(props.caseId)}/persons/${encodeURIComponent(props.person.id)}`;
  const save = useMutation({
    mutationFn: (body: unknown) =>
      api<TCaseDetail>(path, { method: 'PATCH', body, schema: ZCaseDetailSchema }),
    onSuccess: async (updated) => {
      const before = queryClient.getQueryData<TCaseDetail>(keys.caseDetail(props.caseId));
      queryClient.setQueryData(keys.caseDetail(props.caseId), updated);
      const saved = savedMessage(
        props.person,
        updated.persons.find((p) => p.id === props.person.id),
      );
      // The case follows its youngest child with a known social area (server rule).
      const caseMoved =
        before && updated.socialArea && before.socialArea?.id !== updated.socialArea.id
          ? ` Der Fall liegt jetzt im Sozialraum ${updated.socialArea.name}.`
          : '';
      props.onDone(saved + caseMoved);
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
    onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const changes = personChanges(props.person, draft);
    if (Object.keys(changes).length === 0) {
      setFormError('Sie haben nichts geändert.');
      return;
    }
    const parsed = ZUpdatePersonRequestSchema.safeParse(changes);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      setFormError('Bitte prüfen Sie die markierten Felder.');
      return;
    }
    setErrors({});
    save.mutate(changes);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <LiveMessage error={save.isError ? errorMessage(save.error) : formError} />
      <PersonFields
        value={draft}
        onChange={setDraft}
        errors={errors}
        flat
        onEdited={(key) => setErrors(({ [key]: _, ...rest }) => rest)}
      />
      <p className="muted small">
        Eine geänderte Adresse ordnet die Person neu einem Sozialraum zu. Gespeichert werden nur die Felder,
        die Sie geändert haben.
      </p>
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          Änderungen speichern
        </Button>
      </div>
    </form>
  );
}
