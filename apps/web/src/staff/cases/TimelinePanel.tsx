import { entryKindLabels, type TEntry, type TEntryKind, ZCreateEntryRequestSchema } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, errorMessage } from '../../api/client.ts';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Dialog,
  EmptyState,
  LiveMessage,
  Select,
  Spinner,
  Textarea,
  TextField,
  type Tone,
} from '../../ui/index.ts';
import { documentContentUrl, keys, useEntries } from '../api.ts';
import { appendDictation } from '../dictation/audio.ts';
import { DictationButton } from '../dictation/DictationButton.tsx';
import { useReleases } from '../family/api.ts';
import { ReleaseControl } from '../family/ReleaseControl.tsx';
import { formatDateTime, issuesToFields } from '../format.ts';
import { LawCitation, LawText } from '../law/LawCitation.tsx';
import { useCurrentUser } from '../session.tsx';
import { DiscloseForm } from './DiscloseForm.tsx';
import { DisclosureList } from './DisclosureList.tsx';

function kindTone(kind: TEntryKind): Tone {
  switch (kind) {
    case 'note':
      return 'neutral';
    case 'contact':
      return 'info';
    case 'document':
      return 'accent';
    case 'decision':
      return 'success';
    case 'status_change':
      return 'warning';
  }
}

/** Case timeline (Verlauf): newest first, with the form for a new entry on top. */
export function TimelinePanel(props: { caseId: string; canAdd: boolean }) {
  const me = useCurrentUser();
  const entries = useEntries(props.caseId);
  const releases = useReleases(props.caseId);
  const [disclosing, setDisclosing] = useState<TEntry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sorted = [...(entries.data ?? [])].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <div className="timeline-layout">
      {props.canAdd ? <NewEntryForm caseId={props.caseId} /> : null}
      <section aria-labelledby="timeline-title" className="timeline-section">
        <h2 id="timeline-title">Verlauf</h2>
        <LiveMessage success={notice} />
        {entries.isPending ? <Spinner /> : null}
        {entries.isError ? <Alert tone="danger">{errorMessage(entries.error)}</Alert> : null}
        {entries.data && sorted.length === 0 ? <EmptyState>Noch keine Einträge.</EmptyState> : null}
        <ol className="timeline">
          {sorted.map((e) => (
            <li key={e.id} className={`timeline-item${e.entrusted ? ' is-entrusted' : ''}`}>
              <article id={`eintrag-${e.id}`} tabIndex={-1} aria-labelledby={`entry-${e.id}`}>
                <div className="timeline-meta">
                  <Badge tone={kindTone(e.kind)}>{entryKindLabels[e.kind]}</Badge>
                  {e.entrusted ? (
                    <Badge tone="danger" outline title="Anvertraute Information nach § 65 SGB VIII">
                      {/* One span: the badge lays out its children with a gap. */}
                      <span>
                        Anvertraut (<LawCitation cite="§ 65 SGB VIII">§ 65</LawCitation>)
                      </span>
                    </Badge>
                  ) : null}
                  <span className="muted small">
                    <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time> ·{' '}
                    {e.author.displayName}
                  </span>
                </div>
                <h3 id={`entry-${e.id}`} className="timeline-title">
                  {e.title}
                </h3>
                {e.body ? <p className="pre-wrap timeline-body">{e.body}</p> : null}
                {e.entrusted && e.entrustedTo ? (
                  <div className="timeline-entrusted">
                    <p className="muted small">Anvertraut an {e.entrustedTo.displayName}</p>
                    {props.canAdd && e.entrustedTo.id === me.id ? (
                      <Button
                        variant="secondary"
                        size="sm"
                        onClick={() => {
                          setNotice(null);
                          setDisclosing(e);
                        }}
                      >
                        Weitergeben …<span className="visually-hidden"> „{e.title}“</span>
                      </Button>
                    ) : null}
                  </div>
                ) : null}
                <DisclosureList caseId={props.caseId} entry={e} onRevoked={setNotice} />
                {e.entrusted ? null : (
                  <ReleaseControl
                    caseId={props.caseId}
                    kind="entry"
                    itemId={e.id}
                    label={e.title}
                    release={releases.data?.find((r) => r.itemKind === 'entry' && r.itemId === e.id)}
                    canManage={props.canAdd}
                  />
                )}
                {e.documentId ? (
                  <p className="small">
                    <a href={documentContentUrl(props.caseId, e.documentId)} download>
                      Dokument herunterladen
                    </a>
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      </section>
      <Dialog
        open={disclosing !== null}
        title="Anvertrauten Eintrag weitergeben"
        onClose={() => setDisclosing(null)}
      >
        {disclosing ? (
          <DiscloseForm
            key={disclosing.id}
            caseId={props.caseId}
            entry={disclosing}
            onDone={(message) => {
              setDisclosing(null);
              setNotice(message);
            }}
          />
        ) : null}
      </Dialog>
    </div>
  );
}

const kindOptions = ZCreateEntryRequestSchema.shape.kind.options.map((k) => ({
  value: k,
  label: entryKindLabels[k],
}));
type NewEntryKind = (typeof ZCreateEntryRequestSchema.shape.kind.options)[number];

function NewEntryForm(props: { caseId: string }) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<NewEntryKind>('note');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [entrusted, setEntrusted] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: (payload: unknown) =>
      api<unknown>(`/api/cases/${encodeURIComponent(props.caseId)}/entries`, {
        method: 'POST',
        body: payload,
      }),
    onSuccess: async () => {
      setSaved(`Eintrag „${title.trim()}“ wurde gespeichert.`);
      setTitle('');
      setBody('');
      setEntrusted(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.entries(props.caseId) }),
        queryClient.invalidateQueries({ queryKey: keys.myDay }),
      ]);
    },
    onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const payload = { kind, title: title.trim(), body, entrusted };
    const parsed = ZCreateEntryRequestSchema.safeParse(payload);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    create.mutate(payload);
  }

  return (
    <Card title="Neuer Eintrag" className="timeline-form">
      <form className="stack" onSubmit={submit} noValidate>
        <LiveMessage error={create.isError ? errorMessage(create.error) : null} success={saved} />
        <Select
          label="Art"
          options={kindOptions}
          value={kind}
          onChange={(e) => setKind(ZCreateEntryRequestSchema.shape.kind.parse(e.target.value))}
        />
        <TextField
          label="Titel"
          required
          maxLength={300}
          value={title}
          error={errors.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Textarea
          label="Text"
          optional
          rows={6}
          value={body}
          error={errors.body}
          onChange={(e) => setBody(e.target.value)}
        />
        <DictationButton
          field="Text"
          onText={(text) => setBody((current) => appendDictation(current, text))}
        />
        <Checkbox
          label="Anvertraut (§ 65 SGB VIII) – nur für mich sichtbar"
          hint={
            <LawText text="Für Mitteilungen, die Ihnen im Vertrauen gemacht wurden: Den Eintrag sehen nur Sie – auch Teamleitung und Vertretung nicht. Weitergeben dürfen Sie ihn nur mit Einwilligung der Person, die sich Ihnen anvertraut hat, oder mit gesetzlicher Befugnis (§ 65 Abs. 1)." />
          }
          checked={entrusted}
          onChange={(e) => setEntrusted(e.target.checked)}
        />
        <div className="form-actions">
          <Button type="submit" busy={create.isPending}>
            Eintrag speichern
          </Button>
        </div>
      </form>
    </Card>
  );
}
