import type { TFamilyLanguage, TFamilyOffers, TPublicOffer } from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { PageLoading } from '../components/PageLoading.tsx';
import { formatSentAt } from '../format.ts';
import { fetchOffers, offersQueryKey, sendWish } from './api.ts';
import { OfferCard } from './OfferCard.tsx';

/** The radio value for "none of them fits". */
const NONE = 'none';
const NOTE_MAX = 1000;

/**
 * "Offers to choose from" (§ 5 SGB VIII, the right to choose): the offers the office put before the
 * person, in plain words, their current wish, and a form to state (or change) it with a note.
 */
export default function OffersPage() {
  const { t, i18n } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  const offers = useQuery({ queryKey: offersQueryKey, queryFn: ({ signal }) => fetchOffers(signal) });

  if (offers.isPending) return <PageLoading />;
  if (offers.isError) {
    if (isApiError(offers.error, 401)) return <Navigate to="/zurueck" replace />;
    return (
      <div className="fam-stack">
        <h1>{t('offers.title')}</h1>
        <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, offers.error, lang)}</p>
      </div>
    );
  }
  const { offers: list, myWish } = offers.data;
  return (
    <div className="fam-stack">
      <title>{`${t('offers.title')} – Lotse`}</title>
      <h1>{t('offers.title')}</h1>
      <p>{t('offers.intro')}</p>

      <section className="fam-notice fam-stack fam-rights" aria-labelledby="fam-offers-right">
        <h2 id="fam-offers-right">{t('offers.rightTitle')}</h2>
        <p>{t('offers.right')}</p>
      </section>

      {list.length === 0 ? (
        <p className="fam-muted">{t('offers.empty')}</p>
      ) : (
        <>
          <div aria-live="polite">{myWish ? <MyWish wish={myWish} offers={list} lang={lang} /> : null}</div>
          <section className="fam-stack" aria-labelledby="fam-offers-list">
            <h2 id="fam-offers-list">{t('offers.listTitle')}</h2>
            <ul className="fam-file-list">
              {list.map((offer) => (
                <li key={offer.id}>
                  <OfferCard
                    offer={offer}
                    lang={lang}
                    headingLevel={3}
                    badge={
                      myWish && myWish.offerId === offer.id ? (
                        <span className="fam-status fam-offer-wished">{t('offers.wishedBadge')}</span>
                      ) : null
                    }
                  />
                </li>
              ))}
            </ul>
          </section>
          <WishForm offers={list} myWish={myWish} lang={lang} />
        </>
      )}

      <p>
        <Link to="/angebote">{t('offers.directoryLink')}</Link>
      </p>
      <Link to="/meine-akte" className="fam-back">
        {t('offers.backToFile')}
      </Link>
    </div>
  );
}

/** What the person wished last, and when. */
function MyWish(props: {
  wish: NonNullable<TFamilyOffers['myWish']>;
  offers: TPublicOffer[];
  lang: TFamilyLanguage;
}) {
  const { t } = useFamilyTranslation();
  const { wish } = props;
  const offer = props.offers.find((o) => o.id === wish.offerId);
  const date = formatSentAt(props.lang, new Date(wish.at));
  return (
    <section className="fam-card fam-stack fam-my-wish" aria-labelledby="fam-my-wish">
      <h2 id="fam-my-wish">{t('offers.myWishTitle')}</h2>
      {offer ? (
        <>
          <p>{t('offers.myWish', { date })}</p>
          <p className="fam-my-wish-offer" dir="auto">
            <strong>{offer.providerName}</strong>
            <br />
            <span lang="de">
              {offer.title}, {offer.city}
            </span>
          </p>
        </>
      ) : (
        <p>{t('offers.myWishNone', { date })}</p>
      )}
      {wish.note ? (
        <blockquote className="fam-pre-wrap fam-my-wish-note" dir="auto">
          {wish.note}
        </blockquote>
      ) : null}
      <p className="fam-muted">{t('offers.myWishNext')}</p>
    </section>
  );
}

/** Choose one of the offers, or none, with a note; sending again replaces the wish. */
function WishForm(props: { offers: TPublicOffer[]; myWish: TFamilyOffers['myWish']; lang: TFamilyLanguage }) {
  const { t } = useFamilyTranslation();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<string | null>(props.myWish ? (props.myWish.offerId ?? NONE) : null);
  const [note, setNote] = useState(props.myWish?.note ?? '');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);
  const noteId = useId();
  const hintId = useId();
  const send = useMutation({
    mutationFn: sendWish,
    onSuccess: (result) => {
      queryClient.setQueryData(offersQueryKey, result);
      setSent(true);
    },
  });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSent(false);
    if (choice === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    send.mutate({ offerId: choice === NONE ? null : choice, note: note.trim() });
  }

  function choose(value: string) {
    setChoice(value);
    setSent(false);
  }

  return (
    <form className="fam-card fam-stack" onSubmit={submit} noValidate aria-labelledby="fam-wish-title">
      <h2 id="fam-wish-title">{t('offers.formTitle')}</h2>
      <fieldset className="fam-choice-list" aria-invalid={missing && choice === null ? true : undefined}>
        <legend>{t('offers.formLegend')}</legend>
        {props.offers.map((offer) => (
          <label key={offer.id} className="fam-choice">
            <input
              type="radio"
              name="offer-wish"
              value={offer.id}
              checked={choice === offer.id}
              onChange={() => choose(offer.id)}
            />
            <span className="fam-choice-text">
              <span dir="auto">{offer.providerName}</span>
              <span className="fam-muted" dir="auto">
                {offer.facilityName}
              </span>
            </span>
          </label>
        ))}
        <label className="fam-choice">
          <input
            type="radio"
            name="offer-wish"
            value={NONE}
            checked={choice === NONE}
            onChange={() => choose(NONE)}
          />
          <span>{t('offers.noneFits')}</span>
        </label>
      </fieldset>
      <div className="fam-field">
        <label htmlFor={noteId}>{t('offers.note')}</label>
        <p id={hintId} className="fam-muted">
          {t('offers.noteHint')}
        </p>
        <textarea
          id={noteId}
          className="input"
          rows={4}
          maxLength={NOTE_MAX}
          dir="auto"
          value={note}
          aria-describedby={hintId}
          onChange={(e) => {
            setNote(e.target.value);
            setSent(false);
          }}
        />
      </div>
      <div aria-live="polite">
        {missing ? <p className="fam-notice fam-notice-danger">{t('offers.missing')}</p> : null}
        {send.isError ? (
          <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, send.error, props.lang)}</p>
        ) : null}
        {sent ? <p className="fam-notice fam-notice-success">{t('offers.sent')}</p> : null}
      </div>
      <button type="submit" className="fam-btn fam-btn-primary" disabled={send.isPending}>
        {t('offers.send')}
      </button>
    </form>
  );
}
