import { errorMessage } from '../../api/client.ts';
import { Button, Dialog, LiveMessage } from '../../ui/index.ts';
import { useCloseConversation } from './api.ts';

/** Ending the conversation cannot be undone, so it is confirmed first. */
export function CloseConversationDialog(props: { open: boolean; requestId: string; onClose: () => void }) {
  const close = useCloseConversation(props.requestId);
  return (
    <Dialog open={props.open} title="Unterhaltung beenden?" onClose={props.onClose}>
      <div className="stack">
        <div className="dialog-intro">
          <p>Danach können weder Sie noch die Familie in dieser Unterhaltung schreiben.</p>
          <p>Die Nachrichten bleiben lesbar. Das Beenden lässt sich nicht rückgängig machen.</p>
        </div>
        <LiveMessage error={close.isError ? errorMessage(close.error) : null} />
        <div className="form-actions">
          <Button
            variant="danger"
            busy={close.isPending}
            onClick={() => close.mutate(undefined, { onSuccess: props.onClose })}
          >
            Unterhaltung beenden
          </Button>
          <Button variant="secondary" onClick={props.onClose}>
            Abbrechen
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
