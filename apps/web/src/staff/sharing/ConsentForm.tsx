import {
  casePersonRoleLabels,
  shareSectionLabels,
  shareSections,
  type TCaseDetail,
  type TConsentInput,
  ZConsentInputSchema,
  ZShareSection,
} from '@lotse/shared';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Button, LiveMessage, RadioGroup, Select, Textarea, TextField } from '../../ui/index.ts';
import { fullName, issuesToFields, todayIso } from '../format.ts';
import { useDocumentsWhen, useRecordConsent } from './api.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import type { RunningProvider } from './labels.ts';
import { useFieldErrors } from './useFieldErrors.ts';

type Source = TConsentInput['source'];

const sectionChoices = shareSections.map((s) => ({ value: s, label: shareSectionLabels[s] }));

/**
 * "Einwilligung einholen": ask a person of the case in the family app, or record the consent they
 * signed on paper (the signed form must be a document of the case).
 */
export function ConsentForm(props: {
  detail: TCaseDetail;
  providers: RunningProvider[];
  onDone: (message: string) => void;
}) {
  const record = useRecordConsent(props.detail.id);
  const [source, setSource] = useState<Source>('app');
  const [personId, setPersonId] = useState('');
  const [providerId, setProviderId] = useState(
    props.providers.length === 1 ? (props.providers[0]?.id ?? '') : '',
  );
  const [purpose, setPurpose] = useState('');
  const [sections, setSections] = useState<string[]>([]);
  const [validFrom, setValidFrom] = useState(todayIso());
  const [validUntil, setValidUntil] = useState('');
  const [documentId, setDocumentId] = useState('');
  const documents = useDocumentsWhen(props.detail.id, source === 'form');
  const form = useRef<HTMLFormElement>(null);
  const { errors, setErrors, show, fromServer, summary } = useFieldErrors(form);
  // An edited field loses its (now stale) message.
  const clear = (key: string) => setErrors(({ [key]: _, ...rest }) => rest);

  function check(): TConsentInput | null {
    const body = {
      personId,
      providerId,
      purpose,
      sections: sections.flatMap((s) => {
        const parsed = ZShareSection.safeParse(s);
        return parsed.success ? [parsed.data] : [];
      }),
      validFrom,
      validUntil: validUntil || null,
      source,
      documentId: source === 'form' ? documentId || null : null,
    };
    const parsed = ZConsentInputSchema.safeParse(body);
    const found = parsed.success ? {} : issuesToFields(parsed.error.issues);
    // Plain words where the contract only knows "Ungültige ID" or a date format.
    if (!personId) found.personId = 'Bitte wählen Sie, wessen Einwilligung es ist.';
    if (!providerId) found.providerId = 'Bitte wählen Sie den Träger.';
    if (found.validFrom) found.validFrom = 'Bitte geben Sie ein gültiges Datum an.';
    if (found.validUntil) found.validUntil = 'Bitte geben Sie ein gültiges Datum an.';
    else if (validUntil && validUntil < validFrom) found.validUntil = 'Das Ende liegt vor dem Beginn.';
    if (source === 'form' && !documentId) found.documentId = 'Bitte wählen Sie das unterschriebene Formular.';
    if (Object.keys(found).length > 0 || !parsed.success) {
      show(found);
      return null;
    }
    setErrors({});
    return parsed.data;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = check();
    if (!input) return;
    const person = props.detail.persons.find((p) => p.id === input.personId);
    const name = person ? fullName(person) : 'der Person';
    record.mutate(input, {
      onSuccess: () =>
        props.onDone(
          input.source === 'app'
            ? `Die Einwilligung ist in der Familien-App von ${name} erbeten.`
            : `Die Einwilligung von ${name} ist erfasst.`,
        ),
      onError: fromServer,
    });
  }

  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate>
      <LiveMessage error={summary(record)} />
      <RadioGroup
        legend="Wie wird eingewilligt?"
        name="consent-source"
        options={[
          { value: 'app', label: 'In der Familien-App erbitten' },
          { value: 'form', label: 'Unterschriebenes Formular erfassen' },
        ]}
        value={source}
        onChange={(value) => {
          setSource(value === 'form' ? 'form' : 'app');
          clear('documentId');
        }}
      />
      <div className="form-grid">
        <Select
          label="Person"
          hint={source === 'app' ? 'Sie braucht einen Zugang zur Familien-App.' : undefined}
          hintBelow
          placeholder="Bitte wählen"
          options={props.detail.persons.map((p) => ({
            value: p.id,
            label: `${fullName(p)} (${casePersonRoleLabels[p.role]})`,
          }))}
          value={personId}
          error={errors.personId}
          onChange={(e) => {
            setPersonId(e.target.value);
            clear('personId');
          }}
        />
        <Select
          label="Träger"
          placeholder="Bitte wählen"
          options={props.providers.map((p) => ({ value: p.id, label: p.name }))}
          value={providerId}
          error={errors.providerId}
          onChange={(e) => {
            setProviderId(e.target.value);
            clear('providerId');
          }}
        />
      </div>
      <Textarea
        label="Zweck"
        hint="In einem Satz: wofür der Träger die Daten braucht."
        rows={3}
        maxLength={500}
        value={purpose}
        error={errors.purpose}
        onChange={(e) => {
          setPurpose(e.target.value);
          clear('purpose');
        }}
      />
      <ChoiceGroup
        legend="Bereiche der Akte"
        choices={sectionChoices}
        selected={sections}
        error={errors.sections}
        onChange={(next) => {
          setSections(next);
          clear('sections');
        }}
      />
      <div className="form-grid">
        <TextField
          label="Gültig ab"
          type="date"
          value={validFrom}
          error={errors.validFrom}
          onChange={(e) => {
            setValidFrom(e.target.value);
            clear('validFrom');
          }}
        />
        <TextField
          label="Gültig bis"
          optional
          hint="Leer lassen: gilt bis auf Widerruf."
          hintBelow
          type="date"
          value={validUntil}
          error={errors.validUntil}
          onChange={(e) => {
            setValidUntil(e.target.value);
            clear('validUntil');
          }}
        />
      </div>
      {source === 'form' ? (
        <Select
          label="Unterschriebenes Formular"
          hint={
            documents.isPending
              ? 'Dokumente werden geladen …'
              : documents.data?.length === 0
                ? 'Laden Sie das unterschriebene Formular zuerst unter „Dokumente“ hoch.'
                : 'Ein Dokument des Falls.'
          }
          placeholder="Bitte wählen"
          options={(documents.data ?? []).map((d) => ({ value: d.id, label: d.filename }))}
          value={documentId}
          error={errors.documentId ?? (documents.isError ? errorMessage(documents.error) : undefined)}
          onChange={(e) => {
            setDocumentId(e.target.value);
            clear('documentId');
          }}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={record.isPending}>
          {source === 'app' ? 'In der App erbitten' : 'Einwilligung erfassen'}
        </Button>
      </div>
    </form>
  );
}
