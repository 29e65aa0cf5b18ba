import type { TPlacementResult } from '@lotse/shared';
import { useState } from 'react';
import { Button, Checkbox } from '../../ui/index.ts';
import { MAX_RECIPIENTS } from './inquiry.ts';

/** The facilities chosen for one inquiry, in the order they were chosen (kept across searches). */
export interface InquirySelection {
  chosen: TPlacementResult[];
  has: (facilityId: string) => boolean;
  full: boolean;
  toggle: (result: TPlacementResult, checked: boolean) => void;
  remove: (facilityId: string) => void;
  clear: () => void;
}

/** The choice lives on the page, so a changed search keeps what was chosen before. */
export function useInquirySelection(): InquirySelection {
  const [chosen, setChosen] = useState<TPlacementResult[]>([]);
  const remove = (facilityId: string) => setChosen((list) => list.filter((r) => r.facilityId !== facilityId));
  return {
    chosen,
    has: (facilityId) => chosen.some((r) => r.facilityId === facilityId),
    full: chosen.length >= MAX_RECIPIENTS,
    toggle: (result, checked) => {
      if (!checked) remove(result.facilityId);
      else
        setChosen((list) =>
          list.length >= MAX_RECIPIENTS || list.some((r) => r.facilityId === result.facilityId)
            ? list
            : [...list, result],
        );
    },
    remove,
    clear: () => setChosen([]),
  };
}

/** The checkbox of one result card ("Für Anfrage auswählen"), named with the facility for screen readers. */
export function SelectForInquiry(props: { result: TPlacementResult; selection: InquirySelection }) {
  const { result, selection } = props;
  const checked = selection.has(result.facilityId);
  return (
    <Checkbox
      label={
        <>
          Für Anfrage auswählen
          <span className="visually-hidden">
            {' '}
            ({result.facilityName}, {result.providerName})
          </span>
        </>
      }
      checked={checked}
      disabled={!checked && selection.full}
      onChange={(event) => selection.toggle(result, event.target.checked)}
    />
  );
}

/**
 * "N ausgewählt · Anfrage senden": stays in view above the results while the caseworker scrolls and
 * chooses. Counts also what was chosen in an earlier search and is not among these results.
 */
export function InquiryToolbar(props: {
  selection: InquirySelection;
  visibleIds: readonly string[];
  onSend: () => void;
}) {
  const { chosen, full } = props.selection;
  const elsewhere = chosen.filter((r) => !props.visibleIds.includes(r.facilityId)).length;
  return (
    <div className="inquiry-toolbar">
      <p className="inquiry-toolbar-count" aria-live="polite" aria-atomic="true">
        {chosen.length === 0 ? (
          'Wählen Sie bis zu zehn Einrichtungen aus und fragen Sie sie mit einer Anfrage an.'
        ) : (
          <>
            <strong>{chosen.length} ausgewählt</strong>
            {elsewhere > 0 ? ` (davon ${elsewhere} aus einer früheren Suche)` : ''}
            {full ? ' · Mehr als zehn Einrichtungen sind je Anfrage nicht möglich.' : ''}
          </>
        )}
      </p>
      {chosen.length > 0 ? (
        <div className="inquiry-toolbar-actions">
          <Button size="sm" onClick={props.onSend}>
            Anfrage senden
          </Button>
          <Button variant="link" size="sm" onClick={props.selection.clear}>
            Auswahl aufheben
          </Button>
        </div>
      ) : null}
    </div>
  );
}
