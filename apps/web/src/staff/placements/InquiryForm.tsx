import {
  helpTypeLabels,
  helpTypes,
  offerLanguageLabels,
  offerLanguages,
  specialisationLabels,
  specialisations,
  type TCasePerson,
  type TCasePlacements,
  type TOfferLanguage,
  type TPlacementResult,
  type TSpecialisation,
  ZHelpType,
  ZInquiryInputSchema,
} from '@lotse/shared';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, Select, Textarea, TextField } from '../../ui/index.ts';
import { issuesToFields } from '../format.ts';
import { ChoiceList } from './ChoiceList.tsx';
import { InquiryProfile } from './InquiryProfile.tsx';
import {
  DEFAULT_ANSWER_DAYS,
  facilitiesText,
  type InquiryDraft,
  MAX_ANSWER_DAYS,
  MAX_LANGUAGES,
  officeDayPlus,
  previewProfile,
} from './inquiry.ts';
import { useSendInquiry } from './inquiryApi.ts';

const helpTypeOptions = helpTypes.map((value) => ({ value, label: helpTypeLabels[value] }));

/** Field keys of the contract; messages for other keys go to the alert above the buttons. */
const FIELD_KEYS = ['helpType', 'specialisations', 'languages', 'needs', 'startBy', 'answerBy'] as const;

function knownFields(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).filter(([key]) => (FIELD_KEYS as readonly string[]).includes(key)),
  );
}

/** Checks what the server checks too, so the common mistakes are shown at the field at once. */
function check(draft: InquiryDraft, input: unknown): Record<string, string> {
  const parsed = ZInquiryInputSchema.safeParse(input);
  const fields = parsed.success ? {} : issuesToFields(parsed.error.issues);
  if (!draft.helpType) fields.helpType = 'Bitte eine Hilfeart wählen.';
  if (draft.languages.length > MAX_LANGUAGES) fields.languages = 'Höchstens sechs Sprachen.';
  if (
    !fields.answerBy &&
    (draft.answerBy < officeDayPlus(0) || draft.answerBy > officeDayPlus(MAX_ANSWER_DAYS))
  ) {
    fields.answerBy = `Bitte ein Datum zwischen heute und in ${MAX_ANSWER_DAYS} Tagen wählen.`;
  }
  if (!draft.answerBy) fields.answerBy = 'Bitte angeben, bis wann die Träger antworten sollen.';
  return fields;
}

/**
 * The inquiry to the chosen facilities: help type, specialisations and languages from the search,
 * the needs in a few words, start and deadline. Below the fields, what the providers will read —
 * the anonymised profile — so the caseworker sees it before sending.
 */
export function InquiryForm(props: {
  caseId: string;
  /** The child the place is for; the server takes age and gender from the file. */
  person: TCasePerson;
  selected: TPlacementResult[];
  initial: Pick<InquiryDraft, 'helpType' | 'specialisations' | 'languages'>;
  onRemove: (facilityId: string) => void;
  onSent: (placements: TCasePlacements, recipients: number) => void;
}) {
  const send = useSendInquiry(props.caseId);
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<InquiryDraft>(() => ({
    ...props.initial,
    needs: '',
    startBy: '',
    answerBy: officeDayPlus(DEFAULT_ANSWER_DAYS),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string[]>([]);
  const { person } = props;
  const profile = previewProfile(person, draft);
  const count = props.selected.length;

  /** The removed row takes its button along: the focus goes to the list's heading. */
  function remove(facilityId: string) {
    props.onRemove(facilityId);
    requestAnimationFrame(() => document.getElementById('inquiry-recipients-heading')?.focus());
  }

  function update(next: Partial<InquiryDraft>) {
    setDraft({ ...draft, ...next });
    const cleared = { ...errors };
    for (const key of Object.keys(next)) delete cleared[key];
    setErrors(cleared);
  }

  function showErrors(fields: Record<string, string>, others: string[]) {
    setErrors(fields);
    setRefusal(others);
    // After the render: the first marked field, else the message above the buttons.
    requestAnimationFrame(() => {
      const target =
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .inquiry-choices .field-error') ??
        form.current?.querySelector<HTMLElement>('.inquiry-refusal');
      if (target?.classList.contains('field-error')) {
        target.closest('details')?.querySelector<HTMLElement>('input')?.focus();
      } else target?.focus();
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      personId: person.id,
      helpType: draft.helpType,
      facilityIds: props.selected.map((r) => r.facilityId),
      specialisations: draft.specialisations,
      languages: draft.languages,
      needs: draft.needs,
      startBy: draft.startBy || null,
      answerBy: draft.answerBy,
    };
    const fields = check(draft, input);
    const helpType = ZHelpType.safeParse(draft.helpType);
    if (Object.keys(fields).length > 0 || !helpType.success) {
      const known = knownFields(fields);
      showErrors(
        known,
        Object.entries(fields).flatMap(([key, message]) => (key in known ? [] : [message])),
      );
      return;
    }
    setRefusal([]);
    send.mutate(
      { ...input, helpType: helpType.data, needs: draft.needs.trim() },
      {
        onSuccess: (placements) => props.onSent(placements, count),
        onError: (error) => {
          // Invalid input: the server's messages at the fields; anything else (no birth date, an
          // unknown facility, no right) in the alert above the buttons.
          const fields = isApiError(error, 400) ? error.fields : {};
          const known = knownFields(fields);
          const elsewhere =
            Object.keys(known).length === 0 || Object.keys(known).length < Object.keys(fields).length;
          showErrors(known, elsewhere ? [errorMessage(error)] : []);
        },
      },
    );
  }

  return (
    <form ref={form} className="stack inquiry-form" onSubmit={submit} noValidate>
      <Alert tone="info" title="Die Anfrage geht anonym hinaus">
        <p>
          Die Träger sehen Alter, Geschlecht und Hilfebedarf, aber keinen Namen, keine Adresse und kein
          Aktenzeichen. Schreiben Sie deshalb keine Namen, Adressen, Telefonnummern oder E-Mail-Adressen in
          den Bedarf.
        </p>
      </Alert>

      <section className="stack-sm" aria-labelledby="inquiry-recipients-heading">
        <h3 id="inquiry-recipients-heading" className="inquiry-subhead" tabIndex={-1}>
          An {facilitiesText(count)}
        </h3>
        {count === 0 ? (
          <p className="field-error">Bitte wählen Sie in den Treffern mindestens eine Einrichtung aus.</p>
        ) : (
          <ul className="plain-list inquiry-recipients">
            {props.selected.map((r) => (
              <li key={r.facilityId}>
                <span>
                  <strong>{r.facilityName}</strong> · {r.providerName} · {r.city}
                </span>
                <Button variant="link" size="sm" onClick={() => remove(r.facilityId)}>
                  Entfernen<span className="visually-hidden"> ({r.facilityName})</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {profile.age === null ? (
        <Alert tone="warning">
          Im Fall fehlt das Geburtsdatum des Kindes. Ohne Alter nimmt Lotse die Anfrage nicht an: Bitte tragen
          Sie es zuerst im Fall unter „Personen &amp; Familie“ ein.
        </Alert>
      ) : null}

      <div className="inquiry-fields">
        <Select
          label="Hilfeart"
          placeholder="Bitte wählen"
          options={helpTypeOptions}
          value={draft.helpType}
          error={errors.helpType}
          className="inquiry-field-wide"
          onChange={(e) => {
            const parsed = ZHelpType.safeParse(e.target.value);
            update({ helpType: parsed.success ? parsed.data : '' });
          }}
        />
        <TextField
          label="Beginn ab"
          type="date"
          optional
          min={officeDayPlus(0)}
          value={draft.startBy}
          error={errors.startBy}
          hint="Leer lassen, wenn der Beginn noch offen ist."
          hintBelow
          onChange={(e) => update({ startBy: e.target.value })}
        />
        <TextField
          label="Antwort bis"
          type="date"
          min={officeDayPlus(0)}
          max={officeDayPlus(MAX_ANSWER_DAYS)}
          value={draft.answerBy}
          error={errors.answerBy}
          hint={`Höchstens ${MAX_ANSWER_DAYS} Tage.`}
          hintBelow
          onChange={(e) => update({ answerBy: e.target.value })}
        />
      </div>
      <ChoiceList<TSpecialisation>
        legend="Schwerpunkte"
        options={specialisations}
        labels={specialisationLabels}
        chosen={draft.specialisations}
        error={errors.specialisations}
        onChange={(chosen) => update({ specialisations: chosen })}
      />
      <ChoiceList<TOfferLanguage>
        legend="Sprachen"
        options={offerLanguages}
        labels={offerLanguageLabels}
        chosen={draft.languages}
        error={errors.languages}
        onChange={(chosen) => update({ languages: chosen })}
      />
      <Textarea
        label="Bedarf"
        optional
        rows={4}
        maxLength={1000}
        value={draft.needs}
        error={errors.needs}
        hint="In wenigen Sätzen, ohne Namen, Adresse, Telefonnummer oder E-Mail-Adresse."
        onChange={(e) => update({ needs: e.target.value })}
      />

      <section className="inquiry-preview stack-sm" aria-labelledby="inquiry-preview-heading">
        <h3 id="inquiry-preview-heading" className="inquiry-subhead">
          So sehen die Träger die Anfrage
        </h3>
        <InquiryProfile profile={profile} answerBy={draft.answerBy} />
        <p className="small muted">
          Dazu der Name Ihres Jugendamts. Name, Anschrift und Aktenzeichen sehen die Träger nicht.
        </p>
      </section>

      {refusal.length > 0 ? (
        <div className="inquiry-refusal" tabIndex={-1}>
          <Alert tone="danger" title="Die Anfrage wurde nicht gesendet">
            {refusal.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </Alert>
        </div>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={send.isPending} disabled={count === 0}>
          {count === 1 ? 'Anfrage senden' : `Anfrage an ${count} Einrichtungen senden`}
        </Button>
      </div>
    </form>
  );
}
