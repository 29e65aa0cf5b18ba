import { allowedDocumentTypes, limits } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, EmptyState, LiveMessage, Spinner, Table } from '../../ui/index.ts';
import { documentContentUrl, keys, useDocuments } from '../api.ts';
import { useReleases } from '../family/api.ts';
import { ReleaseControl } from '../family/ReleaseControl.tsx';
import { formatBytes, formatDateTime } from '../format.ts';

const mediaTypeLabels: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG-Bild',
  'image/jpeg': 'JPEG-Bild',
  'image/webp': 'WebP-Bild',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word-Dokument',
  'application/vnd.oasis.opendocument.text': 'OpenDocument-Text',
  'text/plain': 'Text',
};

function mediaTypeLabel(mediaType: string): string {
  return mediaTypeLabels[mediaType] ?? mediaType;
}

const accept = [
  ...allowedDocumentTypes,
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.docx',
  '.odt',
  '.txt',
].join(',');

export function DocumentsPanel(props: { caseId: string; canUpload: boolean }) {
  const documents = useDocuments(props.caseId);
  const releases = useReleases(props.caseId);
  return (
    <div className="stack">
      {props.canUpload ? <UploadForm caseId={props.caseId} /> : null}
      <section aria-labelledby="documents-title" className="stack-sm">
        <h2 id="documents-title">Dokumente</h2>
        {documents.isPending ? <Spinner /> : null}
        {documents.isError ? <Alert tone="danger">{errorMessage(documents.error)}</Alert> : null}
        {documents.data && documents.data.length === 0 ? (
          <EmptyState>Noch keine Dokumente.</EmptyState>
        ) : null}
        {documents.data && documents.data.length > 0 ? (
          <Table caption="Dokumente des Falls" captionHidden stacked>
            <thead>
              <tr>
                <th scope="col">Datei</th>
                <th scope="col" className="num">
                  Größe
                </th>
                <th scope="col">Hochgeladen von</th>
                <th scope="col">Datum</th>
              </tr>
            </thead>
            <tbody>
              {documents.data.map((d) => (
                <tr key={d.id}>
                  <td data-label="Datei">
                    <a href={documentContentUrl(props.caseId, d.id)} download={d.filename}>
                      {d.filename}
                      <span className="visually-hidden"> herunterladen</span>
                    </a>
                    <br />
                    <span className="muted">{mediaTypeLabel(d.mediaType)}</span>
                    <ReleaseControl
                      caseId={props.caseId}
                      kind="document"
                      itemId={d.id}
                      label={d.filename}
                      release={releases.data?.find((r) => r.itemKind === 'document' && r.itemId === d.id)}
                      canManage={props.canUpload}
                    />
                  </td>
                  <td data-label="Größe" className="num">
                    {formatBytes(d.sizeBytes)}
                  </td>
                  <td data-label="Von">{d.uploadedBy.displayName}</td>
                  <td data-label="Datum" className="nowrap">
                    {formatDateTime(d.createdAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null}
      </section>
    </div>
  );
}

function UploadForm(props: { caseId: string }) {
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => {
      const form = new FormData();
      form.append('file', f, f.name);
      return api<unknown>(`/api/cases/${encodeURIComponent(props.caseId)}/documents`, {
        method: 'POST',
        body: form,
      });
    },
    onSuccess: async (_data, f) => {
      setSaved(`„${f.name}“ wurde hochgeladen.`);
      setFile(null);
      if (input.current) input.current.value = '';
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.documents(props.caseId) }),
        queryClient.invalidateQueries({ queryKey: keys.entries(props.caseId) }),
      ]);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    if (!file) {
      setLocalError('Bitte wählen Sie eine Datei aus.');
      return;
    }
    if (file.size > limits.uploadBytes) {
      setLocalError(`Die Datei ist zu groß (höchstens ${formatBytes(limits.uploadBytes)}).`);
      return;
    }
    setLocalError(null);
    upload.mutate(file);
  }

  return (
    <Card title="Dokument hochladen">
      <form className="stack" onSubmit={submit} noValidate>
        <LiveMessage
          error={localError ?? (upload.isError ? errorMessage(upload.error) : null)}
          success={saved}
        />
        <div className="field">
          <label htmlFor="document-file" className="field-label">
            Datei
          </label>
          <span id="document-file-hint" className="field-hint">
            PDF, Bild (PNG, JPEG, WebP), Word (DOCX), OpenDocument-Text oder Text; höchstens{' '}
            {formatBytes(limits.uploadBytes)}.
          </span>
          <input
            ref={input}
            id="document-file"
            name="file"
            type="file"
            accept={accept}
            className="input input-file"
            aria-describedby="document-file-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" busy={upload.isPending}>
            Hochladen
          </Button>
        </div>
      </form>
    </Card>
  );
}
