import { type TDataSubjectRequest, ZDecideDataSubjectRequestSchema } from '@lotse/shared';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Button, LiveMessage, Select, Textarea } from '../../ui/index.ts';
import { issuesToFields } from '../format.ts';
import { useDecideRequest } from './api.ts';

const outcomeOptions = [
  { value: 'done', label: 'Erledigt – dem Antrag entsprochen' },
  { value: 'refused', label: 'Abgelehnt' },
];

/** The decision on an open request: done (what was done) or refused (the legal ground). */
export function DecideRequestForm(props: {
  request: TDataSubjectRequest;
  label: string;
  onDecided: (request: TDataSubjectRequest) => void;
}) {
  const decide = useDecideRequest(props.request.personId);
  const form = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState('');
  const [decision, setDecision] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});

  function focusFirstError() {
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    decide.reset();
    const parsed = ZDecideDataSubjectRequestSchema.safeParse({ status, decision });
    const refused = parsed.success ? {} : issuesToFields(parsed.error.issues);
    if (refused.status) refused.status = 'Bitte wählen Sie: erledigt oder abgelehnt.';
    setFields(refused);
    if (!parsed.success) {
      focusFirstError();
      return;
    }
    decide.mutate(
      { requestId: props.request.id, input: parsed.data },
      {
        onSuccess: (decided) => props.onDecided(decided),
        onError: (error) => {
          if (isApiError(error) && Object.keys(error.fields).length > 0) {
            setFields(error.fields);
            focusFirstError();
          }
        },
      },
    );
  }

  const refusal =
    decide.isError && !(isApiError(decide.error) && Object.keys(decide.error.fields).length > 0)
      ? `Nicht gespeichert: ${errorMessage(decide.error)}`
      : null;

  return (
    <form
      ref={form}
      className="stack-sm privacy-decide"
      onSubmit={submit}
      noValidate
      aria-label={props.label}
    >
      <Select
        label="Entscheidung"
        placeholder="Bitte wählen"
        options={outcomeOptions}
        value={status}
        error={fields.status}
        onChange={(e) => setStatus(e.target.value)}
      />
      <Textarea
        label="Begründung"
        hint="Was getan wurde, oder warum nicht – mit Rechtsgrundlage."
        rows={3}
        maxLength={4000}
        value={decision}
        error={fields.decision}
        onChange={(e) => setDecision(e.target.value)}
      />
      <LiveMessage error={refusal} />
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={decide.isPending}>
          Entscheidung speichern
        </Button>
      </div>
    </form>
  );
}
