import type { TInboxDetail } from '@lotse/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Button, buttonClass, Card, LiveMessage } from '../../ui/index.ts';
import { useCurrentUser } from '../session.tsx';
import { AssignDialog } from './AssignDialog.tsx';
import { useClaimRequest } from './api.ts';
import { OpenCaseDialog } from './OpenCaseDialog.tsx';

/** Who answers the request, and the next steps: claim, assign, open a case. */
export function RequestActions(props: { detail: TInboxDetail }) {
  const r = props.detail;
  const me = useCurrentUser();
  const claim = useClaimRequest(r.id);
  const [dialog, setDialog] = useState<'assign' | 'open-case' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The server sends what this user may do with the request; the buttons follow it.
  const may = (action: TInboxDetail['allowedActions'][number]) => r.allowedActions.includes(action);
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
          {may('claim') ? (
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
          {may('assign') ? (
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
          ) : may('open_case') ? (
            <Button
              variant={may('claim') ? 'secondary' : 'primary'}
              onClick={() => {
                setMessage(null);
                setDialog('open-case');
              }}
            >
              Fall anlegen
            </Button>
          ) : null}
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
