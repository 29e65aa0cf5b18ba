import { type TDataSubjectRequest, ZRecordDataSubjectRequestSchema } from '@lotse/shared';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Button, LiveMessage, Select, Textarea, TextField } from '../../ui/index.ts';
import { issuesToFields, todayIso } from '../format.ts';
import { useRecordRequest } from './api.ts';
import { rightOptions } from './requestLabels.ts';

/** "Antrag erfassen": what the person asked for, when it arrived, in the officer's words. */
export function RecordRequestForm(props: {
  personId: string;
  onRecorded: (request: TDataSubjectRequest) => void;
}) {
  const record = useRecordRequest(props.personId);
  const form = useRef<HTMLFormElement>(null);
  const [right, setRight] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayIso);
  const [note, setNote] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});

  function focusFirstError() {
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    record.reset();
    const parsed = ZRecordDataSubjectRequestSchema.safeParse({ right, receivedOn, note });
    const refused = parsed.success ? {} : issuesToFields(parsed.error.issues);
    if (refused.right) refused.right = 'Bitte wählen Sie, welches Recht die Person geltend macht.';
    if (!receivedOn) refused.receivedOn = 'Bitte das Datum des Eingangs angeben.';
    else if (receivedOn > todayIso()) refused.receivedOn = 'Der Eingang kann nicht in der Zukunft liegen.';
    setFields(refused);
    if (!parsed.success || Object.keys(refused).length > 0) {
      focusFirstError();
      return;
    }
    record.mutate(parsed.data, {
      onSuccess: (created) => {
        setRight('');
        setReceivedOn(todayIso());
        setNote('');
        props.onRecorded(created);
      },
      onError: (error) => {
        if (isApiError(error) && Object.keys(error.fields).length > 0) {
          setFields(error.fields);
          focusFirstError();
        }
      },
    });
  }

  const refusal =
    record.isError && !(isApiError(record.error) && Object.keys(record.error.fields).length > 0)
      ? `Nicht gespeichert: ${errorMessage(record.error)}`
      : null;

  return (
    <form
      ref={form}
      className="stack privacy-record-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="privacy-record-title"
    >
      <h3 id="privacy-record-title">Neuen Antrag erfassen</h3>
      <div className="form-grid">
        <Select
          label="Recht"
          placeholder="Bitte wählen"
          options={rightOptions}
          value={right}
          error={fields.right}
          onChange={(e) => setRight(e.target.value)}
        />
        <TextField
          label="Eingegangen am"
          type="date"
          max={todayIso()}
          value={receivedOn}
          error={fields.receivedOn}
          hint="Die Frist von einem Monat (Art. 12 Abs. 3 DSGVO) läuft ab diesem Tag."
          hintBelow
          onChange={(e) => setReceivedOn(e.target.value)}
        />
        <Textarea
          className="span-all"
          label="Was verlangt die Person?"
          hint="In Ihren Worten, z. B. welche Angaben berichtigt oder gelöscht werden sollen."
          rows={4}
          maxLength={4000}
          value={note}
          error={fields.note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <LiveMessage error={refusal} />
      <div className="form-actions">
        <Button type="submit" busy={record.isPending}>
          Antrag erfassen
        </Button>
      </div>
    </form>
  );
}
