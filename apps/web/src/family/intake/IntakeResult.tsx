import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { TeamContactCard } from '../components/TeamContactCard.tsx';
import type { CreateIntakeResponse } from '../requestApi.ts';

/** After sending: access code and PIN, big and copyable, and who will answer. */
export function IntakeResult(props: { result: CreateIntakeResponse }) {
  const { t } = useFamilyTranslation();
  const { accessCode, pin, urgent, team } = props.result;
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(`${t('result.code')}: ${accessCode}\n${t('result.pin')}: ${pin}`);
      setCopied('yes');
    } catch (error) {
      console.warn('Kopieren nicht möglich', error);
      setCopied('no');
    }
  }

  return (
    <section className="fam-stack fam-result" aria-labelledby="fam-result-title">
      <h2 id="fam-result-title" ref={heading} tabIndex={-1}>
        {t('result.title')}
      </h2>
      {urgent ? <p className="fam-notice fam-notice-warning">{t('result.urgent')}</p> : null}
      <p className="fam-lead">{t('result.writeDown')}</p>
      <dl className="fam-credentials">
        <div>
          <dt>{t('result.code')}</dt>
          <dd dir="ltr" className="fam-credential">
            {accessCode}
          </dd>
        </div>
        <div>
          <dt>{t('result.pin')}</dt>
          <dd dir="ltr" className="fam-credential">
            {pin}
          </dd>
        </div>
      </dl>
      <div className="fam-row">
        <button type="button" className="fam-btn fam-btn-secondary" onClick={() => void copy()}>
          {t('result.copy')}
        </button>
        <span aria-live="polite" className="fam-hint">
          {copied === 'yes' ? t('result.copied') : copied === 'no' ? t('result.copyFailed') : ''}
        </span>
      </div>
      <p>{t('result.howBack')}</p>
      <h3>{t('result.teamTitle')}</h3>
      <TeamContactCard team={team} headingLevel={3} />
      <div className="fam-row">
        <Link to="/zurueck" className="fam-btn fam-btn-secondary">
          {t('result.toComeBack')}
        </Link>
        <Link to="/" className="fam-back">
          {t('common.backHome')}
        </Link>
      </div>
    </section>
  );
}
