import { cooperationKindLabels, type TPackageInspection } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, LiveMessage, TextField } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { articlePath } from '../knowledge/paths.ts';
import { useImportPackage, useInspectPackage } from './api.ts';
import { RefusalMessage } from './Findings.tsx';

const MAX_BYTES = 1024 * 1024;

/**
 * Read a package file: the server checks the signature and the content and shows who signed it;
 * the person enters the fingerprint the other office told them, then the templates are imported.
 */
export function ImportPackageForm() {
  const inspector = useInspectPackage();
  const importer = useImportPackage();
  const [pkg, setPkg] = useState<Record<string, unknown> | null>(null);
  const [inspection, setInspection] = useState<TPackageInspection | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [fingerprint, setFingerprint] = useState('');

  async function choose(file: File | undefined) {
    setPkg(null);
    setInspection(null);
    setFileProblem(null);
    importer.reset();
    inspector.reset();
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFileProblem('Die Datei ist zu groß (höchstens 1 MB).');
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setFileProblem('Die Datei ist kein gültiges JSON. Ist es ein Lotse-Vorlagenpaket?');
      return;
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      setFileProblem('Die Datei ist kein Lotse-Vorlagenpaket.');
      return;
    }
    const raw = data as Record<string, unknown>;
    setPkg(raw);
    inspector.mutate(raw, { onSuccess: setInspection });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!pkg) return;
    importer.mutate({ pkg, trustedFingerprint: fingerprint });
  }

  const result = importer.data;
  const imported = result?.items.filter((i) => i.status === 'imported').length ?? 0;

  return (
    <Card title="Paket einlesen">
      <form className="stack" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor="package-file">
            Paketdatei (JSON)
          </label>
          <input
            id="package-file"
            className="input cooperation-file"
            type="file"
            accept="application/json,.json"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </div>
        <div className="live-region" aria-live="polite">
          {fileProblem ? <Alert tone="danger">{fileProblem}</Alert> : null}
          {inspector.isPending ? <p className="muted">Signatur und Inhalt werden geprüft …</p> : null}
          {inspector.isError ? (
            <RefusalMessage error={inspector.error} title="Das Paket kann nicht eingelesen werden" />
          ) : null}
        </div>
        {inspection ? (
          <div className="stack">
            <Alert
              tone="info"
              title={`Signiert von ${inspection.office} am ${formatDateTime(inspection.createdAt)}`}
            >
              <p>Fingerabdruck des Schlüssels, mit dem das Paket signiert wurde:</p>
              <p className="cooperation-fingerprint">{inspection.fingerprint}</p>
              <p>
                Vergleichen Sie ihn mit dem Fingerabdruck, den {inspection.office} Ihnen auf einem anderen Weg
                genannt hat (Telefon, Brief). Stimmt er nicht, lesen Sie das Paket nicht ein.
              </p>
            </Alert>
            <section aria-labelledby="package-items">
              <h3 id="package-items">Inhalt</h3>
              <ul>
                {inspection.items.map((i) => (
                  <li key={`${i.kind}:${i.title}`}>
                    {i.title} <span className="muted small">({cooperationKindLabels[i.kind]})</span>
                  </li>
                ))}
              </ul>
            </section>
            <TextField
              label="Fingerabdruck, den Ihnen das andere Amt genannt hat"
              value={fingerprint}
              onChange={(e) => setFingerprint(e.target.value)}
              hint="Acht Blöcke aus je vier Zeichen; Leerzeichen und Groß- oder Kleinschreibung spielen keine Rolle."
              autoComplete="off"
              spellCheck={false}
            />
            {importer.isError ? <RefusalMessage error={importer.error} title="Nicht eingelesen" /> : null}
            <div className="form-actions">
              <Button type="submit" busy={importer.isPending} disabled={!fingerprint.trim()}>
                Fingerabdruck bestätigen und einlesen
              </Button>
            </div>
          </div>
        ) : null}
        <LiveMessage
          success={
            result
              ? `${imported === 1 ? '1 Vorlage' : `${imported} Vorlagen`} von ${result.office} übernommen${
                  result.items.length > imported ? `, ${result.items.length - imported} übersprungen` : ''
                }.`
              : null
          }
        />
        {result ? (
          <ul className="cooperation-result" aria-label="Ergebnis des Imports">
            {result.items.map((i) => (
              <li key={`${i.kind}:${i.title}`}>
                {i.articleId ? <Link to={articlePath(i.articleId)}>{i.title}</Link> : i.title}:{' '}
                {i.status === 'imported' ? 'übernommen' : `übersprungen – ${i.reason ?? ''}`}
              </li>
            ))}
          </ul>
        ) : null}
      </form>
    </Card>
  );
}
