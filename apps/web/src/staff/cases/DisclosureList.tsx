import { disclosureGroundLabels, type TEntry, type TEntryDisclosure } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api, errorMessage } from '../../api/client.ts';
import { Alert, Badge, Button, ConfirmDialog } from '../../ui/index.ts';
import { keys } from '../api.ts';
import { formatDateTime } from '../format.ts';
import { LawText } from '../law/LawCitation.tsx';

/** "Clara Conrad" or "Team ASD Nord": who a disclosure opened the entry to. */
export function disclosureRecipient(d: TEntryDisclosure): string {
  if (d.toUser) return d.toUser.displayName;
  if (d.toTeam) return `Team ${d.toTeam.name}`;
  return 'unbekannt';
}

/**
 * The recorded disclosures of an entrusted entry (§ 65 SGB VIII), shown to the person it was
 * entrusted to, who may take each one back. Revoked ones stay listed: the record does not vanish.
 */
export function DisclosureList(props: {
  caseId: string;
  entry: TEntry;
  onRevoked: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<TEntryDisclosure | null>(null);
  // The pressed button is gone after the revocation; focus goes to the list instead of the page start.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const revoke = useMutation({
    mutationFn: (d: TEntryDisclosure) =>
      api<void>(
        `/api/cases/${encodeURIComponent(props.caseId)}/entries/${encodeURIComponent(props.entry.id)}/disclosures/${encodeURIComponent(d.id)}/revoke`,
        { method: 'POST' },
      ),
    onSuccess: async (_, d) => {
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: keys.entries(props.caseId) });
      props.onRevoked(`Die Weitergabe an ${disclosureRecipient(d)} ist zurückgenommen.`);
      headingRef.current?.focus();
    },
  });
  const disclosures = props.entry.disclosures ?? [];
  if (disclosures.length === 0) return null;
  const headingId = `disclosures-${props.entry.id}`;

  return (
    <section className="disclosures" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1} className="disclosures-title">
        Weitergaben
      </h4>
      <ul className="plain-list disclosure-list">
        {disclosures.map((d) => (
          <li key={d.id} className={`disclosure${d.revokedAt ? ' is-revoked' : ''}`}>
            <div className="disclosure-text">
              <p>
                <strong>An {disclosureRecipient(d)}</strong> ·{' '}
                <LawText text={disclosureGroundLabels[d.ground]} />
                {d.revokedAt ? (
                  <>
                    {' '}
                    <Badge tone="neutral">zurückgenommen</Badge>
                  </>
                ) : null}
              </p>
              <p className="muted small">Nachweis: {d.reference}</p>
              <p className="muted small">
                Erfasst <time dateTime={d.recordedAt}>{formatDateTime(d.recordedAt)}</time> von{' '}
                {d.recordedBy.displayName}
                {d.revokedAt ? (
                  <>
                    {' · '}zurückgenommen <time dateTime={d.revokedAt}>{formatDateTime(d.revokedAt)}</time>
                    {d.revokedBy ? ` von ${d.revokedBy.displayName}` : ''}
                  </>
                ) : null}
              </p>
            </div>
            {d.revokedAt ? null : (
              <Button
                variant="secondary"
                size="sm"
                onClick={() => {
                  revoke.reset();
                  setRevoking(d);
                }}
              >
                Zurücknehmen<span className="visually-hidden"> (Weitergabe an {disclosureRecipient(d)})</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        title="Weitergabe zurücknehmen?"
        confirmLabel="Weitergabe zurücknehmen"
        tone="danger"
        busy={revoke.isPending}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking);
        }}
        onCancel={() => setRevoking(null)}
      >
        {revoking ? (
          <>
            {revoke.isError ? <Alert tone="danger">{errorMessage(revoke.error)}</Alert> : null}
            <p>
              {disclosureRecipient(revoking)} sieht den Eintrag „{props.entry.title}“ danach nicht mehr – es
              sei denn, eine andere Weitergabe erlaubt es.
            </p>
            <p className="muted small">
              Die Weitergabe bleibt mit Rechtsgrundlage und Nachweis dokumentiert und wird als zurückgenommen
              markiert; die Rücknahme wird protokolliert.
            </p>
          </>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
