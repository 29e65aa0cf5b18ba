import {
  shareSectionLabels,
  shareSections,
  type TConsent,
  type TShareInput,
  ZShareInputSchema,
  ZShareSection,
} from '@lotse/shared';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, LiveMessage, RadioGroup, Select, Spinner, TextField } from '../../ui/index.ts';
import { issuesToFields } from '../format.ts';
import { LawText } from '../law/LawCitation.tsx';
import { useCreateShare, useDocumentsWhen } from './api.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { type RunningProvider, sectionNames } from './labels.ts';
import { useFieldErrors } from './useFieldErrors.ts';

type Basis = TShareInput['basis'];

const sectionChoices = shareSections.map((s) => ({ value: s, label: shareSectionLabels[s] }));

/** The sections given consents cover for a provider: a hint while choosing; the server decides. */
function consentedFor(consents: TConsent[], providerId: string): string {
  const covered = new Set(
    consents.filter((c) => c.provider.id === providerId && c.status === 'given').flatMap((c) => c.sections),
  );
  const ordered = shareSections.filter((s) => covered.has(s));
  return ordered.length > 0
    ? `Erteilte Einwilligungen für diesen Träger umfassen: ${sectionNames(ordered)}.`
    : 'Für diesen Träger ist keine Einwilligung erteilt.';
}

/**
 * "Freigabe anlegen": opens chosen sections of the case to a provider whose help runs, on the family's
 * consents or on a legal ground stated here. The server refuses (409) sections no consent covers.
 */
export function ShareForm(props: {
  caseId: string;
  providers: RunningProvider[];
  consents: TConsent[];
  onDone: (message: string) => void;
}) {
  const share = useCreateShare(props.caseId);
  const [providerId, setProviderId] = useState(
    props.providers.length === 1 ? (props.providers[0]?.id ?? '') : '',
  );
  const [sections, setSections] = useState<string[]>([]);
  const [basis, setBasis] = useState<Basis>('consent');
  const [legalGround, setLegalGround] = useState('');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const form = useRef<HTMLFormElement>(null);
  const { errors, setErrors, show, fromServer, summary } = useFieldErrors(form);
  const clear = (key: string) => setErrors(({ [key]: _, ...rest }) => rest);
  const withDocuments = sections.includes('documents');
  const documents = useDocumentsWhen(props.caseId, withDocuments);

  function check(): TShareInput | null {
    const parsed = ZShareInputSchema.safeParse({
      providerId,
      sections: sections.flatMap((s) => {
        const section = ZShareSection.safeParse(s);
        return section.success ? [section.data] : [];
      }),
      basis,
      legalGround: basis === 'legal_ground' ? legalGround.trim() : null,
      documentIds: withDocuments ? documentIds : [],
    });
    const found = parsed.success ? {} : issuesToFields(parsed.error.issues);
    if (!providerId) found.providerId = 'Bitte wählen Sie den Träger.';
    if (basis === 'legal_ground' && legalGround.trim().length < 5) {
      found.legalGround = 'Bitte geben Sie die Rechtsgrundlage an (z. B. „§ 8a Abs. 4 SGB VIII“).';
    }
    if (withDocuments && documentIds.length === 0) {
      found.documentIds = 'Bitte wählen Sie die Dokumente, die der Träger sehen soll.';
    }
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
    const provider = props.providers.find((p) => p.id === input.providerId)?.name ?? 'den Träger';
    share.mutate(input, {
      onSuccess: () => props.onDone(`${provider} sieht jetzt: ${sectionNames(input.sections)}.`),
      onError: fromServer,
    });
  }

  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate>
      <LiveMessage error={summary(share)} />
      <Select
        label="Träger"
        hint={providerId ? consentedFor(props.consents, providerId) : undefined}
        placeholder="Bitte wählen"
        options={props.providers.map((p) => ({ value: p.id, label: p.name }))}
        value={providerId}
        error={errors.providerId}
        onChange={(e) => {
          setProviderId(e.target.value);
          clear('providerId');
        }}
      />
      <ChoiceGroup
        legend="Was darf der Träger sehen?"
        choices={sectionChoices}
        selected={sections}
        error={errors.sections}
        onChange={(next) => {
          setSections(next);
          clear('sections');
        }}
      />
      {withDocuments && documents.isPending ? <Spinner label="Dokumente werden geladen …" /> : null}
      {withDocuments && documents.isError ? (
        <Alert tone="danger">{errorMessage(documents.error)}</Alert>
      ) : null}
      {withDocuments && documents.data ? (
        documents.data.length > 0 ? (
          <ChoiceGroup
            legend="Welche Dokumente?"
            hint={<LawText text="Anvertraute Dokumente (§ 65 SGB VIII) können nicht freigegeben werden." />}
            choices={documents.data.map((d) => ({ value: d.id, label: d.filename }))}
            selected={documentIds}
            error={errors.documentIds}
            onChange={(next) => {
              setDocumentIds(next);
              clear('documentIds');
            }}
          />
        ) : (
          <p className={errors.documentIds ? 'field-error' : 'muted small'}>
            Der Fall hat noch keine Dokumente. Laden Sie sie zuerst unter „Dokumente“ hoch.
          </p>
        )
      ) : null}
      <RadioGroup
        legend="Grundlage"
        name="share-basis"
        options={[
          { value: 'consent', label: 'Einwilligung der Familie' },
          { value: 'legal_ground', label: 'Gesetzliche Befugnis' },
        ]}
        value={basis}
        onChange={(value) => {
          setBasis(value === 'legal_ground' ? 'legal_ground' : 'consent');
          clear('legalGround');
        }}
      />
      {basis === 'legal_ground' ? (
        <TextField
          label="Rechtsgrundlage"
          hint="Norm und Grund, z. B. „§ 8a Abs. 4 SGB VIII – Schutzauftrag“."
          maxLength={300}
          value={legalGround}
          error={errors.legalGround}
          onChange={(e) => {
            setLegalGround(e.target.value);
            clear('legalGround');
          }}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={share.isPending}>
          Freigeben
        </Button>
      </div>
    </form>
  );
}
