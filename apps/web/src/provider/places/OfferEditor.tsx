import {
  genderLabels,
  helpTypeLabels,
  helpTypes,
  offerGenders,
  offerLanguageLabels,
  offerLanguages,
  offerSettingLabels,
  specialisationLabels,
  specialisations,
  type TOffer,
  type TOfferUpdate,
  ZOfferUpdateSchema,
} from '@lotse/shared';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { issuesToFields } from '../../staff/format.ts';
import { Button, Checkbox, Dialog, Fieldset, LiveMessage, Textarea, TextField } from '../../ui/index.ts';
import { useUpdateOffer } from '../api.ts';

/**
 * "Angebot bearbeiten" for provider admins: a button beside the offer and a dialog with its
 * description. Every office the provider serves sees the change at once; the message stays beside
 * the offer after the dialog closes.
 */
export function OfferEditor({ offer }: { offer: TOffer }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <p>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            setSaved(null);
            setOpen(true);
          }}
        >
          Angebot bearbeiten<span className="visually-hidden"> – {offer.title}</span>
        </Button>
      </p>
      <LiveMessage success={saved} />
      <Dialog open={open} size="wide" title="Angebot bearbeiten" onClose={() => setOpen(false)}>
        <OfferForm
          offer={offer}
          onCancel={() => setOpen(false)}
          onSaved={(title) => {
            setOpen(false);
            setSaved(`Angebot „${title}“ gespeichert.`);
          }}
        />
      </Dialog>
    </>
  );
}

interface Draft {
  title: string;
  description: string;
  helpTypes: TOfferUpdate['helpTypes'];
  ageMin: string;
  ageMax: string;
  genders: TOfferUpdate['genders'];
  specialisations: TOfferUpdate['specialisations'];
  languages: TOfferUpdate['languages'];
  active: boolean;
}

const draftOf = (offer: TOffer): Draft => ({
  title: offer.title,
  description: offer.description,
  helpTypes: offer.helpTypes,
  ageMin: String(offer.ageMin),
  ageMax: String(offer.ageMax),
  genders: offer.genders,
  specialisations: offer.specialisations,
  languages: offer.languages,
  active: offer.active,
});

/** An age typed into the form: a whole number from 0 to 27, or the German reason it is not. */
function checkAge(text: string): number | string {
  if (!/^\s*\d+\s*$/.test(text)) return 'Bitte eine ganze Zahl angeben.';
  const age = Number(text);
  return age > 27 ? 'Jugendhilfe gibt es bis 27 Jahre.' : age;
}

/** Adds or removes one value, keeping the order of the vocabulary. */
function toggled<T extends string>(
  vocabulary: readonly T[],
  chosen: readonly T[],
  value: T,
  on: boolean,
): T[] {
  return vocabulary.filter((v) => (v === value ? on : chosen.includes(v)));
}

function OfferForm(props: { offer: TOffer; onCancel: () => void; onSaved: (title: string) => void }) {
  const update = useUpdateOffer(props.offer.id);
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => draftOf(props.offer));
  const [fields, setFields] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  function focusFirstError() {
    requestAnimationFrame(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input')?.focus(),
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    update.reset();
    const ageMin = checkAge(draft.ageMin);
    const ageMax = checkAge(draft.ageMax);
    const parsed = ZOfferUpdateSchema.safeParse({
      ...draft,
      title: draft.title.trim(),
      description: draft.description.trim(),
      ageMin: typeof ageMin === 'number' ? ageMin : 0,
      ageMax: typeof ageMax === 'number' ? ageMax : 27,
    });
    const refused = parsed.success ? {} : issuesToFields(parsed.error.issues);
    if (typeof ageMin === 'string') refused.ageMin = ageMin;
    if (typeof ageMax === 'string') refused.ageMax = ageMax;
    setFields(refused);
    if (!parsed.success || Object.keys(refused).length > 0) {
      focusFirstError();
      return;
    }
    void send(parsed.data);
  }

  async function send(input: TOfferUpdate) {
    try {
      await update.mutateAsync(input);
      props.onSaved(input.title);
    } catch (failure) {
      if (isApiError(failure)) {
        setFields(failure.fields);
        focusFirstError();
      }
    }
  }

  const refusal = update.isError
    ? isApiError(update.error) && update.error.code === 'validation'
      ? 'Nicht gespeichert. Bitte prüfen Sie die markierten Angaben.'
      : `Nicht gespeichert: ${errorMessage(update.error)}`
    : null;

  return (
    <form
      ref={form}
      className="stack"
      onSubmit={submit}
      noValidate
      aria-label={`Angebot: ${props.offer.title}`}
    >
      <p className="small muted">
        Die Jugendämter sehen die Angaben bei der Platzsuche, Familien im Verzeichnis der Angebote. Form der
        Hilfe: {offerSettingLabels[props.offer.setting]}.
      </p>
      <TextField
        label="Titel"
        maxLength={200}
        value={draft.title}
        error={fields.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <Textarea
        label="Beschreibung"
        optional
        rows={4}
        maxLength={2000}
        value={draft.description}
        error={fields.description}
        onChange={(e) => set('description', e.target.value)}
      />
      <ChoiceGroup
        legend="Hilfearten"
        error={fields.helpTypes}
        options={helpTypes.map((h) => ({ value: h, label: helpTypeLabels[h] }))}
        chosen={draft.helpTypes}
        onChange={(value, on) => set('helpTypes', toggled(helpTypes, draft.helpTypes, value, on))}
      />
      <Fieldset legend="Alter">
        <div className="form-grid provider-ages">
          <TextField
            label="von (Jahre)"
            type="number"
            inputMode="numeric"
            min={0}
            max={27}
            value={draft.ageMin}
            error={fields.ageMin}
            onChange={(e) => set('ageMin', e.target.value)}
          />
          <TextField
            label="bis (Jahre)"
            type="number"
            inputMode="numeric"
            min={0}
            max={27}
            value={draft.ageMax}
            error={fields.ageMax}
            onChange={(e) => set('ageMax', e.target.value)}
          />
        </div>
      </Fieldset>
      <ChoiceGroup
        legend="Geschlecht"
        hint="Keine Auswahl: für alle."
        error={fields.genders}
        options={offerGenders.map((g) => ({ value: g, label: genderLabels[g] }))}
        chosen={draft.genders}
        onChange={(value, on) => set('genders', toggled(offerGenders, draft.genders, value, on))}
      />
      <ChoiceGroup
        legend="Schwerpunkte"
        error={fields.specialisations}
        options={specialisations.map((s) => ({ value: s, label: specialisationLabels[s] }))}
        chosen={draft.specialisations}
        onChange={(value, on) =>
          set('specialisations', toggled(specialisations, draft.specialisations, value, on))
        }
      />
      <ChoiceGroup
        legend="Sprachen des Teams"
        error={fields.languages}
        options={offerLanguages.map((l) => ({ value: l, label: offerLanguageLabels[l] }))}
        chosen={draft.languages}
        onChange={(value, on) => set('languages', toggled(offerLanguages, draft.languages, value, on))}
      />
      <Checkbox
        label="Angebot ist aktiv"
        hint="Nur aktive Angebote erscheinen in der Platzsuche der Jugendämter."
        checked={draft.active}
        onChange={(e) => set('active', e.target.checked)}
      />
      <LiveMessage error={refusal} />
      <div className="form-actions">
        <Button type="submit" busy={update.isPending}>
          Angebot speichern
        </Button>
        <Button variant="secondary" onClick={props.onCancel} disabled={update.isPending}>
          Abbrechen
        </Button>
      </div>
    </form>
  );
}

/** Checkboxes for a list of values in a fieldset, with a hint and the server's message. */
function ChoiceGroup<T extends string>(props: {
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: { value: T; label: string }[];
  chosen: readonly T[];
  onChange: (value: T, on: boolean) => void;
}) {
  return (
    <Fieldset legend={props.legend}>
      <div className="stack-sm" data-invalid={props.error ? true : undefined}>
        {props.hint ? <p className="field-hint">{props.hint}</p> : null}
        {props.error ? <p className="field-error">{props.error}</p> : null}
        <div className="checkbox-list provider-choices">
          {props.options.map((o) => (
            <Checkbox
              key={o.value}
              label={o.label}
              checked={props.chosen.includes(o.value)}
              onChange={(e) => props.onChange(o.value, e.target.checked)}
            />
          ))}
        </div>
      </div>
    </Fieldset>
  );
}
