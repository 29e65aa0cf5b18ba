import { type TCaseDetail, type TUserRef, ZCaseDetailSchema } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, errorMessage } from '../../api/client.ts';
import { Alert, Button, Checkbox, Fieldset, LiveMessage, Select, Spinner } from '../../ui/index.ts';
import { keys, useTeams } from '../api.ts';

interface Candidate extends TUserRef {
  lead: boolean;
  inTeam: boolean;
}

/** Team members, plus whoever is assigned today but no longer in the team (so nothing vanishes silently). */
function candidatesOf(detail: TCaseDetail, members: (TUserRef & { lead: boolean })[]): Candidate[] {
  const list: Candidate[] = members.map((m) => ({ ...m, inTeam: true }));
  for (const u of [detail.caseworker, ...detail.deputies]) {
    if (u && !list.some((c) => c.id === u.id)) list.push({ ...u, lead: false, inTeam: false });
  }
  return list;
}

function candidateLabel(c: Candidate): string {
  if (!c.inTeam) return `${c.displayName} (nicht im Team)`;
  return c.lead ? `${c.displayName} (Teamleitung)` : c.displayName;
}

/** Team lead: who leads the case (Fallführung) and who stands in (Vertretung). */
export function AssignmentForm(props: { detail: TCaseDetail; onDone: (summary: string) => void }) {
  const { detail } = props;
  const queryClient = useQueryClient();
  const teams = useTeams();
  const [caseworkerId, setCaseworkerId] = useState(detail.caseworker?.id ?? '');
  const [deputyIds, setDeputyIds] = useState(detail.deputies.map((d) => d.id));
  const save = useMutation({
    mutationFn: (body: { caseworkerId: string | null; deputyIds: string[] }) =>
      api<TCaseDetail>(`/api/cases/${encodeURIComponent(detail.id)}`, {
        method: 'PATCH',
        body,
        schema: ZCaseDetailSchema,
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(keys.caseDetail(detail.id), updated);
      const deputies = updated.deputies.map((d) => d.displayName).join(', ') || 'keine';
      props.onDone(
        `Zuständigkeit gespeichert. Fallführung: ${updated.caseworker?.displayName ?? 'nicht zugeordnet'}; Vertretung: ${deputies}.`,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: keys.myDay }),
      ]);
    },
  });

  if (teams.isPending) return <Spinner label="Team wird geladen …" />;
  if (teams.isError) return <Alert tone="danger">{errorMessage(teams.error)}</Alert>;
  const team = teams.data.find((t) => t.id === detail.team.id);
  const candidates = candidatesOf(detail, team?.members ?? []);
  const deputyCandidates = candidates.filter((c) => c.id !== caseworkerId);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      caseworkerId: caseworkerId || null,
      deputyIds: deputyIds.filter((id) => id !== caseworkerId),
    });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <LiveMessage error={save.isError ? errorMessage(save.error) : null} />
      <p className="muted">Zur Auswahl stehen die Mitglieder des Teams {detail.team.name}.</p>
      <Select
        label="Fallführung"
        placeholder="nicht zugeordnet"
        options={candidates.map((c) => ({ value: c.id, label: candidateLabel(c) }))}
        value={caseworkerId}
        onChange={(e) => setCaseworkerId(e.target.value)}
      />
      <Fieldset legend="Vertretung">
        {deputyCandidates.length ? (
          <div className="checkbox-list">
            {deputyCandidates.map((c) => (
              <Checkbox
                key={c.id}
                label={candidateLabel(c)}
                checked={deputyIds.includes(c.id)}
                onChange={(e) => {
                  const checked = e.target.checked;
                  setDeputyIds((ids) => (checked ? [...ids, c.id] : ids.filter((id) => id !== c.id)));
                }}
              />
            ))}
          </div>
        ) : (
          <p className="muted">Im Team gibt es niemanden, der vertreten könnte.</p>
        )}
      </Fieldset>
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          Zuständigkeit speichern
        </Button>
      </div>
    </form>
  );
}
