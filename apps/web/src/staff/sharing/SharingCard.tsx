import type { TCaseDetail } from '@lotse/shared';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, Dialog, LiveMessage, Spinner } from '../../ui/index.ts';
import { useCasePlacements, useCaseSharing } from './api.ts';
import { ConsentForm } from './ConsentForm.tsx';
import { ConsentList } from './ConsentList.tsx';
import { type Notice, runningProviders } from './labels.ts';
import { ShareForm } from './ShareForm.tsx';
import { ShareList } from './ShareList.tsx';

const TITLE = 'Einwilligungen und Freigaben';

/**
 * "Einwilligungen und Freigaben": the consents of the family to pass parts of the case to a provider
 * (asked in the family app or signed on paper), and the shares that open those parts to the provider
 * whose help runs in the case. Creating needs the case's "update"; revoking and ending ask each record.
 */
export function SharingCard(props: { detail: TCaseDetail }) {
  const { detail } = props;
  const sharing = useCaseSharing(detail.id);
  const placements = useCasePlacements(detail.id);
  const [dialog, setDialog] = useState<'consent' | 'share' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const providers = placements.data ? runningProviders(placements.data.placements) : [];
  const mayStart =
    detail.allowedActions.includes('update') && providers.length > 0 && sharing.data !== undefined;

  function open(which: 'consent' | 'share') {
    setNotice(null);
    setDialog(which);
  }
  function done(message: string) {
    setDialog(null);
    setNotice({ success: message });
  }

  return (
    <Card
      title={TITLE}
      aria-label={TITLE}
      className="sharing-card"
      actions={
        mayStart ? (
          <>
            <Button variant="secondary" size="sm" onClick={() => open('consent')}>
              Einwilligung einholen
            </Button>
            <Button variant="secondary" size="sm" onClick={() => open('share')}>
              Freigabe anlegen
            </Button>
          </>
        ) : null
      }
    >
      <div className="stack">
        <p className="muted small">
          Eine Einwilligung erlaubt, die gewählten Bereiche der Akte für den genannten Zweck an den Träger
          weiterzugeben; die Familie kann sie jederzeit in ihrer App widerrufen.
        </p>
        <LiveMessage success={notice?.success} error={notice?.error} />
        {sharing.isPending ? <Spinner label="Einwilligungen werden geladen …" /> : null}
        {sharing.isError ? <Alert tone="danger">{errorMessage(sharing.error)}</Alert> : null}
        {placements.isError ? <Alert tone="danger">{errorMessage(placements.error)}</Alert> : null}
        {placements.data && providers.length === 0 ? (
          <p className="small">
            Die Akte kann erst geteilt werden, wenn ein Platz bestätigt ist und die Hilfe beim Träger läuft.
          </p>
        ) : null}
        {sharing.data &&
        (providers.length > 0 || sharing.data.consents.length + sharing.data.shares.length > 0) ? (
          <>
            <ConsentList caseId={detail.id} consents={sharing.data.consents} onNotice={setNotice} />
            <ShareList
              caseId={detail.id}
              shares={sharing.data.shares}
              runningProviderIds={providers.map((p) => p.id)}
              caseClosed={detail.status === 'closed'}
              onNotice={setNotice}
            />
          </>
        ) : null}
      </div>
      <Dialog
        open={dialog === 'consent'}
        title="Einwilligung einholen"
        size="wide"
        onClose={() => setDialog(null)}
      >
        <ConsentForm detail={detail} providers={providers} onDone={done} />
      </Dialog>
      <Dialog open={dialog === 'share'} title="Freigabe anlegen" size="wide" onClose={() => setDialog(null)}>
        <ShareForm
          caseId={detail.id}
          providers={providers}
          consents={sharing.data?.consents ?? []}
          onDone={done}
        />
      </Dialog>
    </Card>
  );
}
