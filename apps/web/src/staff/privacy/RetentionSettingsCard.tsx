import {
  retentionDefaults,
  type TRetentionRecordType,
  type TRetentionSettings,
  ZRetentionRecordType,
  ZUpdateRetentionSettingsSchema,
} from '@lotse/shared';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, Card, Checkbox, LiveMessage, Spinner, TextField } from '../../ui/index.ts';
import { formatDateTime, issuesToFields } from '../format.ts';
import { useRetentionSettings, useSaveRetentionSettings } from './api.ts';

type MonthsInput = Record<TRetentionRecordType, string>;

function monthsInputOf(settings: TRetentionSettings): MonthsInput {
  const out = {} as MonthsInput;
  for (const type of ZRetentionRecordType.options) out[type] = String(settings.periods[type] ?? '');
  return out;
}

function lastChange(settings: TRetentionSettings): string {
  if (!settings.updatedAt) return 'Noch nicht geändert: es gelten die Standardfristen.';
  return `Zuletzt geändert von ${settings.updatedBy ?? '–'} am ${formatDateTime(settings.updatedAt)}.`;
}

/** The form, started from the stored settings; it keeps its own state while the officer edits. */
function SettingsForm(props: { settings: TRetentionSettings }) {
  const save = useSaveRetentionSettings();
  const form = useRef<HTMLFormElement>(null);
  const [months, setMonths] = useState(() => monthsInputOf(props.settings));
  const [automatic, setAutomatic] = useState(props.settings.automatic);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);

  function focusFirstError() {
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    setSaved(null);
    const refused: Record<string, string> = {};
    const periods: Partial<Record<TRetentionRecordType, number>> = {};
    for (const type of ZRetentionRecordType.options) {
      const text = months[type].trim();
      const value = Number(text);
      if (text === '' || !Number.isInteger(value)) {
        refused[`periods.${type}`] = `${retentionDefaults[type].label}: bitte ganze Monate angeben.`;
      } else periods[type] = value;
    }
    const parsed = ZUpdateRetentionSettingsSchema.safeParse({ periods, automatic });
    const issues = parsed.success ? {} : issuesToFields(parsed.error.issues);
    const all = { ...issues, ...refused };
    setFields(all);
    if (!parsed.success || Object.keys(all).length > 0) {
      focusFirstError();
      return;
    }
    save.mutate(parsed.data, {
      onSuccess: (stored) => {
        setMonths(monthsInputOf(stored));
        setAutomatic(stored.automatic);
        setSaved(
          stored.automatic
            ? 'Die Fristen sind gespeichert. Fällige Daten werden jede Nacht automatisch gelöscht.'
            : 'Die Fristen sind gespeichert. Gelöscht wird nur, wenn Sie einen Löschlauf starten.',
        );
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
    save.isError && !(isApiError(save.error) && Object.keys(save.error.fields).length > 0)
      ? `Nicht gespeichert: ${errorMessage(save.error)}`
      : null;
  const current = save.data ?? props.settings;

  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate aria-label="Fristen">
      <div className="retention-periods">
        {ZRetentionRecordType.options.map((type) => {
          const d = retentionDefaults[type];
          return (
            <div key={type} className="retention-period">
              <TextField
                label={d.label}
                hint={
                  <>
                    <span className="retention-unit">
                      Monate {d.after}; {d.min} bis {d.max}, Standard {d.months}.
                    </span>{' '}
                    <span className="retention-basis">{d.basis}</span>
                  </>
                }
                hintBelow
                type="number"
                inputMode="numeric"
                min={d.min}
                max={d.max}
                step={1}
                value={months[type]}
                error={fields[`periods.${type}`]}
                onChange={(e) => setMonths((m) => ({ ...m, [type]: e.target.value }))}
              />
            </div>
          );
        })}
      </div>
      <Checkbox
        label="Fällige Daten jede Nacht automatisch löschen"
        hint="Um 03:30 Uhr löscht Lotse nur, was der Probelauf der Nacht davor aufgelistet hat und noch fällig ist – alles Gelöschte stand also mindestens 20 Stunden vorher in einem Bericht. Ohne Haken macht Lotse jede Nacht nur einen Probelauf; gelöscht wird erst, wenn Sie einen Löschlauf starten."
        checked={automatic}
        onChange={(e) => setAutomatic(e.target.checked)}
      />
      <p className="small muted">{lastChange(current)}</p>
      <LiveMessage error={refusal} success={saved} />
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          Fristen speichern
        </Button>
      </div>
    </form>
  );
}

/** "Fristen": how long each kind of record is kept, and whether erasure runs every night. */
export function RetentionSettingsCard() {
  const settings = useRetentionSettings();
  return (
    <Card title="Fristen" aria-label="Fristen">
      <div className="stack">
        <p className="small muted">
          Wie lange Lotse Daten nach ihrem Abschluss aufbewahrt, in Monaten. Danach sind sie fällig und werden
          mit dem nächsten Löschlauf gelöscht – außer ein Fall ist gesperrt.
        </p>
        {settings.isPending ? <Spinner label="Fristen werden geladen …" /> : null}
        {settings.isError ? (
          <Alert tone="danger" title="Die Fristen konnten nicht geladen werden">
            <p>{errorMessage(settings.error)}</p>
          </Alert>
        ) : null}
        {settings.data ? <SettingsForm settings={settings.data} /> : null}
      </div>
    </Card>
  );
}
