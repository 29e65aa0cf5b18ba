import { type TCreateIntakeRequest, ZWriterRole } from '@lotse/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { type CreateIntakeResponse, createIntakeRequest, fetchChallenge } from '../requestApi.ts';
import { type PowSolution, solveChallenge } from './pow.ts';
import type { ChatMessage, IntakeAnswers } from './types.ts';

const TRANSCRIPT_MAX = 100;
const TEXT_MAX = 4000;

/** Fetches a challenge and solves it; started as soon as the summary shows, so sending is quick. */
function prepareProof(): Promise<PowSolution> {
  return fetchChallenge().then((challenge) => solveChallenge(challenge));
}

function isProofProblem(error: unknown): boolean {
  return (
    isApiError(error) && error.status < 500 && /pow|challenge|proof/i.test(`${error.code} ${error.message}`)
  );
}

/** What the person told us, an explicit consent, and the send button (with proof of work). */
export function SummaryStep(props: {
  answers: IntakeAnswers;
  messages: ChatMessage[];
  onSent: (result: CreateIntakeResponse) => void;
}) {
  const { t, i18n } = useFamilyTranslation();
  const lang = currentLanguage(i18n);
  const { answers } = props;
  const ids = { consent: useId(), email: useId(), website: useId(), consentError: useId() };
  const [consent, setConsent] = useState(false);
  const [sendByEmail, setSendByEmail] = useState(false);
  const [website, setWebsite] = useState('');
  const [phase, setPhase] = useState<'idle' | 'proof' | 'sending'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [consentMissing, setConsentMissing] = useState(false);
  const proof = useRef<Promise<PowSolution> | null>(null);

  useEffect(() => {
    const pending = prepareProof();
    // A failure here is handled when sending (a fresh challenge is fetched then).
    pending.catch((e: unknown) => console.warn('Vorab-Rechenaufgabe fehlgeschlagen', e));
    proof.current = pending;
  }, []);

  const hasEmail = !answers.anonymous && Boolean(answers.email);

  function buildRequest(pow: PowSolution): TCreateIntakeRequest {
    return {
      language: lang,
      writerRole: answers.writerRole ?? 'other',
      concern: answers.concern ?? '',
      topic: answers.topic,
      age: answers.age ?? null,
      postcode: answers.postcode || null,
      street: answers.street || null,
      houseNumber: answers.houseNumber || null,
      anonymous: answers.anonymous,
      name: answers.anonymous ? null : answers.name || null,
      phone: answers.anonymous ? null : answers.phone || null,
      email: answers.anonymous ? null : answers.email || null,
      sendContactsByEmail: hasEmail && sendByEmail,
      ...(answers.safetyAnswer ? { safetyAnswer: answers.safetyAnswer } : {}),
      transcript: props.messages
        .slice(-TRANSCRIPT_MAX)
        .map((m) => ({ from: m.from, text: m.text.slice(0, TEXT_MAX) })),
      consent: true,
      website,
      pow,
    };
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!consent) {
      setConsentMissing(true);
      return;
    }
    setConsentMissing(false);
    try {
      setPhase('proof');
      let pow = await (proof.current ?? prepareProof()).catch(() => prepareProof());
      setPhase('sending');
      try {
        props.onSent(await createIntakeRequest(buildRequest(pow)));
      } catch (first) {
        // The challenge may have expired while the person read the summary: one fresh try.
        if (!isProofProblem(first)) throw first;
        setPhase('proof');
        pow = await prepareProof();
        setPhase('sending');
        props.onSent(await createIntakeRequest(buildRequest(pow)));
      }
    } catch (caught) {
      console.warn('Anfrage konnte nicht gesendet werden', caught);
      setError(familyErrorMessage(t, caught, lang));
      proof.current = null;
      setPhase('idle');
    }
  }

  const rows: { label: string; value: string }[] = [
    {
      label: t('intake.summary.writer'),
      value:
        answers.writerRole && ZWriterRole.options.includes(answers.writerRole)
          ? t(`roles.${answers.writerRole}`)
          : '–',
    },
    { label: t('intake.summary.concern'), value: answers.concern ?? '–' },
    { label: t('intake.summary.topic'), value: answers.topic ? t(`topics.${answers.topic}`) : '–' },
    { label: t('intake.summary.age'), value: answers.age != null ? String(answers.age) : '–' },
    {
      label: t('intake.summary.address'),
      value:
        [answers.postcode, [answers.street, answers.houseNumber].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', ') || '–',
    },
    { label: t('intake.summary.team'), value: answers.team?.name ?? t('intake.summary.teamLater') },
    {
      label: t('intake.summary.contact'),
      value: answers.anonymous
        ? t('intake.contact.anonymousAnswer')
        : [answers.name, answers.phone, answers.email].filter(Boolean).join(', ') || '–',
    },
  ];
  const busy = phase !== 'idle';

  return (
    <form className="fam-form fam-summary" onSubmit={send} noValidate>
      <h2 className="fam-summary-title">{t('intake.summary.title')}</h2>
      <dl className="fam-summary-list">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd className="fam-pre-wrap">{row.value}</dd>
          </div>
        ))}
      </dl>

      {/* Honeypot: hidden from people and assistive technology; bots fill every field they find. */}
      <div className="fam-hp" aria-hidden="true">
        <label htmlFor={ids.website}>Website</label>
        <input
          id={ids.website}
          name="website"
          tabIndex={-1}
          autoComplete="off"
          value={website}
          onChange={(e) => setWebsite(e.target.value)}
        />
      </div>

      <div className="fam-check">
        <input
          id={ids.consent}
          type="checkbox"
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
          aria-invalid={consentMissing ? true : undefined}
          aria-describedby={consentMissing ? ids.consentError : undefined}
        />
        <label htmlFor={ids.consent}>{t('intake.summary.consent')}</label>
      </div>
      {consentMissing ? (
        <span id={ids.consentError} className="fam-field-error">
          {t('intake.summary.consentMissing')}
        </span>
      ) : null}

      <div className="fam-check">
        <input
          id={ids.email}
          type="checkbox"
          checked={hasEmail && sendByEmail}
          disabled={!hasEmail}
          onChange={(e) => setSendByEmail(e.target.checked)}
        />
        <label htmlFor={ids.email}>
          {t('intake.summary.sendByEmail')}
          {!hasEmail ? (
            <span className="fam-hint fam-block">{t('intake.summary.sendByEmailNeedsAddress')}</span>
          ) : null}
        </label>
      </div>

      <div aria-live="polite" className="fam-live">
        {phase === 'proof' ? <p className="fam-hint">{t('intake.summary.securing')}</p> : null}
        {phase === 'sending' ? <p className="fam-hint">{t('intake.summary.sending')}</p> : null}
        {error ? <p className="fam-notice fam-notice-danger">{error}</p> : null}
      </div>

      <button
        type="submit"
        className="fam-btn fam-btn-primary fam-btn-block"
        disabled={busy}
        aria-busy={busy}
      >
        {t('intake.summary.submit')}
      </button>
      <p className="fam-hint">{t('intake.summary.privacy')}</p>
    </form>
  );
}
