import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, EmptyState, PageHeader, Spinner } from '../../ui/index.ts';
import { useAdminTeams } from '../api.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { focusSoon } from '../focusSoon.ts';
import { TeamContactForm } from './TeamContactForm.tsx';
import { TeamList } from './TeamList.tsx';

/** "Teams & Sprechzeiten": how families reach each team, and when. */
export function TeamsPage() {
  const teams = useAdminTeams();
  const [params, setParams] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const list = teams.data ?? [];
  const team = list.find((t) => t.id === params.get('team')) ?? list[0];

  function select(id: string) {
    if (id === team?.id) return;
    if (dirty) setPending(id);
    else {
      setParams({ team: id }, { replace: true });
      focusSoon(() => document.getElementById('admin-team-detail'));
    }
  }

  return (
    <>
      <title>Teams & Sprechzeiten – Verwaltung – Lotse</title>
      <PageHeader
        title="Teams & Sprechzeiten"
        lead="Telefon, E-Mail, Adresse und Sprechzeiten der Teams, wie Familien sie in Lotse sehen."
      />
      {teams.isPending ? <Spinner /> : null}
      {teams.isError ? (
        <Alert tone="danger" title="Die Teams konnten nicht geladen werden">
          <p>{errorMessage(teams.error)}</p>
        </Alert>
      ) : null}
      {teams.data && !team ? <EmptyState>Dieses Jugendamt hat noch keine Teams.</EmptyState> : null}
      {team ? (
        <div className="admin-master-detail">
          <TeamList teams={list} selected={team.id} onSelect={select} />
          <div id="admin-team-detail" tabIndex={-1} className="admin-detail">
            <TeamContactForm key={team.id} team={team} onDirtyChange={setDirty} />
          </div>
        </div>
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        title="Änderungen verwerfen?"
        confirmLabel="Verwerfen und wechseln"
        tone="danger"
        onConfirm={() => {
          if (pending) setParams({ team: pending }, { replace: true });
          setPending(null);
          setDirty(false);
        }}
        onCancel={() => setPending(null)}
      >
        <p>
          Die Angaben dieses Teams haben ungespeicherte Änderungen. Wenn Sie jetzt wechseln, gehen sie
          verloren.
        </p>
      </ConfirmDialog>
    </>
  );
}
