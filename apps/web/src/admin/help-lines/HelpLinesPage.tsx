import { defaultHelpLines, type THelpLine, type THelpLineKey } from '@lotse/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  LiveMessage,
  PageHeader,
  Spinner,
  TextField,
} from '../../ui/index.ts';
import { useAdminHelpLines, useSaveHelpLines } from '../api.ts';
import { useUnsavedChangesWarning } from '../useUnsavedChangesWarning.ts';

/** What each line is for, as the administration reads it (families see their own texts). */
const helpLineLabels: Record<THelpLineKey, { name: string; shownWhen: string }> = {
  police: { name: 'Polizei', shownWhen: 'immer, als Notruf' },
  fire: { name: 'Feuerwehr und Rettungsdienst', shownWhen: 'immer, als Notruf' },
  kids: {
    name: 'Nummer gegen Kummer (Kinder und Jugendliche)',
    shownWhen: 'immer; zuerst bei Suizid- und Selbstverletzungshinweisen',
  },
  parents: { name: 'Elterntelefon', shownWhen: 'immer' },
  women: { name: 'Hilfetelefon Gewalt gegen Frauen', shownWhen: 'immer' },
  crisis: { name: 'Telefonseelsorge', shownWhen: 'bei Hinweisen auf Suizidgedanken oder Selbstverletzung' },
  crisis_alt: { name: 'Telefonseelsorge (zweite Nummer)', shownWhen: 'wie Telefonseelsorge' },
  abuse: { name: 'Hilfetelefon Sexueller Missbrauch', shownWhen: 'bei Hinweisen auf sexualisierte Gewalt' },
};

type Draft = Record<THelpLineKey, { phone: string; enabled: boolean }>;
const toDraft = (lines: THelpLine[]) =>
  Object.fromEntries(lines.map((l) => [l.key, { phone: l.phone, enabled: l.enabled }])) as Draft;

/** "Notrufnummern": the emergency, crisis and counselling numbers the family app shows. */
export function HelpLinesPage() {
  const lines = useAdminHelpLines();
  const save = useSaveHelpLines();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (lines.data && !draft) setDraft(toDraft(lines.data));
  }, [lines.data, draft]);
  const dirty = Boolean(lines.data && draft && JSON.stringify(toDraft(lines.data)) !== JSON.stringify(draft));
  useUnsavedChangesWarning(dirty);

  function change(key: THelpLineKey, next: Partial<Draft[THelpLineKey]>) {
    if (!draft) return;
    setSaved(false);
    setDraft({ ...draft, [key]: { ...draft[key], ...next } });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft || !lines.data) return;
    setErrors({});
    const body = { lines: lines.data.map((l) => ({ key: l.key, ...draft[l.key] })) };
    save.mutate(body, {
      onSuccess: (fresh) => {
        setDraft(toDraft(fresh));
        setSaved(true);
      },
      onError: (error) => setErrors(isApiError(error) ? error.fields : {}),
    });
  }

  return (
    <>
      <title>Notrufnummern – Verwaltung – Lotse</title>
      <PageHeader
        title="Notrufnummern"
        lead="Die Notruf-, Krisen- und Beratungsnummern, die Familien in Lotse sehen. Namen und Erklärungen zeigt die Familien-App in der Sprache der Familie."
      />
      {lines.isPending ? <Spinner /> : null}
      {lines.isError ? (
        <Alert tone="danger" title="Die Nummern konnten nicht geladen werden">
          <p>{errorMessage(lines.error)}</p>
        </Alert>
      ) : null}
      {lines.data && draft ? (
        <form className="stack" onSubmit={submit} noValidate>
          <LiveMessage
            error={save.isError ? `Nicht gespeichert: ${errorMessage(save.error)}` : null}
            success={saved ? 'Gespeichert. Familien sehen die Nummern ab sofort.' : null}
          />
          {lines.data.map((line, index) => {
            const label = helpLineLabels[line.key];
            const value = draft[line.key];
            return (
              <Card key={line.key} title={label.name} className="admin-help-line">
                <div className="form-grid">
                  <TextField
                    label="Telefonnummer"
                    type="tel"
                    autoComplete="off"
                    maxLength={40}
                    value={value.phone}
                    hint={`Angezeigt ${label.shownWhen}. Bundesweit: ${defaultHelpLines[line.key]}`}
                    error={errors[`lines.${index}.phone`]}
                    onChange={(e) => change(line.key, { phone: e.target.value })}
                  />
                  <Checkbox
                    label="In der Familien-App zeigen"
                    checked={value.enabled}
                    onChange={(e) => change(line.key, { enabled: e.target.checked })}
                  />
                </div>
                {value.phone !== defaultHelpLines[line.key] ? (
                  <div>
                    <Button
                      variant="link"
                      size="sm"
                      onClick={() => change(line.key, { phone: defaultHelpLines[line.key] })}
                    >
                      Bundesweite Nummer wieder eintragen
                    </Button>
                  </div>
                ) : null}
              </Card>
            );
          })}
          <div className="admin-action-bar">
            <Button type="submit" busy={save.isPending} disabled={!dirty}>
              Speichern
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}
