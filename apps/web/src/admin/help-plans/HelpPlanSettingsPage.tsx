import { type THelpPlanSettings, ZHelpPlanSettingsSchema } from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { api, errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, Card, LiveMessage, PageHeader, Spinner, TextField } from '../../ui/index.ts';
import { useUnsavedChangesWarning } from '../useUnsavedChangesWarning.ts';

const settingsKey = ['help-plan-settings'] as const;
type Draft = { reviewMonths: string; reminderLeadDays: string };
const toDraft = (s: THelpPlanSettings): Draft => ({
  reviewMonths: String(s.reviewMonths),
  reminderLeadDays: String(s.reminderLeadDays),
});

/** "Hilfeplanung": after how many months a help plan is reviewed by default, and when to remind. */
export function HelpPlanSettingsPage() {
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => api('/api/help-plan-settings', { schema: ZHelpPlanSettingsSchema }),
  });
  const save = useMutation({
    mutationFn: (body: THelpPlanSettings) =>
      api('/api/admin/help-plan-settings', { method: 'PUT', body, schema: ZHelpPlanSettingsSchema }),
    onSuccess: (fresh) => queryClient.setQueryData(settingsKey, fresh),
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings.data && !draft) setDraft(toDraft(settings.data));
  }, [settings.data, draft]);
  const dirty = Boolean(
    settings.data && draft && JSON.stringify(toDraft(settings.data)) !== JSON.stringify(draft),
  );
  useUnsavedChangesWarning(dirty);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setSaved(false);
    const parsed = ZHelpPlanSettingsSchema.safeParse({
      reviewMonths: draft.reviewMonths.trim() === '' ? Number.NaN : Number(draft.reviewMonths),
      reminderLeadDays: draft.reminderLeadDays.trim() === '' ? Number.NaN : Number(draft.reminderLeadDays),
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (fresh) => {
        setDraft(toDraft(fresh));
        setSaved(true);
      },
      onError: (error) => setErrors(isApiError(error) ? error.fields : {}),
    });
  }

  return (
    <>
      <title>Hilfeplanung – Verwaltung – Lotse</title>
      <PageHeader
        title="Hilfeplanung"
        lead="Voreinstellungen für Hilfepläne nach § 36 SGB VIII. Im einzelnen Hilfeplan kann die Fachkraft einen anderen Termin wählen."
      />
      {settings.isPending ? <Spinner /> : null}
      {settings.isError ? (
        <Alert tone="danger" title="Die Einstellungen konnten nicht geladen werden">
          <p>{errorMessage(settings.error)}</p>
        </Alert>
      ) : null}
      {draft ? (
        <form className="stack" onSubmit={submit} noValidate>
          <LiveMessage
            error={save.isError ? `Nicht gespeichert: ${errorMessage(save.error)}` : null}
            success={saved ? 'Gespeichert. Neue Hilfepläne verwenden die Einstellungen ab sofort.' : null}
          />
          <Card title="Überprüfung und Erinnerung">
            <div className="form-grid">
              <TextField
                label="Überprüfung nach (Monaten)"
                inputMode="numeric"
                value={draft.reviewMonths}
                hint="Wie viele Monate nach Beginn der Hilfe die Überprüfung (Fortschreibung) fällig ist. Üblich: 6."
                error={errors.reviewMonths}
                onChange={(e) => setDraft({ ...draft, reviewMonths: e.target.value })}
              />
              <TextField
                label="Erinnerung vorher (Tage)"
                inputMode="numeric"
                value={draft.reminderLeadDays}
                hint="So viele Tage vor der Überprüfung bekommt die fallführende Fachkraft eine Aufgabe in „Mein Tag“."
                error={errors.reminderLeadDays}
                onChange={(e) => setDraft({ ...draft, reminderLeadDays: e.target.value })}
              />
            </div>
          </Card>
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
