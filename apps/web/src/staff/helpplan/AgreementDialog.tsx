import {
  agreementOwnerKindLabels,
  agreementStatusLabels,
  type TAgreement,
  ZAgreementSchema,
} from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { Button, Dialog, Select, Textarea, TextField } from '../../ui/index.ts';
import { issuesToFields } from '../format.ts';
import { newId } from './draft.ts';

const ownerOptions = (Object.keys(agreementOwnerKindLabels) as TAgreement['owner']['kind'][]).map((k) => ({
  value: k,
  label: agreementOwnerKindLabels[k],
}));
const statusOptions = (Object.keys(agreementStatusLabels) as TAgreement['status'][]).map((s) => ({
  value: s,
  label: agreementStatusLabels[s],
}));

export function emptyAgreement(): TAgreement {
  return {
    id: newId(),
    text: '',
    familySummary: '',
    owner: { kind: 'family', name: '' },
    status: 'open',
    dueOn: null,
  };
}

/** Adds or edits one agreement; checked with the contract's schema before it goes on the board. */
export function AgreementDialog(props: {
  agreement: TAgreement | null;
  isNew: boolean;
  onSave: (agreement: TAgreement) => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={props.agreement !== null}
      title={props.isNew ? 'Vereinbarung hinzufügen' : 'Vereinbarung bearbeiten'}
      onClose={props.onClose}
    >
      {props.agreement ? (
        <AgreementForm key={props.agreement.id} {...props} initial={props.agreement} />
      ) : null}
    </Dialog>
  );
}

function AgreementForm(props: {
  initial: TAgreement;
  isNew: boolean;
  onSave: (agreement: TAgreement) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState<TAgreement>(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const parsed = ZAgreementSchema.safeParse(value);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    props.onSave(parsed.data);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        label="Was wird vereinbart?"
        required
        maxLength={200}
        value={value.text}
        error={errors.text}
        onChange={(e) => setValue({ ...value, text: e.target.value })}
      />
      <div className="form-grid">
        <Select
          label="Wer ist zuständig?"
          options={ownerOptions}
          value={value.owner.kind}
          onChange={(e) =>
            setValue({
              ...value,
              owner: { ...value.owner, kind: e.target.value as TAgreement['owner']['kind'] },
            })
          }
        />
        <TextField
          label="Name"
          hint="z. B. Frau Schneider, Familienhilfe Nord e. V."
          hintBelow
          required
          maxLength={200}
          value={value.owner.name}
          error={errors['owner.name']}
          onChange={(e) => setValue({ ...value, owner: { ...value.owner, name: e.target.value } })}
        />
        <TextField
          label="Fällig am"
          type="date"
          optional
          value={value.dueOn ?? ''}
          error={errors.dueOn}
          onChange={(e) => setValue({ ...value, dueOn: e.target.value || null })}
        />
        <Select
          label="Stand"
          options={statusOptions}
          value={value.status}
          onChange={(e) => setValue({ ...value, status: e.target.value as TAgreement['status'] })}
        />
      </div>
      <Textarea
        label="In einfachen Worten für die Familie"
        optional
        rows={2}
        value={value.familySummary}
        error={errors.familySummary}
        onChange={(e) => setValue({ ...value, familySummary: e.target.value })}
      />
      <div className="form-actions">
        <Button type="submit">{props.isNew ? 'Hinzufügen' : 'Übernehmen'}</Button>
        <Button variant="secondary" onClick={props.onClose}>
          Abbrechen
        </Button>
      </div>
    </form>
  );
}
