import type { TInboxDetail } from '@lotse/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Button, buttonClass, Card, LiveMessage } from '../../ui/index.ts';
import { hasRole, useCurrentUser } from '../session.tsx';
import { AssignDialog } from './AssignDialog.tsx';
import { useClaimRequest } from './api.ts';
import { OpenCaseDialog } from './OpenCaseDialog.tsx';

/**
 * Mirrors the server's rule (team lead of the request's team) only to hide a button that would
 * fail; the server decides and answers 403 otherwise.
 */
function canAssign(me: ReturnType<typeof useCurrentUser>, detail: TInboxDetail): boolean {
  return hasRole(me, 'team_lead') && me.teams.some((t) => t.id === detail.team.id && t.lead);
}

/** Who answers the request, and the next steps: claim, assign, open a case. */
export function RequestActions(props: { detail: TInboxDetail }) {
  const r = props.detail;
  const me = useCurrentUser();
  const claim = useClaimRequest(r.id);
  const [dialog, setDialog] = useState<'assign' | 'open-case' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const open = r.status === 'new' || r.status === 'claimed';
  const mine = r.claimedBy?.id === me.id;

  return (
    <Card title="Bearbeitung" className="request-actions">
      <div className="request-actions-body">
        <p className="request-assignee">
          {r.claimedBy ? (
            <>
              Zuständig:{' '}
              <strong>{mine ? `${r.claimedBy.displayName} (Sie)` : r.claimedBy.displayName}</strong>
            </>
          ) : (
            'Noch hat niemand die Anfrage übernommen.'
          )}
        </p>
        <div className="cluster">
          {open && !mine ? (
            <Button
              busy={claim.isPending}
              onClick={() => {
                setMessage(null);
                claim.mutate(null, { onSuccess: () => setMessage('Sie haben die Anfrage übernommen.') });
              }}
            >
              Übernehmen
            </Button>
          ) : null}
          {open && canAssign(me, r) ? (
            <Button
              variant="secondary"
              onClick={() => {
                setMessage(null);
                setDialog('assign');
              }}
            >
              Zuweisen an …
            </Button>
          ) : null}
          {r.caseId ? (
            <Link to={`/fachkraft/faelle/${r.caseId}`} className={buttonClass('secondary')}>
              Zum Fall
            </Link>
          ) : (
            <Button
              variant={open && !mine ? 'secondary' : 'primary'}
              onClick={() => {
                setMessage(null);
                setDialog('open-case');
              }}
            >
              Fall anlegen
            </Button>
          )}
        </div>
      </div>
      <LiveMessage error={claim.isError ? errorMessage(claim.error) : null} success={message} />
      <AssignDialog
        open={dialog === 'assign'}
        detail={r}
        onClose={() => setDialog(null)}
        onDone={(name) => {
          setDialog(null);
          setMessage(`Die Anfrage ist jetzt ${name} zugewiesen.`);
        }}
      />
      <OpenCaseDialog open={dialog === 'open-case'} detail={r} onClose={() => setDialog(null)} />
    </Card>
  );
}
