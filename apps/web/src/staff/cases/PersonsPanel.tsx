import {
  casePersonRoleLabels,
  genderLabels,
  relationKindLabels,
  type TCaseDetail,
  type TCasePerson,
  type TRelationKind,
  ZAddCasePersonRequestSchema,
  ZAddRelationRequestSchema,
  ZRelationKind,
} from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, errorMessage } from '../../api/client.ts';
import { officeDateIso } from '../../time.ts';
import { Button, Card, Dialog, LiveMessage, Select } from '../../ui/index.ts';
import { keys } from '../api.ts';
import { formatAge, formatDate, fullName, issuesToFields, languageName } from '../format.ts';
import { EditPersonForm } from './EditPersonForm.tsx';
import { Genogram } from './genogram/Genogram.tsx';
import { HouseholdForm } from './HouseholdForm.tsx';
import { HouseholdList } from './HouseholdList.tsx';
import { emptyPerson, PersonFields, toPersonInput } from './PersonFields.tsx';

function address(p: TCasePerson): string | null {
  const street = [p.street, p.houseNumber].filter(Boolean).join(' ');
  const city = [p.postcode, p.city].filter(Boolean).join(' ');
  const text = [street, city].filter(Boolean).join(', ');
  return text || null;
}

export function PersonsPanel(props: { detail: TCaseDetail; canManage: boolean }) {
  const { detail } = props;
  const [dialog, setDialog] = useState<'person' | 'relation' | 'household' | null>(null);
  const [editing, setEditing] = useState<TCasePerson | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const open = (which: 'person' | 'relation' | 'household') => {
    setNotice(null);
    setDialog(which);
  };

  return (
    <div className="stack">
      <LiveMessage success={notice} />
      <Card
        title="Personen"
        actions={
          props.canManage ? (
            <>
              <Button variant="secondary" size="sm" onClick={() => open('person')}>
                Person hinzufügen
              </Button>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => open('relation')}
                disabled={detail.persons.length < 2}
              >
                Beziehung hinzufügen
              </Button>
              <Button variant="secondary" size="sm" onClick={() => open('household')}>
                Haushalt anlegen
              </Button>
            </>
          ) : null
        }
      >
        <ul className="plain-list person-list">
          {detail.persons.map((p) => (
            <li key={p.id} id={`person-${p.id}`} tabIndex={-1} className="person">
              <div className="person-head">
                <strong>{fullName(p)}</strong>
                <span className="muted">{casePersonRoleLabels[p.role]}</span>
              </div>
              <p className="person-meta">
                {birthText(p)}
                {' · '}
                {genderLabels[p.gender]}
                {p.languages.length ? ` · Sprachen: ${p.languages.map(languageName).join(', ')}` : ''}
                {address(p) ? (
                  <>
                    <br />
                    {address(p)}
                    {p.socialArea ? ` · Sozialraum ${p.socialArea.name}` : ''}
                  </>
                ) : null}
                {p.phone || p.email ? (
                  <>
                    <br />
                    {[p.phone, p.email].filter(Boolean).join(' · ')}
                  </>
                ) : null}
              </p>
              {props.canManage ? (
                <Button
                  variant="secondary"
                  size="sm"
                  className="person-edit"
                  onClick={() => {
                    setNotice(null);
                    setEditing(p);
                  }}
                >
                  Bearbeiten<span className="visually-hidden"> ({fullName(p)})</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
        <HouseholdList detail={detail} canManage={props.canManage} onNotice={setNotice} />
      </Card>
      <Card title="Familiendiagramm">
        <Genogram persons={detail.persons} relations={detail.relations} households={detail.households} />
      </Card>
      <Dialog
        open={dialog === 'person'}
        title="Person hinzufügen"
        size="wide"
        onClose={() => setDialog(null)}
      >
        <AddPersonForm
          caseId={detail.id}
          onDone={(name) => {
            setDialog(null);
            setNotice(`${name} wurde hinzugefügt.`);
          }}
        />
      </Dialog>
      <Dialog
        open={editing !== null}
        title={editing ? `${fullName(editing)} bearbeiten` : 'Person bearbeiten'}
        size="wide"
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <EditPersonForm
            key={editing.id}
            caseId={detail.id}
            person={editing}
            onDone={(message) => {
              setEditing(null);
              setNotice(message);
            }}
          />
        ) : null}
      </Dialog>
      <Dialog open={dialog === 'household'} title="Haushalt anlegen" onClose={() => setDialog(null)}>
        <HouseholdForm
          detail={detail}
          onDone={(message) => {
            setDialog(null);
            setNotice(message);
          }}
        />
      </Dialog>
      <Dialog open={dialog === 'relation'} title="Beziehung hinzufügen" onClose={() => setDialog(null)}>
        <AddRelationForm
          detail={detail}
          onDone={() => {
            setDialog(null);
            setNotice('Die Beziehung wurde gespeichert.');
          }}
        />
      </Dialog>
    </div>
  );
}

function AddPersonForm(props: { caseId: string; onDone: (name: string) => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(emptyPerson('relative'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useMutation({
    mutationFn: (body: unknown) =>
      api<unknown>(`/api/cases/${encodeURIComponent(props.caseId)}/persons`, { method: 'POST', body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.caseDetail(props.caseId) });
      props.onDone(`${draft.firstName} ${draft.lastName}`);
    },
    onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = { role: draft.role, person: toPersonInput(draft) };
    const parsed = ZAddCasePersonRequestSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    add.mutate(body);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <LiveMessage
        error={
          add.isError
            ? errorMessage(add.error)
            : Object.keys(errors).length
              ? 'Bitte prüfen Sie die markierten Felder.'
              : null
        }
      />
      <PersonFields
        value={draft}
        onChange={setDraft}
        errors={errors}
        onEdited={(key) => setErrors(({ [key]: _, ...rest }) => rest)}
      />
      <div className="form-actions">
        <Button type="submit" busy={add.isPending}>
          Person speichern
        </Button>
      </div>
    </form>
  );
}

const relationOptions = ZRelationKind.options.map((k) => ({ value: k, label: relationKindLabels[k] }));

function AddRelationForm(props: { detail: TCaseDetail; onDone: () => void }) {
  const queryClient = useQueryClient();
  const persons = props.detail.persons;
  const [fromPersonId, setFrom] = useState(persons[0]?.id ?? '');
  const [kind, setKind] = useState<TRelationKind>('parent');
  const [toPersonId, setTo] = useState(persons[1]?.id ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const personOptions = persons.map((p) => ({ value: p.id, label: fullName(p) }));
  const add = useMutation({
    mutationFn: (body: unknown) =>
      api<unknown>(`/api/cases/${encodeURIComponent(props.detail.id)}/relations`, { method: 'POST', body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.caseDetail(props.detail.id) });
      props.onDone();
    },
    onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = { fromPersonId, toPersonId, kind };
    const parsed = ZAddRelationRequestSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    add.mutate(body);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <LiveMessage error={add.isError ? errorMessage(add.error) : null} />
      <p className="muted">Lesart: „Person A ist … von Person B“, z. B. „Mutter ist Elternteil von Kind“.</p>
      <Select
        label="Person A"
        options={personOptions}
        value={fromPersonId}
        error={errors.fromPersonId}
        onChange={(e) => setFrom(e.target.value)}
      />
      <Select
        label="ist …"
        options={relationOptions}
        value={kind}
        error={errors.kind}
        onChange={(e) => setKind(ZRelationKind.parse(e.target.value))}
      />
      <Select
        label="von Person B"
        options={personOptions}
        value={toPersonId}
        error={errors.toPersonId}
        onChange={(e) => setTo(e.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" busy={add.isPending}>
          Beziehung speichern
        </Button>
      </div>
    </form>
  );
}

/** Birth date and age; a year worked out from an age in the request says that it is approximate. */
function birthText(p: TCasePerson): string {
  if (!p.birthDate) return 'Geburtsdatum unbekannt';
  if (!p.birthDateApproximate) return `geb. ${formatDate(p.birthDate)} (${formatAge(p.birthDate)})`;
  const year = Number(p.birthDate.slice(0, 4));
  return `geb. ca. ${year} (etwa ${Number(officeDateIso().slice(0, 4)) - year} Jahre, geschätzt aus der Anfrage)`;
}
