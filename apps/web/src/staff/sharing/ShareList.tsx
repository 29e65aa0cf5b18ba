import type { TShare } from '@lotse/shared';
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Button, ConfirmDialog, type Tone } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { LawText } from '../law/LawCitation.tsx';
import { useDocumentsWhen, useEndShare } from './api.ts';
import { closedReason, type Notice, sectionName, sectionNames } from './labels.ts';
import { useFocusLater } from './useFocusLater.ts';

/**
 * The shares of the case. Each section says whether the provider sees it right now (the server checks
 * the consents at every access), so a share that is open on paper but closed in fact stands out.
 */
export function ShareList(props: {
  caseId: string;
  shares: TShare[];
  /** Providers whose help runs in the case now. */
  runningProviderIds: string[];
  caseClosed: boolean;
  onNotice: (notice: Notice) => void;
}) {
  const end = useEndShare(props.caseId);
  const [asking, setAsking] = useState<TShare | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useFocusLater(heading);
  const current = props.shares.filter((s) => s.endedAt === null);
  const ended = props.shares.filter((s) => s.endedAt !== null);

  function confirm() {
    if (!asking) return;
    const s = asking;
    end.mutate(s.id, {
      onSuccess: () => {
        setAsking(null);
        props.onNotice({ success: `Die Freigabe an ${s.provider.name} ist beendet.` });
        // The end button goes away with the share: focus moves to the list's heading.
        focusHeading();
      },
      onError: (error) => {
        setAsking(null);
        props.onNotice({ error: errorMessage(error) });
      },
    });
  }

  const item = (s: TShare) => (
    <ShareItem
      key={s.id}
      caseId={props.caseId}
      share={s}
      reason={closedReason(s, props.runningProviderIds.includes(s.provider.id), props.caseClosed)}
      onEnd={() => setAsking(s)}
    />
  );

  return (
    <section className="stack-sm" aria-labelledby={`shares-${props.caseId}`}>
      <h3 id={`shares-${props.caseId}`} ref={heading} tabIndex={-1} className="sharing-heading">
        Freigaben an Träger
      </h3>
      {current.length === 0 ? (
        <p className="muted small">Kein Träger sieht zurzeit etwas aus der Akte.</p>
      ) : null}
      {current.length > 0 ? <ul className="plain-list sharing-list">{current.map(item)}</ul> : null}
      {ended.length > 0 ? (
        <details className="sharing-past">
          <summary>Beendete Freigaben ({ended.length})</summary>
          <ul className="plain-list sharing-list">{ended.map(item)}</ul>
        </details>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title="Freigabe beenden"
        confirmLabel="Freigabe beenden"
        tone="danger"
        busy={end.isPending}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        <p>
          {asking?.provider.name} sieht ab sofort nichts mehr aus dieser Freigabe. Sie bleibt in der Akte
          dokumentiert.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function shareState(share: TShare): { tone: Tone; label: string } {
  if (share.endedAt !== null) return { tone: 'neutral', label: 'Beendet' };
  if (share.openSections.length === 0) return { tone: 'warning', label: 'Gesperrt' };
  if (share.openSections.length < share.sections.length)
    return { tone: 'warning', label: 'Teilweise gesperrt' };
  return { tone: 'success', label: 'Offen' };
}

function ShareItem(props: { caseId: string; share: TShare; reason: string | null; onEnd: () => void }) {
  const s = props.share;
  const state = shareState(s);
  const ground = s.legalGround ? <LawText text={s.legalGround} /> : 'gesetzliche Befugnis';
  const basis = s.basis === 'consent' ? 'Einwilligung' : ground;
  return (
    <li className="sharing-item">
      <p className="sharing-item-head">
        <strong>{s.provider.name}</strong> <Badge tone={state.tone}>{state.label}</Badge>
      </p>
      <p className="muted small">
        Grundlage: {basis} · seit {formatDate(s.createdAt)}
        {s.endedAt ? ` · beendet am ${formatDate(s.endedAt)}` : ''}
      </p>
      {s.endedAt === null ? (
        <ul className="plain-list sharing-sections" aria-label={`Bereiche für ${s.provider.name}`}>
          {s.sections.map((section) => {
            const open = s.openSections.includes(section);
            return (
              <li key={section} className={open ? 'is-open' : 'is-closed'}>
                <span aria-hidden="true" className="sharing-mark">
                  {open ? '✓' : '✕'}
                </span>{' '}
                {sectionName(section)}: {open ? 'sichtbar' : 'gesperrt'}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="small">Bereiche: {sectionNames(s.sections)}</p>
      )}
      {s.documentIds.length > 0 ? <SharedDocuments caseId={props.caseId} ids={s.documentIds} /> : null}
      {props.reason ? <Alert tone="warning">{props.reason}</Alert> : null}
      {s.allowedActions.includes('end') ? (
        <div>
          <Button variant="secondary" size="sm" onClick={props.onEnd}>
            Freigabe beenden<span className="visually-hidden"> ({s.provider.name})</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

function SharedDocuments(props: { caseId: string; ids: string[] }) {
  const documents = useDocumentsWhen(props.caseId, true);
  const names = props.ids.map((id) => documents.data?.find((d) => d.id === id)?.filename ?? 'Dokument');
  return <p className="small">Dokumente: {documents.data ? names.join(', ') : `${props.ids.length}`}</p>;
}
