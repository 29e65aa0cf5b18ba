import { meetingLimits, type TGuestLink } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { Button, LiveMessage, TextField } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { useCreateGuestLink } from './api.ts';

/**
 * Invites a guest — usually an interpreter — into one video meeting: the link works once, for this
 * meeting only, and the guest waits in the lobby until staff let them in.
 */
export function GuestLinkForm(props: { meetingId: string; title: string }) {
  const create = useCreateGuestLink(props.meetingId);
  const [label, setLabel] = useState('');
  const [link, setLink] = useState<TGuestLink | null>(null);
  const [copied, setCopied] = useState(false);
  const fieldError = create.error instanceof ApiError ? (create.error.fields.label ?? undefined) : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setCopied(false);
    create.mutate(label.trim(), { onSuccess: (created) => setLink(created) });
  }

  async function copy(url: string) {
    await navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  return (
    <div className="stack-sm guest-link">
      <form
        className="guest-link-form"
        onSubmit={submit}
        noValidate
        aria-label={`Gast zu „${props.title}“ einladen`}
      >
        <TextField
          label="Gast einladen (z. B. Dolmetscherin)"
          hint="Der Link gilt einmal und nur für dieses Gespräch; der Gast wartet im Warteraum, bis Sie ihn einlassen."
          maxLength={meetingLimits.guestLabelMax}
          value={label}
          error={fieldError}
          onChange={(e) => setLabel(e.target.value)}
        />
        <Button type="submit" variant="secondary" size="sm" busy={create.isPending}>
          Einladungslink erstellen
        </Button>
      </form>
      <LiveMessage error={create.isError && !fieldError ? errorMessage(create.error) : null} />
      {link ? (
        <div className="guest-link-result" role="status">
          <p>
            Link für <strong>{label.trim()}</strong> (gültig bis {formatDateTime(link.expiresAt)}):
          </p>
          <p className="guest-link-url">
            <code>{link.url}</code>
          </p>
          <Button size="sm" variant="secondary" onClick={() => void copy(link.url)}>
            {copied ? 'Kopiert' : 'Link kopieren'}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
