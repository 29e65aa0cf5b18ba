import type { TCaseDetail } from '@lotse/shared';
import { OfferChoiceCard } from './OfferChoiceCard.tsx';
import { SharingCard } from './SharingCard.tsx';
import './sharing.css';

/**
 * The case page's row for working with providers: the family's choice among offers (§ 5 SGB VIII)
 * before a place is found, the consents and shares once the help runs. The row spans the page's
 * grid, so the cards keep their widths whatever other cards the case shows.
 */
export function CaseSharingCards(props: { detail: TCaseDetail }) {
  return (
    <div className="case-sharing">
      <OfferChoiceCard detail={props.detail} />
      <SharingCard detail={props.detail} />
    </div>
  );
}
