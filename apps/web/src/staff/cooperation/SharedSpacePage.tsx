import { cooperationKindLabels, type TCooperationKind, ZCooperationKind } from '@lotse/shared';
import { errorMessage } from '../../api/client.ts';
import { Alert, EmptyState, PageHeader, Select, Spinner } from '../../ui/index.ts';
import { mayInOffice, useCurrentUser } from '../session.tsx';
import { usePublications } from './api.ts';
import { CooperationNav } from './CooperationNav.tsx';
import { OwnPublications } from './OwnPublications.tsx';
import { PublicationCard } from './PublicationCard.tsx';
import { SearchFilters, useAddressFilters } from './SearchFilters.tsx';

const kindOptions = ZCooperationKind.options.map((k) => ({ value: k, label: cooperationKindLabels[k] }));

/**
 * The shared space of the offices on this installation: what other offices published, by kind and
 * words, with "Kopie übernehmen"; below, what the own office published, with "Zurückziehen".
 */
export function SharedSpacePage() {
  const me = useCurrentUser();
  const filters = useAddressFilters();
  const { setParam } = filters;
  const q = filters.get('q') ?? '';
  const kindParam = filters.get('art') ?? '';
  const kind = ZCooperationKind.safeParse(kindParam).success ? (kindParam as TCooperationKind) : undefined;
  const publications = usePublications({ q: q || undefined, kind });
  const others = (publications.data ?? []).filter((p) => !p.own);

  return (
    <div className="cooperation-page">
      <title>Geteilte Vorlagen – Kooperation – Lotse</title>
      <CooperationNav />
      <PageHeader
        title="Kooperation"
        lead={`Vorlagen, Checklisten, Fachartikel und Einschätzungskataloge, die Jugendämter dieser Installation miteinander teilen – ohne personenbezogene Daten. Eine übernommene Kopie gehört Ihrem Amt.`}
      />
      <SearchFilters
        label="Geteilte Vorlagen durchsuchen"
        hint="Titel, Schlagwörter und Kurzbeschreibung"
        filters={filters}
      >
        <Select
          label="Art"
          placeholder="Alle Arten"
          options={kindOptions}
          value={kind ?? ''}
          onChange={(e) => setParam('art', e.target.value)}
        />
      </SearchFilters>
      <section aria-labelledby="others-heading" className="stack">
        <h2 id="others-heading">Von anderen Ämtern</h2>
        <div aria-live="polite" className="live-region results-status">
          {publications.isError ? (
            <Alert tone="danger" title="Die Veröffentlichungen konnten nicht geladen werden">
              <p>{errorMessage(publications.error)}</p>
            </Alert>
          ) : null}
          {publications.isPending ? <Spinner label="Veröffentlichungen werden geladen …" /> : null}
          {publications.data ? (
            <p className="muted">
              {others.length === 1 ? '1 Veröffentlichung' : `${others.length} Veröffentlichungen`}
              {q ? ` zu „${q}“` : ''}
            </p>
          ) : null}
        </div>
        {publications.data && others.length === 0 ? (
          <EmptyState>
            {q || kind
              ? 'Keine Veröffentlichungen für diese Auswahl.'
              : 'Noch hat kein anderes Amt etwas veröffentlicht.'}
          </EmptyState>
        ) : null}
        {others.length > 0 ? (
          <ul
            className={['plain-list', 'cooperation-list', publications.isPlaceholderData ? 'is-stale' : '']
              .filter(Boolean)
              .join(' ')}
            aria-label="Veröffentlichungen anderer Ämter"
            aria-busy={publications.isPlaceholderData || undefined}
          >
            {others.map((p) => (
              <li key={p.id}>
                <PublicationCard publication={p} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <OwnPublications mayPublish={mayInOffice(me, 'publish_cooperation')} />
    </div>
  );
}
