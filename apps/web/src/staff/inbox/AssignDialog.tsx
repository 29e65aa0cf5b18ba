import type { TInboxDetail } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Dialog, LiveMessage, Select, Spinner } from '../../ui/index.ts';
import { useTeams } from '../api.ts';
import { useCurrentUser } from '../session.tsx';
import { useClaimRequest } from './api.ts';

/** Team lead: hands the request to a member of the request's team. */
export function AssignDialog(props: {
  open: boolean;
  detail: TInboxDetail;
  onClose: () => void;
  onDone: (displayName: string) => void;
}) {
  return (
    <Dialog open={props.open} title="Anfrage zuweisen" onClose={props.onClose}>
      <AssignForm detail={props.detail} onClose={props.onClose} onDone={props.onDone} />
    </Dialog>
  );
}

function AssignForm(props: { detail: TInboxDetail; onClose: () => void; onDone: (name: string) => void }) {
  const me = useCurrentUser();
  const teams = useTeams();
  const claim = useClaimRequest(props.detail.id);
  const [assigneeId, setAssigneeId] = useState(props.detail.claimedBy?.id ?? '');
  const [error, setError] = useState<string | undefined>();

  if (teams.isPending) return <Spinner label="Team wird geladen …" />;
  if (teams.isError) return <Alert tone="danger">{errorMessage(teams.error)}</Alert>;
  const members = teams.data.find((t) => t.id === props.detail.team.id)?.members ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    const member = members.find((m) => m.id === assigneeId);
    if (!member) {
      setError('Bitte wählen Sie aus, wer die Anfrage bearbeiten soll.');
      return;
    }
    setError(undefined);
    claim.mutate(member.id, { onSuccess: () => props.onDone(member.displayName) });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <LiveMessage error={claim.isError ? errorMessage(claim.error) : null} />
      <p className="muted">Zur Auswahl stehen die Mitglieder des Teams {props.detail.team.name}.</p>
      <Select
        label="Zuständig"
        placeholder="Bitte wählen"
        required
        options={members.map((m) => ({
          value: m.id,
          label: [m.displayName, m.id === me.id ? '(Sie)' : null, m.lead ? '(Teamleitung)' : null]
            .filter(Boolean)
            .join(' '),
        }))}
        value={assigneeId}
        error={error}
        onChange={(e) => setAssigneeId(e.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" busy={claim.isPending}>
          Zuweisen
        </Button>
        <Button variant="secondary" onClick={props.onClose}>
          Abbrechen
        </Button>
      </div>
    </form>
  );
}
