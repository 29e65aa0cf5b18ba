import { intakeTopics, type TClassifyResponse, type TIntakeTopic } from '@lotse/shared';
import { type FormEvent, useId, useState } from 'react';
import { useFamilyTranslation } from '../../i18n/address.ts';
import type { AddressAnswer, ContactAnswer } from './types.ts';

const TEXT_MAX = 4000;

function SkipButton(props: { onSkip?: () => void }) {
  const { t } = useFamilyTranslation();
  if (!props.onSkip) return null;
  return (
    <button type="button" className="fam-btn fam-btn-quiet" onClick={props.onSkip}>
      {t('intake.skip')}
    </button>
  );
}

/** Answer buttons; one tap answers. */
export function ChoiceInput(props: {
  options: { value: string; label: string }[];
  onChoose: (value: string, label: string) => void;
  onSkip?: () => void;
}) {
  return (
    <div className="fam-choices">
      {props.options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="fam-btn fam-btn-choice"
          onClick={() => props.onChoose(o.value, o.label)}
        >
          {o.label}
        </button>
      ))}
      <SkipButton onSkip={props.onSkip} />
    </div>
  );
}

/** "Did I understand you right?": confirm the recognised topic or pick another from the list. */
export function TopicInput(props: {
  classification?: TClassifyResponse;
  onChoose: (value: TIntakeTopic, label: string) => void;
}) {
  const { t } = useFamilyTranslation();
  const recognised =
    props.classification && props.classification.topic !== 'other' ? props.classification.topic : null;
  const confident = recognised !== null && (props.classification?.confidence ?? 0) >= 0.5;
  const [listOpen, setListOpen] = useState(!confident);
  const topics = recognised
    ? [recognised, ...intakeTopics.filter((topic) => topic !== recognised)]
    : intakeTopics;

  if (confident && !listOpen && recognised) {
    return (
      <div className="fam-choices">
        <button
          type="button"
          className="fam-btn fam-btn-choice"
          onClick={() =>
            props.onChoose(recognised, t('intake.topicYesAnswer', { topic: t(`topics.${recognised}`) }))
          }
        >
          {t('intake.topicYes')}
        </button>
        <button type="button" className="fam-btn fam-btn-choice" onClick={() => setListOpen(true)}>
          {t('intake.topicNo')}
        </button>
      </div>
    );
  }
  return (
    <fieldset className="fam-fieldset">
      <legend className="visually-hidden">{t('intake.topicChoose')}</legend>
      <div className="fam-choices">
        {topics.map((topic) => (
          <button
            key={topic}
            type="button"
            className="fam-btn fam-btn-choice"
            onClick={() => props.onChoose(topic, t(`topics.${topic}`))}
          >
            {t(`topics.${topic}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** Free text (the concern: several lines) with a send button. */
export function TextInput(props: {
  multiline: boolean;
  onSubmit: (text: string) => void;
  onSkip?: () => void;
}) {
  const { t } = useFamilyTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value) return setError(t('intake.textMissing'));
    props.onSubmit(value);
  }
  const shared = {
    id,
    value: text,
    maxLength: TEXT_MAX,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <form className="fam-form" onSubmit={submit} noValidate>
      <label htmlFor={id} className="visually-hidden">
        {t('intake.yourAnswer')}
      </label>
      {props.multiline ? (
        <textarea
          {...shared}
          className="textarea fam-textarea"
          rows={5}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('intake.concernPlaceholder')}
        />
      ) : (
        <input {...shared} className="input" onChange={(e) => setText(e.target.value)} />
      )}
      {error ? (
        <span id={`${id}-error`} className="fam-field-error">
          {error}
        </span>
      ) : null}
      {props.multiline ? <p className="fam-hint">{t('intake.concernHint')}</p> : null}
      <div className="fam-row">
        <button type="submit" className="fam-btn fam-btn-primary">
          {t('intake.send')}
        </button>
        <SkipButton onSkip={props.onSkip} />
      </div>
    </form>
  );
}

/** A whole number (usually an age, 0–120). */
export function NumberInput(props: {
  isAge: boolean;
  onSubmit: (value: number) => void;
  onSkip?: () => void;
}) {
  const { t } = useFamilyTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    const value = Number(text.trim());
    if (!/^\d{1,3}$/.test(text.trim()) || value > 120) return setError(t('intake.numberInvalid'));
    props.onSubmit(value);
  }
  return (
    <form className="fam-form" onSubmit={submit} noValidate>
      <div className="fam-field">
        <label htmlFor={id}>{props.isAge ? t('intake.ageLabel') : t('intake.yourAnswer')}</label>
        <input
          id={id}
          className="input fam-input-short"
          inputMode="numeric"
          autoComplete="off"
          dir="ltr"
          value={text}
          maxLength={3}
          onChange={(e) => setText(e.target.value.replace(/\D/g, ''))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error ? (
          <span id={`${id}-error`} className="fam-field-error">
            {error}
          </span>
        ) : null}
      </div>
      <div className="fam-row">
        <button type="submit" className="fam-btn fam-btn-primary">
          {t('intake.send')}
        </button>
        <SkipButton onSkip={props.onSkip} />
      </div>
    </form>
  );
}

/** Postcode, street and house number; only the postcode is needed to find the team. */
export function AddressInput(props: { onSubmit: (address: AddressAnswer) => void; onSkip?: () => void }) {
  const { t } = useFamilyTranslation();
  const ids = { postcode: useId(), street: useId(), house: useId() };
  const [address, setAddress] = useState<AddressAnswer>({ postcode: '', street: '', houseNumber: '' });
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{5}$/.test(address.postcode)) return setError(t('intake.postcodeInvalid'));
    props.onSubmit({ ...address, street: address.street.trim(), houseNumber: address.houseNumber.trim() });
  }
  return (
    <form className="fam-form" onSubmit={submit} noValidate>
      <div className="fam-field">
        <label htmlFor={ids.postcode}>{t('intake.postcode')}</label>
        <input
          id={ids.postcode}
          className="input fam-input-short"
          inputMode="numeric"
          autoComplete="postal-code"
          dir="ltr"
          maxLength={5}
          value={address.postcode}
          onChange={(e) => setAddress({ ...address, postcode: e.target.value.replace(/\D/g, '') })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids.postcode}-error` : undefined}
        />
        {error ? (
          <span id={`${ids.postcode}-error`} className="fam-field-error">
            {error}
          </span>
        ) : null}
      </div>
      <div className="fam-address-line">
        <div className="fam-field">
          <label htmlFor={ids.street}>
            {t('intake.street')} <span className="fam-optional">({t('common.optional')})</span>
          </label>
          <input
            id={ids.street}
            className="input"
            autoComplete="address-line1"
            maxLength={200}
            value={address.street}
            onChange={(e) => setAddress({ ...address, street: e.target.value })}
          />
        </div>
        <div className="fam-field fam-field-house">
          <label htmlFor={ids.house}>
            {t('intake.houseNumber')} <span className="fam-optional">({t('common.optional')})</span>
          </label>
          <input
            id={ids.house}
            className="input"
            autoComplete="off"
            maxLength={20}
            value={address.houseNumber}
            onChange={(e) => setAddress({ ...address, houseNumber: e.target.value })}
          />
        </div>
      </div>
      <p className="fam-hint">{t('intake.addressHint')}</p>
      <div className="fam-row">
        <button type="submit" className="fam-btn fam-btn-primary">
          {t('intake.send')}
        </button>
        <SkipButton onSkip={props.onSkip} />
      </div>
    </form>
  );
}

/** Name, phone, e-mail — all optional; or anonymous, then the access code is the only way back. */
export function ContactInput(props: { onSubmit: (contact: ContactAnswer) => void }) {
  const { t } = useFamilyTranslation();
  const ids = { name: useId(), phone: useId(), email: useId() };
  const [contact, setContact] = useState<ContactAnswer>({ anonymous: false, name: '', phone: '', email: '' });
  const [mode, setMode] = useState<'choose' | 'details'>('choose');
  const [error, setError] = useState<string | null>(null);

  if (mode === 'choose') {
    return (
      <div className="fam-choices">
        <button type="button" className="fam-btn fam-btn-choice" onClick={() => setMode('details')}>
          {t('intake.contact.give')}
        </button>
        <button
          type="button"
          className="fam-btn fam-btn-choice"
          onClick={() => props.onSubmit({ anonymous: true, name: '', phone: '', email: '' })}
        >
          {t('intake.contact.anonymous')}
        </button>
      </div>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const email = contact.email.trim();
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return setError(t('intake.contact.emailInvalid'));
    props.onSubmit({ anonymous: false, name: contact.name.trim(), phone: contact.phone.trim(), email });
  }
  return (
    <form className="fam-form" onSubmit={submit} noValidate>
      <p className="fam-hint">{t('intake.contact.hint')}</p>
      <div className="fam-field">
        <label htmlFor={ids.name}>
          {t('intake.contact.name')} <span className="fam-optional">({t('common.optional')})</span>
        </label>
        <input
          id={ids.name}
          className="input"
          autoComplete="name"
          maxLength={200}
          value={contact.name}
          onChange={(e) => setContact({ ...contact, name: e.target.value })}
        />
      </div>
      <div className="fam-field">
        <label htmlFor={ids.phone}>
          {t('intake.contact.phone')} <span className="fam-optional">({t('common.optional')})</span>
        </label>
        <input
          id={ids.phone}
          className="input"
          type="tel"
          dir="ltr"
          autoComplete="tel"
          maxLength={50}
          value={contact.phone}
          onChange={(e) => setContact({ ...contact, phone: e.target.value })}
        />
      </div>
      <div className="fam-field">
        <label htmlFor={ids.email}>
          {t('intake.contact.email')} <span className="fam-optional">({t('common.optional')})</span>
        </label>
        <input
          id={ids.email}
          className="input"
          type="email"
          dir="ltr"
          autoComplete="email"
          maxLength={200}
          value={contact.email}
          onChange={(e) => setContact({ ...contact, email: e.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids.email}-error` : undefined}
        />
        {error ? (
          <span id={`${ids.email}-error`} className="fam-field-error">
            {error}
          </span>
        ) : null}
      </div>
      <div className="fam-row">
        <button type="submit" className="fam-btn fam-btn-primary">
          {t('intake.send')}
        </button>
        <button type="button" className="fam-btn fam-btn-quiet" onClick={() => setMode('choose')}>
          {t('common.back')}
        </button>
      </div>
    </form>
  );
}
