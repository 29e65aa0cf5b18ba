import { articleKindLabels } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, Checkbox, EmptyState, Fieldset, LiveMessage, Spinner } from '../../ui/index.ts';
import { useArticles } from '../knowledge/api.ts';
import { useExportPackage } from './api.ts';
import { RefusalMessage } from './Findings.tsx';

/** Offers a signed package as a file download (the JSON exactly as the server signed it). */
function download(pkg: { createdAt: string }) {
  const blob = new Blob([`${JSON.stringify(pkg, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `lotse-vorlagen-${pkg.createdAt.slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Choose own, current articles and templates and download them as a signed package. */
export function ExportPackageForm() {
  const articles = useArticles();
  const exporter = useExportPackage();
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const own = (articles.data ?? [])
    .filter((a) => a.origin.kind === 'own' && !a.archived)
    .sort((a, b) => a.title.localeCompare(b.title, 'de'));

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (chosen.length === 0) {
      setProblem('Bitte wählen Sie mindestens eine Vorlage.');
      return;
    }
    setProblem(null);
    exporter.mutate(chosen, {
      onSuccess: (pkg) => {
        download(pkg);
        setDone(
          chosen.length === 1
            ? 'Das Paket mit 1 Vorlage ist signiert und heruntergeladen.'
            : `Das Paket mit ${chosen.length} Vorlagen ist signiert und heruntergeladen.`,
        );
      },
    });
  }

  return (
    <Card title="Paket exportieren">
      <form className="stack" onSubmit={submit} noValidate>
        {articles.isPending ? <Spinner label="Artikel werden geladen …" /> : null}
        {articles.isError ? <Alert tone="danger">{errorMessage(articles.error)}</Alert> : null}
        {articles.data && own.length === 0 ? (
          <EmptyState>Ihr Amt hat noch keine eigenen Artikel.</EmptyState>
        ) : null}
        {own.length > 0 ? (
          <Fieldset legend="Vorlagen und Artikel Ihres Amtes">
            <div className="cooperation-choices">
              {own.map((a) => (
                <Checkbox
                  key={a.id}
                  label={a.title}
                  hint={articleKindLabels[a.kind]}
                  checked={chosen.includes(a.id)}
                  onChange={(e) =>
                    setChosen(e.target.checked ? [...chosen, a.id] : chosen.filter((id) => id !== a.id))
                  }
                />
              ))}
            </div>
          </Fieldset>
        ) : null}
        {problem ? (
          <Alert tone="danger">{problem}</Alert>
        ) : exporter.isError ? (
          <RefusalMessage error={exporter.error} title="Nicht exportiert" />
        ) : null}
        <LiveMessage success={done} />
        <div className="form-actions">
          <Button type="submit" busy={exporter.isPending} disabled={own.length === 0}>
            Signiertes Paket herunterladen
          </Button>
        </div>
      </form>
    </Card>
  );
}
