import { intakeTopicLabels, limits, type TInboxDetail } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Button, Dialog, LiveMessage, TextField } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { useOpenCase } from './api.ts';

/** The title the server would choose, offered for editing. */
function suggestedTitle(detail: TInboxDetail): string {
  return `${intakeTopicLabels[detail.topic]} – Anfrage vom ${formatDate(detail.createdAt)}`;
}

/** Confirms opening a case from the request; afterwards the user lands on the new case. */
export function OpenCaseDialog(props: { open: boolean; detail: TInboxDetail; onClose: () => void }) {
  return (
    <Dialog open={props.open} title="Fall anlegen" onClose={props.onClose}>
      <OpenCaseForm detail={props.detail} onClose={props.onClose} />
    </Dialog>
  );
}

function OpenCaseForm(props: { detail: TInboxDetail; onClose: () => void }) {
  const navigate = useNavigate();
  const openCase = useOpenCase(props.detail.id);
  const [title, setTitle] = useState(() => suggestedTitle(props.detail));
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed.length < 3) {
      setError('Der Titel braucht mindestens 3 Zeichen.');
      return;
    }
    setError(undefined);
    openCase.mutate(trimmed, {
      onSuccess: (created) => navigate(`/fachkraft/faelle/${created.id}`),
    });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="dialog-intro">
        <p>
          Aus der Anfrage wird ein Fall im Team {props.detail.team.name}. Die Personen aus der Anfrage und das
          Anliegen mit dem Gesprächsverlauf werden übernommen; Sie können sie im Fall ergänzen.
        </p>
        <p>Die Unterhaltung mit der Familie bleibt erhalten.</p>
      </div>
      <LiveMessage error={openCase.isError ? errorMessage(openCase.error) : null} />
      <TextField
        label="Titel des Falls"
        required
        maxLength={limits.title}
        value={title}
        error={error}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" busy={openCase.isPending}>
          Fall anlegen
        </Button>
        <Button variant="secondary" onClick={props.onClose}>
          Abbrechen
        </Button>
      </div>
    </form>
  );
}
