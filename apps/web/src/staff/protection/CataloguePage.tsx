import { protectionLimits, ZProtectionCatalogueSchema } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, Card, LiveMessage, PageHeader, Spinner, Table } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { useCatalogues, useImportCatalogue } from './api.ts';

interface Problem {
  where: string;
  message: string;
}

/** "domains.2.factors.0.anchors" → "Bereich 3 › Faktor 1 › anchors": where in the file, in words. */
function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    if ((key === 'domains' || key === 'factors' || key === 'scale') && typeof next === 'number') {
      const noun = key === 'domains' ? 'Bereich' : key === 'factors' ? 'Faktor' : 'Skalenstufe';
      parts.push(`${noun} ${next + 1}`);
      i++;
    } else parts.push(key);
  }
  return parts.join(' › ') || 'Datei';
}

/**
 * The factor catalogues an office can assess with (default and imported) and — for whom the server
 * allows it — the import of the office's own catalogue as a JSON file in the documented format.
 */
export function CataloguePage() {
  const catalogues = useCatalogues();
  return (
    <div className="protection-page">
      <title>Einschätzungskataloge (§ 8a) – Lotse</title>
      <PageHeader
        title="Einschätzungskataloge (§ 8a)"
        lead="Kataloge mit Risiko- und Schutzfaktoren für die Gefährdungseinschätzung"
      />
      {catalogues.isPending ? (
        <Spinner label="Kataloge werden geladen …" />
      ) : catalogues.isError ? (
        isApiError(catalogues.error, 403) ? (
          <Alert tone="warning" title="Keine Berechtigung">
            <p>Die Einschätzungskataloge sehen Fachkräfte, Teamleitungen und die Administration.</p>
          </Alert>
        ) : (
          <Alert tone="danger">{errorMessage(catalogues.error)}</Alert>
        )
      ) : (
        <div className="stack">
          <Card title="Verfügbare Kataloge" className="protection-catalogues">
            <Table caption="Verfügbare Einschätzungskataloge" captionHidden stacked>
              <thead>
                <tr>
                  <th scope="col">Titel</th>
                  <th scope="col">Fassung</th>
                  <th scope="col">Herkunft</th>
                  <th scope="col">Bereiche</th>
                  <th scope="col">Risiko- / Schutzfaktoren</th>
                </tr>
              </thead>
              <tbody>
                {catalogues.data.catalogues.map((c) => (
                  <tr key={`${c.id}@${c.version}`}>
                    <th scope="row" data-label="Titel">
                      {c.title}
                    </th>
                    <td data-label="Fassung">{c.version}</td>
                    <td data-label="Herkunft">
                      {c.source === 'default'
                        ? 'Lotse-Standard'
                        : `importiert${c.importedBy ? ` von ${c.importedBy.displayName}` : ''}${
                            c.importedAt ? ` am ${formatDateTime(c.importedAt)}` : ''
                          }`}
                    </td>
                    <td data-label="Bereiche">{c.domainCount}</td>
                    <td data-label="Risiko / Schutz">
                      {c.riskFactorCount} / {c.protectiveFactorCount}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
          {catalogues.data.mayImport ? <ImportForm /> : null}
        </div>
      )}
    </div>
  );
}

function ImportForm() {
  const importer = useImportCatalogue();
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [headline, setHeadline] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    setProblems([]);
    setHeadline(null);
    if (!file) {
      setHeadline('Bitte wählen Sie eine JSON-Datei aus.');
      return;
    }
    if (file.size > protectionLimits.catalogueBytes) {
      setHeadline(`Die Datei ist zu groß (höchstens ${protectionLimits.catalogueBytes / 1024} KB).`);
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch (cause) {
      setHeadline(
        `Die Datei ist kein gültiges JSON: ${cause instanceof Error ? cause.message : 'unbekannter Fehler'}.`,
      );
      return;
    }
    const parsed = ZProtectionCatalogueSchema.safeParse(data);
    if (!parsed.success) {
      setHeadline('Der Katalog entspricht nicht dem Format. Bitte korrigieren Sie diese Stellen:');
      setProblems(
        parsed.error.issues.slice(0, 30).map((i) => ({ where: describePath(i.path), message: i.message })),
      );
      return;
    }
    importer.mutate(data, {
      onSuccess: (entry) => {
        setDone(
          `Der Katalog „${entry.summary.title}“ (Fassung ${entry.summary.version}) wurde importiert: ${entry.summary.domainCount} Bereiche, ${entry.summary.riskFactorCount} Risiko- und ${entry.summary.protectiveFactorCount} Schutzfaktoren.`,
        );
        setFile(null);
      },
      onError: (error) => {
        setHeadline(errorMessage(error));
        if (error instanceof ApiError)
          setProblems(Object.entries(error.fields).map(([where, message]) => ({ where, message })));
      },
    });
  }

  return (
    <Card title="Eigenen Katalog importieren">
      <form className="stack" onSubmit={submit} noValidate>
        <p className="small">
          Ein Jugendamt mit Lizenz für ein anderes Einschätzungsinstrument kann es im Lotse-Format einspielen
          (JSON, beschrieben in <code>data/protection/README.md</code>). Pflicht sind <code>id</code>,{' '}
          <code>version</code>, <code>language</code>, <code>title</code>, <code>scale</code> (vier Stufen
          0–3) und <code>domains</code> mit Faktoren und je vier Ankerbeschreibungen. Bereits erfasste
          Einschätzungen behalten ihren Katalog.
        </p>
        <div className="field">
          <label className="field-label" htmlFor="catalogue-file">
            Katalogdatei (JSON)
          </label>
          <input
            id="catalogue-file"
            className="input protection-file"
            type="file"
            accept="application/json,.json"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <div className="live-region" aria-live="polite">
          {headline ? (
            <div className="alert alert-danger" role="alert">
              <p className="alert-title">{headline}</p>
              {problems.length ? (
                <ul className="protection-import-problems">
                  {problems.map((p) => (
                    <li key={`${p.where}:${p.message}`}>
                      <strong>{p.where}:</strong> {p.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </div>
        <LiveMessage success={done} />
        <div className="form-actions">
          <Button type="submit" busy={importer.isPending}>
            Katalog prüfen und importieren
          </Button>
        </div>
      </form>
    </Card>
  );
}
