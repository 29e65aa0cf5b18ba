import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, EmptyState, PageHeader, Spinner } from '../../ui/index.ts';
import { useProviderFacilities } from '../api.ts';
import { waitingForConfirmation } from '../labels.ts';
import { FacilityCard } from './FacilityCard.tsx';

/**
 * "Freie Plätze", the portal's start: every facility of the provider with its offers and its free and
 * reserved places, confirmed in two clicks. The offices' placement search shows these numbers.
 */
export function PlacesPage() {
  const facilities = useProviderFacilities();
  const data = facilities.data;

  return (
    <>
      <title>Freie Plätze – Trägerportal – Lotse</title>
      <PageHeader
        title="Freie Plätze"
        lead={
          data
            ? `${data.provider.name}: Bitte bestätigen Sie die Zahlen mindestens einmal pro Woche. Die Jugendämter sehen sie bei der Platzsuche.`
            : undefined
        }
      />
      <div className="stack">
        {facilities.isPending ? <Spinner label="Einrichtungen werden geladen …" /> : null}
        {facilities.isError ? (
          isApiError(facilities.error, 403) ? (
            // Provider staff whose account is not linked to a provider yet: the server says what to do.
            <Alert tone="warning">
              <p>{errorMessage(facilities.error)}</p>
            </Alert>
          ) : (
            <Alert tone="danger" title="Die Einrichtungen konnten nicht geladen werden">
              <p>{errorMessage(facilities.error)}</p>
            </Alert>
          )
        ) : null}
        {data && data.staleCount > 0 ? (
          <Alert tone="warning" title={waitingForConfirmation(data.staleCount)}>
            <p>Einrichtungen ohne aktuelle Zahlen stehen in der Platzsuche der Jugendämter weiter hinten.</p>
          </Alert>
        ) : null}
        {data && data.items.length === 0 ? (
          <EmptyState>
            Für Ihren Träger sind noch keine Einrichtungen eingetragen. Bitte wenden Sie sich an das
            Jugendamt.
          </EmptyState>
        ) : null}
        {data && data.items.length > 0 ? (
          <ul className="plain-list stack provider-facilities">
            {data.items.map((facility) => (
              <li key={facility.id}>
                <FacilityCard facility={facility} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </>
  );
}
