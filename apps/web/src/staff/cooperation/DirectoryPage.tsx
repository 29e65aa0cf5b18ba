import {
  directoryKindLabels,
  offerLanguageLabels,
  type TDirectoryEntry,
  ZDirectoryKind,
} from '@lotse/shared';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, EmptyState, LiveMessage, PageHeader, Select, Spinner } from '../../ui/index.ts';
import { useDirectory, useDirectoryFacets } from './api.ts';
import { CooperationNav } from './CooperationNav.tsx';
import { DirectoryEntryCard } from './DirectoryEntryCard.tsx';
import { DirectoryEntryForm } from './DirectoryEntryForm.tsx';
import { SearchFilters, useAddressFilters } from './SearchFilters.tsx';

const kindOptions = ZDirectoryKind.options.map((k) => ({ value: k, label: directoryKindLabels[k] }));
const languageLabel = (code: string) => offerLanguageLabels[code as keyof typeof offerLanguageLabels] ?? code;

/**
 * The directory of experts and services in the region — child psychiatry, interpreters, insoweit
 * erfahrene Fachkräfte, family courts, counselling — kept by the offices together. The search lives
 * in the address; entries of the own office can be changed.
 */
export function DirectoryPage() {
  const filters = useAddressFilters();
  const { setParam } = filters;
  const filter = {
    q: filters.get('q'),
    kind: filters.get('art'),
    topic: filters.get('thema'),
    language: filters.get('sprache'),
  };
  const entries = useDirectory(filter);
  const facets = useDirectoryFacets();
  const [editing, setEditing] = useState<TDirectoryEntry | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const topicOptions = (facets.data?.topics ?? []).map((t) => ({
    value: t.topic,
    label: `${t.topic} (${t.count})`,
  }));
  if (filter.topic && !topicOptions.some((o) => o.value === filter.topic))
    topicOptions.unshift({ value: filter.topic, label: filter.topic });
  const languageOptions = (facets.data?.languages ?? []).map((l) => ({
    value: l.language,
    label: `${languageLabel(l.language)} (${l.count})`,
  }));
  const list = entries.data ?? [];

  return (
    <div className="cooperation-page">
      <title>Fachstellen der Region – Kooperation – Lotse</title>
      <CooperationNav />
      <PageHeader
        title="Fachstellen der Region"
        lead="Fachleute und Dienste, mit denen die Jugendämter der Region zusammenarbeiten – gepflegt von den Ämtern gemeinsam."
        actions={
          editing === null ? (
            <Button
              onClick={() => {
                setSaved(null);
                setEditing('new');
              }}
            >
              Eintrag anlegen
            </Button>
          ) : null
        }
      />
      <LiveMessage success={saved} />
      {editing !== null ? (
        <DirectoryEntryForm
          entry={editing === 'new' ? null : editing}
          onDone={(entry) => {
            setEditing(null);
            if (entry) setSaved(`„${entry.name}“ ist gespeichert.`);
          }}
        />
      ) : null}
      <SearchFilters label="Fachstellen suchen" hint="Name, Thema, Ort oder Hinweis" filters={filters}>
        <Select
          label="Art der Stelle"
          placeholder="Alle Arten"
          options={kindOptions}
          value={filter.kind ?? ''}
          onChange={(e) => setParam('art', e.target.value)}
        />
        <Select
          label="Thema"
          placeholder="Alle Themen"
          options={topicOptions}
          value={filter.topic ?? ''}
          onChange={(e) => setParam('thema', e.target.value)}
        />
        <Select
          label="Sprache"
          placeholder="Alle Sprachen"
          options={languageOptions}
          value={filter.language ?? ''}
          onChange={(e) => setParam('sprache', e.target.value)}
        />
      </SearchFilters>
      <div aria-live="polite" className="live-region results-status">
        {entries.isError ? (
          <Alert tone="danger" title="Das Verzeichnis konnte nicht geladen werden">
            <p>{errorMessage(entries.error)}</p>
          </Alert>
        ) : null}
        {entries.isPending ? <Spinner label="Fachstellen werden geladen …" /> : null}
        {entries.data ? (
          <p className="muted">{list.length === 1 ? '1 Fachstelle' : `${list.length} Fachstellen`}</p>
        ) : null}
      </div>
      {entries.data && list.length === 0 ? (
        <EmptyState>Keine Fachstellen für diese Auswahl.</EmptyState>
      ) : null}
      {list.length > 0 ? (
        <ul
          className={['plain-list', 'cooperation-list', entries.isPlaceholderData ? 'is-stale' : '']
            .filter(Boolean)
            .join(' ')}
          aria-label="Fachstellen"
          aria-busy={entries.isPlaceholderData || undefined}
        >
          {list.map((entry) => (
            <li key={entry.id}>
              <DirectoryEntryCard
                entry={entry}
                onEdit={() => {
                  setSaved(null);
                  setEditing(entry);
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
