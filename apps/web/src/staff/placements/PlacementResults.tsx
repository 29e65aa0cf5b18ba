import type { TPlacementSearchResponse } from '@lotse/shared';
import { EmptyState } from '../../ui/index.ts';
import { type InquirySelection, InquiryToolbar, SelectForInquiry } from './InquirySelection.tsx';
import { PlacementResultCard } from './PlacementResultCard.tsx';

function hitsText(data: TPlacementSearchResponse): string {
  const hits = `${data.total} Treffer`;
  const shown =
    data.total > data.items.length ? ` · die ${data.items.length} passendsten werden gezeigt` : '';
  const from = data.origin ? ` · Entfernungen ab ${data.origin.postcode} ${data.origin.place}` : '';
  return `${hits}${data.emergency ? ' mit sofort freien Plätzen' : ''}${shown}${from}`;
}

/** The "N Treffer" line; lives in the page's status region so screen readers hear new counts. */
export function HitsLine(props: { data: TPlacementSearchResponse }) {
  return <p className="placement-hits">{hitsText(props.data)}</p>;
}

/** Why there is nothing, and what to change. */
function NoResults(props: { emergency: boolean; narrowed: boolean }) {
  if (props.emergency) {
    return (
      <EmptyState>
        Zurzeit ist kein passender Platz sofort frei. Schalten Sie „Inobhutnahme / Notfall“ aus, um auch
        Einrichtungen ohne freien Platz zu sehen, oder lassen Sie einzelne Angaben weg.
      </EmptyState>
    );
  }
  return (
    <EmptyState>
      {props.narrowed
        ? 'Kein Angebot passt zu diesen Angaben. Lassen Sie einzelne Angaben weg, etwa das Setting, das Geschlecht oder die Hilfeart.'
        : 'Für Ihr Jugendamt sind noch keine Angebote freier Träger hinterlegt.'}
    </EmptyState>
  );
}

/**
 * The results, best fit first (the server ranks: criteria met, free places, distance, freshness;
 * never the price). `updated` marks facilities whose numbers just changed. With `selection` (a search
 * opened from a case) each card can be chosen for an inquiry, and a toolbar above the list sends it.
 */
export function PlacementResults(props: {
  data: TPlacementSearchResponse;
  narrowed: boolean;
  updated: ReadonlySet<string>;
  selection?: InquirySelection;
  onSendInquiry?: () => void;
}) {
  const { selection } = props;
  const toolbar =
    selection && props.onSendInquiry ? (
      <InquiryToolbar
        selection={selection}
        visibleIds={props.data.items.map((r) => r.facilityId)}
        onSend={props.onSendInquiry}
      />
    ) : null;
  if (props.data.items.length === 0) {
    return (
      <>
        {toolbar}
        <NoResults emergency={props.data.emergency} narrowed={props.narrowed} />
      </>
    );
  }
  return (
    <>
      {toolbar}
      <ol className="plain-list placement-results">
        {props.data.items.map((result) => (
          <li key={result.facilityId}>
            <PlacementResultCard
              result={result}
              updated={props.updated.has(result.facilityId)}
              headingId={`placement-${result.facilityId}`}
              select={selection ? <SelectForInquiry result={result} selection={selection} /> : undefined}
              selected={selection?.has(result.facilityId)}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
