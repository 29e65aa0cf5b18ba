import {
  freshnessLabels,
  offerLanguageLabels,
  offerSettingLabels,
  specialisationLabels,
  type TFreshness,
  type TPlacementResult,
} from '@lotse/shared';
import type { ReactNode } from 'react';
import { Badge, type Tone } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';

function freshnessTone(freshness: TFreshness): Tone {
  switch (freshness) {
    case 'today':
      return 'success';
    case 'week':
      return 'info';
    case 'stale':
      return 'warning';
    case 'never':
      return 'neutral';
  }
}

/** "3,2 km" below ten kilometres, "12 km" above (as the server's explanation writes it). */
export function formatKm(km: number): string {
  return km < 10 ? `${km.toLocaleString('de-DE', { maximumFractionDigits: 1 })} km` : `${Math.round(km)} km`;
}

function freeText(free: number): string {
  if (free === 0) return 'kein freier Platz';
  return free === 1 ? 'freier Platz' : 'freie Plätze';
}

/** Each criterion the search asked for, met (✓) or not (✗): the sign and the words say it, not the colour. */
function CriteriaChips(props: { criteria: TPlacementResult['criteria'] }) {
  return (
    <ul className="placement-criteria" aria-label="Kriterien">
      {props.criteria.map((c) => (
        <li key={c.key} className={c.met ? 'criterion criterion-met' : 'criterion criterion-unmet'}>
          <span aria-hidden="true" className="criterion-sign">
            {c.met ? '✓' : '✗'}
          </span>
          <span className="visually-hidden">{c.met ? 'erfüllt: ' : 'nicht erfüllt: '}</span>
          {c.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * One facility in the results: who, where, how many places are free, how current that is, and why it
 * ranks here. `select` is the slot for choosing results for an inquiry ("Anfrage senden"): its
 * checkbox heads the card; `selected` marks the chosen card.
 */
export function PlacementResultCard(props: {
  result: TPlacementResult;
  updated: boolean;
  headingId: string;
  select?: ReactNode;
  selected?: boolean;
}) {
  const r = props.result;
  const className = [
    'placement-card',
    props.updated ? 'placement-card-updated' : '',
    props.selected ? 'placement-card-selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <article className={className} aria-labelledby={`${props.headingId} ${props.headingId}-provider`}>
      {props.select ? <div className="placement-card-select">{props.select}</div> : null}
      <div className="placement-card-main">
        <div className="placement-card-body">
          <div className="placement-card-titlerow">
            <h3 id={props.headingId} className="placement-card-title">
              {r.facilityName}
            </h3>
            <Badge tone={freshnessTone(r.freshness)}>{freshnessLabels[r.freshness]}</Badge>
            {props.updated ? (
              <Badge tone="accent" outline>
                gerade aktualisiert
              </Badge>
            ) : null}
          </div>
          <p id={`${props.headingId}-provider`} className="placement-card-provider">
            {r.providerName}
          </p>
          <p className="placement-card-offer">
            {r.offerTitle} · {offerSettingLabels[r.setting]} · {r.ageMin}–{r.ageMax} Jahre
          </p>
          <p className="placement-card-place">
            {r.postcode} {r.city}
            {r.distanceKm !== null ? ` · ${formatKm(r.distanceKm)} entfernt` : ''}
          </p>
        </div>
        <p className={r.freePlaces > 0 ? 'placement-free' : 'placement-free placement-free-none'}>
          {r.freePlaces > 0 ? <strong className="placement-free-count">{r.freePlaces}</strong> : null}{' '}
          <span className="placement-free-label">{freeText(r.freePlaces)}</span>{' '}
          <span className="placement-free-detail">
            von {r.capacity}
            {r.reservedPlaces > 0 ? `, ${r.reservedPlaces} reserviert` : ''}
          </span>
        </p>
      </div>
      <p className="placement-explanation">{r.explanation}</p>
      <CriteriaChips criteria={r.criteria} />
      {r.specialisations.length > 0 || r.languages.length > 0 ? (
        <p className="placement-card-more">
          {r.specialisations.length > 0
            ? `Schwerpunkte: ${r.specialisations.map((s) => specialisationLabels[s]).join(', ')}`
            : ''}
          {r.specialisations.length > 0 && r.languages.length > 0 ? <br /> : null}
          {r.languages.length > 0
            ? `Sprachen: ${r.languages.map((l) => offerLanguageLabels[l]).join(', ')}`
            : ''}
        </p>
      ) : null}
      <div className="placement-card-foot">
        <p className="placement-contact">
          {r.phone ? <a href={`tel:${r.phone.replace(/[^+\d]/g, '')}`}>{r.phone}</a> : null}
          {r.email ? <a href={`mailto:${r.email}`}>{r.email}</a> : null}
          {!r.phone && !r.email ? <span className="muted">Keine Kontaktdaten hinterlegt</span> : null}
        </p>
        <p className="placement-confirmed">
          {r.confirmedAt ? `Stand: ${formatDateTime(r.confirmedAt)}` : 'Noch nie bestätigt'}
        </p>
      </div>
    </article>
  );
}
