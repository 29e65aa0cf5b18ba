import { casePersonRoleLabels, familyAccountStatusLabels, type TFamilyInvitation } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Button, Card, Dialog, LiveMessage, Spinner } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { endAccess, familyKeys, inviteMember, takeOverRequestCode, useFamilyAccounts } from './api.ts';

/**
 * "Familien-App" on the case page: who of the family has an account, invitations (one-time link and
 * code, shown once), ending an account, the preview of what each person sees.
 */
export function FamilyAccessCard(props: { caseId: string; canManage: boolean }) {
  const accounts = useFamilyAccounts(props.caseId);
  const queryClient = useQueryClient();
  const [invitation, setInvitation] = useState<TFamilyInvitation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: familyKeys.accounts(props.caseId) });
  const invite = useMutation({
    mutationFn: (personId: string) => inviteMember(props.caseId, personId),
    onSuccess: async (result) => {
      setInvitation(result);
      await refresh();
    },
  });
  const takeOver = useMutation({
    mutationFn: (personId: string) => takeOverRequestCode(props.caseId, personId),
    onSuccess: async (account) => {
      setNotice(`${account.personName} meldet sich jetzt mit dem Code der Anfrage an und sieht die Akte.`);
      await refresh();
    },
  });
  const end = useMutation({
    mutationFn: (accountId: string) => endAccess(props.caseId, accountId),
    onSuccess: async (account) => {
      setNotice(`Der Zugang von ${account.personName} ist beendet.`);
      await refresh();
    },
  });
  const failure = invite.error ?? takeOver.error ?? end.error;
  const preview = (personId: string) => `/fachkraft/faelle/${props.caseId}/familienansicht/${personId}`;

  return (
    <Card title="Familien-App" aria-label="Familien-App" className="family-access-card">
      {accounts.isPending ? <Spinner label="Zugänge werden geladen …" /> : null}
      {accounts.isError ? <Alert tone="danger">{errorMessage(accounts.error)}</Alert> : null}
      {failure ? <Alert tone="danger">{errorMessage(failure)}</Alert> : null}
      <LiveMessage success={notice} />
      {accounts.data ? (
        <ul className="plain-list stack-sm">
          {accounts.data.accounts.map((a) => (
            <li key={a.id}>
              <strong>{a.personName}</strong>{' '}
              <span className="muted small">({casePersonRoleLabels[a.role]})</span>{' '}
              <Badge tone={a.status === 'active' ? 'success' : a.status === 'invited' ? 'info' : 'neutral'}>
                {familyAccountStatusLabels[a.status]}
              </Badge>
              <div className="muted small">
                Code <code>{a.code}</code>
                {a.status === 'invited' && a.inviteExpiresAt
                  ? ` · Einladung gilt bis ${formatDate(a.inviteExpiresAt)}`
                  : ''}
                {a.endedAt ? ` · beendet am ${formatDate(a.endedAt)}` : ''}
              </div>
              <div className="row-sm">
                {a.status !== 'ended' ? (
                  <Link className="small" to={preview(a.personId)}>
                    Ansicht von {a.personName}
                  </Link>
                ) : null}
                {props.canManage && a.allowedActions.includes('end') ? (
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => end.mutate(a.id)}
                    disabled={end.isPending}
                  >
                    Zugang beenden<span className="visually-hidden"> ({a.personName})</span>
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
          {accounts.data.candidates.map((c) => (
            <li key={c.personId}>
              <strong>{c.personName}</strong>{' '}
              <span className="muted small">({casePersonRoleLabels[c.role]})</span>
              {c.notPossible ? (
                <div className="muted small">{c.notPossible}</div>
              ) : (
                <div className="row-sm">
                  <Link className="small" to={preview(c.personId)}>
                    Vorschau
                  </Link>
                  {props.canManage ? (
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => invite.mutate(c.personId)}
                      disabled={invite.isPending}
                    >
                      Einladen<span className="visually-hidden"> ({c.personName})</span>
                    </Button>
                  ) : null}
                  {props.canManage && c.hasRequestCode ? (
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => takeOver.mutate(c.personId)}
                      disabled={takeOver.isPending}
                    >
                      Code der Anfrage übernehmen<span className="visually-hidden"> ({c.personName})</span>
                    </Button>
                  ) : null}
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <Dialog
        open={invitation !== null}
        title="Einladung zur Familien-App"
        onClose={() => setInvitation(null)}
      >
        {invitation ? <InvitationDetails invitation={invitation} /> : null}
      </Dialog>
    </Card>
  );
}

function InvitationDetails({ invitation }: { invitation: TFamilyInvitation }) {
  const link = `${window.location.origin}${invitation.invitePath}`;
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="stack">
      <p>
        Geben Sie {invitation.account.personName} diesen Link (z. B. per Nachricht oder ausgedruckt). Er gilt
        einmal, bis {formatDate(invitation.expiresAt)}. Danach meldet sich {invitation.account.personName} mit
        dem Code und der eigenen PIN an.
      </p>
      <p>
        <strong>Link:</strong> <code className="break-all">{link}</code>
      </p>
      <p>
        <strong>Code:</strong> <code>{invitation.account.code}</code>
      </p>
      <Alert tone="warning">
        Der Link wird nur jetzt angezeigt. Schließen Sie das Fenster erst, wenn er übergeben ist.
      </Alert>
      <LiveMessage success={copied} />
      <Button
        variant="secondary"
        onClick={async () => {
          await navigator.clipboard?.writeText(link);
          setCopied('Link kopiert.');
        }}
      >
        Link kopieren
      </Button>
    </div>
  );
}
