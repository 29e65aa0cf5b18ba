import {
  freshnessLabels,
  helpTypeLabels,
  offerLanguageLabels,
  offerSettingLabels,
  specialisationLabels,
  type TOffer,
  type TProviderFacility,
} from '@lotse/shared';
import { useId } from 'react';
import { Badge, Card } from '../../ui/index.ts';
import { freshnessTone, helpTypeShortLabels } from '../labels.ts';
import { AvailabilityForm } from './AvailabilityForm.tsx';
import { AvailabilityHistory } from './AvailabilityHistory.tsx';
import { OfferEditor } from './OfferEditor.tsx';

/** One facility: where it is and what it offers on the left, its places and their confirmation on the right. */
export function FacilityCard({ facility }: { facility: TProviderFacility }) {
  const { availability } = facility;
  const offersId = useId();
  const canEditOffers = facility.allowedActions.includes('edit_offers');
  const address = [facility.street, `${facility.postcode} ${facility.city}`].filter(Boolean).join(', ');
  return (
    <Card
      as="article"
      title={facility.name}
      className="provider-facility"
      aria-label={facility.name}
      actions={
        <Badge tone={freshnessTone(availability.freshness)}>{freshnessLabels[availability.freshness]}</Badge>
      }
    >
      <div className="provider-facility-body">
        <div className="stack-sm">
          <p className="provider-address">
            {address}
            {facility.serviceArea ? (
              <span className="muted"> · Einzugsgebiet: {facility.serviceArea}</span>
            ) : null}
          </p>
          <h3 id={offersId} className="provider-subhead">
            {facility.offers.length === 1 ? 'Angebot' : 'Angebote'}
          </h3>
          {facility.offers.length === 0 ? (
            <p className="muted">Noch keine Angebote eingetragen.</p>
          ) : (
            <ul className="plain-list stack-sm" aria-labelledby={offersId}>
              {facility.offers.map((offer) => (
                <li key={offer.id}>
                  <OfferSummary offer={offer} />
                  {canEditOffers ? <OfferEditor offer={offer} /> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="provider-places stack-sm">
          <AvailabilityForm facility={facility} />
          <AvailabilityHistory facility={facility} />
        </div>
      </div>
    </Card>
  );
}

function OfferSummary({ offer }: { offer: TOffer }) {
  const details = [
    offer.specialisations.length > 0
      ? `Schwerpunkte: ${offer.specialisations.map((s) => specialisationLabels[s]).join(', ')}`
      : '',
    offer.languages.length > 0
      ? `Sprachen: ${offer.languages.map((l) => offerLanguageLabels[l]).join(', ')}`
      : '',
  ].filter(Boolean);
  return (
    <div className="provider-offer">
      <p className="provider-offer-title">
        <strong>{offer.title}</strong>
        {offer.active ? null : (
          <>
            {' '}
            <Badge tone="neutral">nicht aktiv</Badge>
          </>
        )}
      </p>
      <p className="provider-offer-facts">
        {offer.helpTypes.map((h) => (
          <Badge key={h} tone="info" title={helpTypeLabels[h]}>
            {helpTypeShortLabels[h]}
          </Badge>
        ))}
        <span>
          {offer.ageMin}–{offer.ageMax} Jahre · {offerSettingLabels[offer.setting]}
        </span>
      </p>
      {details.map((d) => (
        <p key={d} className="small muted">
          {d}
        </p>
      ))}
    </div>
  );
}
