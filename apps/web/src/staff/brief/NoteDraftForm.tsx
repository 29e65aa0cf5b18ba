import type { TCaseBrief } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, LiveMessage, Textarea, TextField } from '../../ui/index.ts';
import { useSaveBriefNote } from './api.ts';
import { briefAsText, noteTitleOf } from './briefText.ts';

/**
 * "Als Notiz-Entwurf übernehmen": the brief as editable text, saved as a normal note of the case.
 * Machine-written text becomes part of the file only after a caseworker's edit: until the text
 * differs from what was generated, saving stays disabled.
 */
export function NoteDraftForm(props: { brief: TCaseBrief; onClose: () => void }) {
  const { brief } = props;
  const generated = briefAsText(brief);
  const [title, setTitle] = useState(noteTitleOf(brief));
  const [body, setBody] = useState(generated);
  const save = useSaveBriefNote(brief.caseId);
  const unedited = brief.machineWritten && body.trim() === generated.trim();
  const saved = save.data;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (unedited || !title.trim()) return;
    save.mutate({ title: title.trim(), body });
  }

  return (
    <Card title="Notiz-Entwurf" aria-label="Notiz-Entwurf" className="brief-note no-print">
      {saved ? (
        <div className="stack-sm">
          <LiveMessage success="Die Notiz wurde im Verlauf des Falls gespeichert." />
          <p>
            <Link to={`/fachkraft/faelle/${brief.caseId}#eintrag-${saved.id}`}>Notiz im Verlauf öffnen</Link>
          </p>
          <div>
            <Button variant="secondary" onClick={props.onClose}>
              Entwurf schließen
            </Button>
          </div>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <LiveMessage error={save.isError ? errorMessage(save.error) : null} />
          {brief.machineWritten ? (
            <Alert tone="warning" title="Maschinell formulierter Text">
              <p>
                Der Text enthält Sätze, die der KI-Dienst umformuliert hat. Prüfen und bearbeiten Sie ihn:
                Speichern ist erst möglich, wenn Sie den Text geändert haben.
              </p>
            </Alert>
          ) : null}
          <TextField
            label="Titel der Notiz"
            required
            maxLength={300}
            value={title}
            error={title.trim() ? undefined : 'Bitte geben Sie einen Titel an.'}
            onChange={(e) => setTitle(e.target.value)}
          />
          <Textarea
            label="Text der Notiz"
            hint="Wird als normale Notiz im Verlauf des Falls gespeichert."
            rows={16}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          <div className="form-actions">
            <Button type="submit" busy={save.isPending} disabled={unedited || !title.trim()}>
              Als Notiz speichern
            </Button>
            <Button variant="secondary" onClick={props.onClose}>
              Verwerfen
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
