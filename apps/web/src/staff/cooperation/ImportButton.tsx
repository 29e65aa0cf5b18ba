import type { TPublicationSummary } from '@lotse/shared';
import { useState } from 'react';
import { Button } from '../../ui/index.ts';
import { useImportPublication } from './api.ts';
import { RefusalMessage } from './Findings.tsx';

/** What a copy became: a new article (to open at once) or an imported § 8a catalogue. */
export interface Imported {
  message: string;
  articleId: string | null;
}

/**
 * "Kopie übernehmen": the publication becomes the office's own article (or § 8a catalogue), marked
 * with where it came from. The mutation lives in the card (`useImportOnCard`), which stays when the
 * refreshed list no longer offers the button, so the result is still announced.
 */
export function useImportOnCard(p: TPublicationSummary) {
  const importer = useImportPublication();
  const [imported, setImported] = useState<Imported | null>(null);
  const start = () =>
    importer.mutate(p.id, {
      onSuccess: (result) =>
        setImported({
          articleId: result.item.articleId,
          message: result.item.articleId
            ? `„${p.title}“ ist übernommen und steht jetzt unter den Artikeln Ihres Amtes.`
            : `Der Katalog „${p.title}“ ist übernommen und steht unter den Einschätzungskatalogen Ihres Amtes.`,
        }),
    });
  return { importer, imported, start };
}

export function ImportButton(props: {
  publication: TPublicationSummary;
  state: ReturnType<typeof useImportOnCard>;
}) {
  const { importer, start } = props.state;
  return (
    <div className="stack-sm">
      <Button
        size="sm"
        busy={importer.isPending}
        aria-label={`Kopie übernehmen: „${props.publication.title}“`}
        onClick={start}
      >
        Kopie übernehmen
      </Button>
      {importer.isError ? <RefusalMessage error={importer.error} title="Nicht übernommen" /> : null}
    </div>
  );
}
