import {
  directoryKindLabels,
  offerLanguageLabels,
  offerLanguages,
  type TDirectoryEntry,
  type TDirectoryKind,
  type TOfferLanguage,
  ZDirectoryInputSchema,
  ZDirectoryKind,
} from '@lotse/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, Checkbox, Fieldset, Select, Textarea, TextField } from '../../ui/index.ts';
import { issuesToFields } from '../format.ts';
import { useSaveDirectoryEntry } from './api.ts';

const kindOptions = ZDirectoryKind.options.map((k) => ({ value: k, label: directoryKindLabels[k] }));
const list = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);

/** The form for a new entry of the directory, or for changing one the own office keeps. */
export function DirectoryEntryForm(props: {
  entry: TDirectoryEntry | null;
  onDone: (saved: TDirectoryEntry | null) => void;
}) {
  const e = props.entry;
  const save = useSaveDirectoryEntry(e?.id ?? null);
  const headingId = useId();
  const [name, setName] = useState(e?.name ?? '');
  const [kind, setKind] = useState<TDirectoryKind | ''>(e?.kind ?? '');
  const [topics, setTopics] = useState(e?.topics.join(', ') ?? '');
  const [languages, setLanguages] = useState<TOfferLanguage[]>(e?.languages ?? []);
  const [region, setRegion] = useState(e?.region ?? '');
  const [postcodes, setPostcodes] = useState(e?.postcodes.join(', ') ?? '');
  const [phone, setPhone] = useState(e?.phone ?? '');
  const [email, setEmail] = useState(e?.email ?? '');
  const [address, setAddress] = useState(e?.address ?? '');
  const [website, setWebsite] = useState(e?.website ?? '');
  const [notes, setNotes] = useState(e?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);

  // Into the form when it opens; to the first field to fix when a save is refused.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  useEffect(() => {
    if (Object.keys(errors).length > 0)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const fieldError = (key: string) =>
    errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      name,
      kind,
      topics: list(topics),
      languages,
      region,
      postcodes: list(postcodes),
      phone,
      email,
      address,
      website,
      notes,
    };
    const parsed = ZDirectoryInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (saved) => props.onDone(saved),
      onError: (error) => {
        if (error instanceof ApiError) setErrors(error.fields);
      },
    });
  }

  return (
    <Card aria-labelledby={headingId} className="cooperation-form">
      <h2 id={headingId}>{e ? `„${e.name}“ bearbeiten` : 'Neuer Eintrag'}</h2>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <p className="small">
          Das Verzeichnis sehen alle Jugendämter dieser Installation. Tragen Sie Dienste und Stellen ein –
          keine Angaben zu Familien.
        </p>
        <div className="grid-2">
          <TextField
            label="Name der Stelle"
            value={name}
            onChange={(ev) => setName(ev.target.value)}
            error={fieldError('name')}
          />
          <Select
            label="Art der Stelle"
            placeholder="Bitte wählen"
            options={kindOptions}
            value={kind}
            onChange={(ev) => setKind(ev.target.value as TDirectoryKind | '')}
            error={fieldError('kind') ? 'Bitte wählen Sie die Art der Stelle.' : undefined}
          />
        </div>
        <TextField
          label="Themen"
          optional
          value={topics}
          onChange={(ev) => setTopics(ev.target.value)}
          hint="Durch Kommas getrennt, z. B. kinderschutz, trauma, elterngespräch"
          error={fieldError('topics')}
        />
        <Fieldset legend="Sprachen">
          <div className="cooperation-languages">
            {offerLanguages.map((code) => (
              <Checkbox
                key={code}
                label={offerLanguageLabels[code]}
                checked={languages.includes(code)}
                onChange={(ev) =>
                  setLanguages(ev.target.checked ? [...languages, code] : languages.filter((l) => l !== code))
                }
              />
            ))}
          </div>
        </Fieldset>
        <div className="grid-2">
          <TextField
            label="Region"
            optional
            value={region}
            onChange={(ev) => setRegion(ev.target.value)}
            error={fieldError('region')}
          />
          <TextField
            label="Postleitzahlen"
            optional
            value={postcodes}
            onChange={(ev) => setPostcodes(ev.target.value)}
            hint="Leer lassen, wenn die Stelle überall hilft"
            error={fieldError('postcodes')}
          />
          <TextField
            label="Telefon"
            optional
            type="tel"
            value={phone}
            onChange={(ev) => setPhone(ev.target.value)}
            error={fieldError('phone')}
          />
          <TextField
            label="E-Mail"
            optional
            type="email"
            value={email}
            onChange={(ev) => setEmail(ev.target.value)}
            error={fieldError('email')}
          />
          <TextField
            label="Anschrift"
            optional
            value={address}
            onChange={(ev) => setAddress(ev.target.value)}
            error={fieldError('address')}
          />
          <TextField
            label="Webseite"
            optional
            type="url"
            value={website}
            onChange={(ev) => setWebsite(ev.target.value)}
            hint="Beginnt mit https://"
            error={fieldError('website')}
          />
        </div>
        <Textarea
          label="Hinweise"
          optional
          rows={3}
          value={notes}
          onChange={(ev) => setNotes(ev.target.value)}
          hint="Erreichbarkeit, Wartezeiten, wie man einen Termin bekommt"
          error={fieldError('notes')}
        />
        {save.isError ? <Alert tone="danger">{errorMessage(save.error)}</Alert> : null}
        <div className="form-actions">
          <Button type="submit" busy={save.isPending}>
            Eintrag speichern
          </Button>
          <Button variant="secondary" onClick={() => props.onDone(null)}>
            Abbrechen
          </Button>
        </div>
      </form>
    </Card>
  );
}
