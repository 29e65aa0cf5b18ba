import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, LiveMessage, PageHeader, Spinner } from '../../ui/index.ts';
import { useAdminFlow } from '../api.ts';
import { FlowEditor } from './FlowEditor.tsx';
import { FlowVersionInfo } from './FlowVersionInfo.tsx';

/** "Eingangsassistent": the questions families answer, versioned. */
export function FlowPage() {
  const flow = useAdminFlow();
  const [publishedVersion, setPublishedVersion] = useState<number | null>(null);

  return (
    <>
      <title>Eingangsassistent – Verwaltung – Lotse</title>
      <PageHeader
        title="Eingangsassistent"
        lead="Die Fragen, mit denen Familien ihr Anliegen schildern. Deutsch ist Pflicht; leere Übersetzungen ersetzt Lotse durch seine mitgelieferte Übersetzung."
      />
      <LiveMessage
        success={
          publishedVersion !== null
            ? `Version ${publishedVersion} ist veröffentlicht. Familien sehen die neuen Texte ab sofort.`
            : null
        }
      />
      {flow.isPending ? <Spinner /> : null}
      {flow.isError ? (
        <Alert tone="danger" title="Der Ablauf konnte nicht geladen werden">
          <p>{errorMessage(flow.error)}</p>
        </Alert>
      ) : null}
      {flow.data ? (
        <div className="stack">
          <FlowVersionInfo flow={flow.data} />
          {/* A new version starts a fresh draft. */}
          <FlowEditor key={flow.data.version} flow={flow.data} onPublished={setPublishedVersion} />
        </div>
      ) : null}
    </>
  );
}
