import {
  type TCaseDetail,
  type TProtectionProcedure,
  type TUserRef,
  ZParticipantsInputSchema,
} from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, Checkbox, Fieldset, LiveMessage, Spinner } from '../../ui/index.ts';
import { useTeams } from '../api.ts';
import { useCurrentUser } from '../session.tsx';
import { useSaveParticipants } from './api.ts';

/** The staff who assess the risk together (§ 8a Abs. 1: "im Zusammenwirken mehrerer Fachkräfte"). */
export function ParticipantsSection(props: {
  p: TProtectionProcedure;
  detail: TCaseDetail;
  canEdit: boolean;
}) {
  const { p } = props;
  return (
    <Card title="Beteiligte Fachkräfte">
      {props.canEdit ? (
        <ParticipantsForm p={p} detail={props.detail} />
      ) : p.participants.length ? (
        <ul className="protection-participants">
          {p.participants.map((u) => (
            <li key={u.id}>{u.displayName}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Niemand eingetragen.</p>
      )}
    </Card>
  );
}

interface Candidate extends TUserRef {
  note: string;
}

function ParticipantsForm({ p, detail }: { p: TProtectionProcedure; detail: TCaseDetail }) {
  const me = useCurrentUser();
  const teams = useTeams();
  const save = useSaveParticipants(p.id);
  const [selected, setSelected] = useState<string[]>(() =>
    p.participants.length ? p.participants.map((u) => u.id) : [me.id],
  );
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (teams.isPending) return <Spinner label="Team wird geladen …" />;
  if (teams.isError) return <Alert tone="danger">{errorMessage(teams.error)}</Alert>;
  const team = teams.data.find((t) => t.id === detail.team.id);
  const candidates: Candidate[] = (team?.members ?? []).map((m) => ({
    id: m.id,
    displayName: m.displayName,
    note: [m.id === me.id ? 'ich' : '', m.lead ? 'Teamleitung' : ''].filter(Boolean).join(', '),
  }));
  // Participants from elsewhere (e.g. left the team) stay visible, so nobody vanishes silently.
  for (const u of p.participants)
    if (!candidates.some((c) => c.id === u.id)) candidates.push({ ...u, note: 'nicht im Team' });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const parsed = ZParticipantsInputSchema.safeParse({ userIds: selected });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Bitte prüfen Sie die Auswahl.');
      return;
    }
    setError(null);
    save.mutate(parsed.data, {
      onSuccess: (updated) =>
        setSaved(`Gespeichert. Beteiligt: ${updated.participants.map((u) => u.displayName).join(', ')}.`),
    });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <LiveMessage error={error ?? (save.isError ? errorMessage(save.error) : null)} success={saved} />
      <Fieldset
        legend={`Wer schätzt gemeinsam ein? Mindestens zwei Fachkräfte des Teams ${detail.team.name}`}
      >
        <div className="checkbox-list">
          {candidates.map((c) => (
            <Checkbox
              key={c.id}
              label={c.note ? `${c.displayName} (${c.note})` : c.displayName}
              checked={selected.includes(c.id)}
              onChange={(e) => {
                const checked = e.target.checked;
                setSelected((ids) => (checked ? [...ids, c.id] : ids.filter((id) => id !== c.id)));
              }}
            />
          ))}
        </div>
      </Fieldset>
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={save.isPending}>
          Beteiligte speichern
        </Button>
      </div>
    </form>
  );
}
