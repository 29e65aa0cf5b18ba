import type { TCaseDetail, TCaseOfferChoices } from '@lotse/shared';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, Dialog, LiveMessage, Spinner } from '../../ui/index.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { LawText } from '../law/LawCitation.tsx';
import { useOfferChoices } from './api.ts';
import { OfferPicker } from './OfferPicker.tsx';

const TITLE = 'Wunsch- und Wahlrecht (§ 5)';

type Offer = TCaseOfferChoices['offers'][number];
type Wish = TCaseOfferChoices['wishes'][number];

/**
 * § 5 SGB VIII: the offers the caseworker put before the family (they see them in their app) and what
 * each person wished, or that none fits. Releasing needs the case's "update".
 */
export function OfferChoiceCard(props: { detail: TCaseDetail }) {
  const { detail } = props;
  const choices = useOfferChoices(detail.id);
  const [picking, setPicking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mayRelease = detail.allowedActions.includes('update') && choices.data !== undefined;

  return (
    <Card
      title={TITLE}
      aria-label={TITLE}
      className="offer-choice-card"
      actions={
        mayRelease ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              setNotice(null);
              setPicking(true);
            }}
          >
            Angebote zur Wahl stellen
          </Button>
        ) : null
      }
    >
      <div className="stack">
        <p className="muted small">
          <LawText text="Die Familie ist darauf hinzuweisen, dass sie zwischen Angeboten verschiedener Träger wählen und Wünsche äußern darf (§ 5 SGB VIII)." />
        </p>
        <LiveMessage success={notice} />
        {choices.isPending ? <Spinner label="Angebote werden geladen …" /> : null}
        {choices.isError ? <Alert tone="danger">{errorMessage(choices.error)}</Alert> : null}
        {choices.data ? (
          <>
            <section className="stack-sm" aria-labelledby={`offers-${detail.id}`}>
              <h3 id={`offers-${detail.id}`} className="sharing-heading">
                Zur Wahl gestellt
              </h3>
              {choices.data.offers.length === 0 ? (
                <p className="muted small">Noch keine Angebote. Die Familie sieht sie in ihrer App.</p>
              ) : (
                <ul className="plain-list sharing-list">
                  {choices.data.offers.map((o) => (
                    <OfferItem key={o.id} offer={o} />
                  ))}
                </ul>
              )}
            </section>
            <WishList caseId={detail.id} wishes={choices.data.wishes} offers={choices.data.offers} />
          </>
        ) : null}
      </div>
      <Dialog open={picking} title="Angebote zur Wahl stellen" size="wide" onClose={() => setPicking(false)}>
        {choices.data ? (
          <OfferPicker
            detail={detail}
            released={choices.data.offers.map((o) => o.id)}
            onDone={(count) => {
              setPicking(false);
              setNotice(
                count === 1
                  ? 'Ein Angebot steht der Familie jetzt in ihrer App zur Wahl.'
                  : `${count} Angebote stehen der Familie jetzt in ihrer App zur Wahl.`,
              );
            }}
          />
        ) : null}
      </Dialog>
    </Card>
  );
}

function OfferItem({ offer }: { offer: Offer }) {
  return (
    <li className="sharing-item">
      <p className="sharing-item-head">
        <strong>{offer.providerName}</strong>
      </p>
      <p className="small">
        {offer.title} · {offer.facilityName}, {offer.city}
      </p>
      <p className="muted small">zur Wahl seit {formatDate(offer.releasedAt)}</p>
    </li>
  );
}

/** Each person's newest wish counts; earlier ones are folded away (the server sends newest first). */
function WishList(props: { caseId: string; wishes: Wish[]; offers: Offer[] }) {
  const seen = new Set<string>();
  const current: Wish[] = [];
  const earlier: Wish[] = [];
  for (const w of props.wishes) {
    (seen.has(w.personName) ? earlier : current).push(w);
    seen.add(w.personName);
  }
  const item = (w: Wish) => <WishItem key={`${w.personName}-${w.at}`} wish={w} offers={props.offers} />;
  return (
    <section className="stack-sm" aria-labelledby={`wishes-${props.caseId}`}>
      <h3 id={`wishes-${props.caseId}`} className="sharing-heading">
        Wünsche der Familie
      </h3>
      {current.length === 0 ? <p className="muted small">Noch kein Wunsch geäußert.</p> : null}
      {current.length > 0 ? <ul className="plain-list sharing-list">{current.map(item)}</ul> : null}
      {earlier.length > 0 ? (
        <details className="sharing-past">
          <summary>Frühere Wünsche ({earlier.length})</summary>
          <ul className="plain-list sharing-list">{earlier.map(item)}</ul>
        </details>
      ) : null}
    </section>
  );
}

function WishItem({ wish, offers }: { wish: Wish; offers: Offer[] }) {
  const offer = offers.find((o) => o.id === wish.offerId);
  const wanted = offer
    ? `${offer.title} (${offer.providerName})`
    : (wish.offerTitle ?? 'ein Angebot, das nicht mehr zur Wahl steht');
  return (
    <li className="sharing-item">
      <p>
        <strong>{wish.personName}</strong>
        {wish.offerId === null ? ': keines der Angebote passt' : ` wünscht: ${wanted}`}
      </p>
      {wish.note ? <p className="small pre-wrap">„{wish.note}“</p> : null}
      <p className="muted small">{formatDateTime(wish.at)}</p>
    </li>
  );
}
