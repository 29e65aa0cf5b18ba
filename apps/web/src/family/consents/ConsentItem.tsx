import type { TFamilyConsent, TFamilyLanguage } from '@lotse/shared';
import { useId } from 'react';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { formatDate } from '../format.ts';
import type { ConsentDecision } from './api.ts';
import { WithProvider } from './WithProvider.tsx';

/**
 * One consent in plain words: who, what they may see, for what (the office's own words, in German)
 * and until when, with the answers the person may give now.
 */
export function ConsentItem(props: {
  consent: TFamilyConsent;
  lang: TFamilyLanguage;
  busy: boolean;
  onDecide: (decision: ConsentDecision) => void;
}) {
  const { t } = useFamilyTranslation();
  const { consent: c, lang } = props;
  const headingId = useId();
  const provider = c.providerName;
  const from = formatDate(lang, c.validFrom);
  const inForce = c.status === 'requested' || c.status === 'given';
  const period = c.validUntil
    ? t('consents.period', { from, until: formatDate(lang, c.validUntil) })
    : t(inForce ? 'consents.periodOpen' : 'consents.periodFrom', { from });

  return (
    <article className="fam-card fam-stack fam-consent" aria-labelledby={headingId}>
      <div className="fam-consent-head">
        <h3 id={headingId} dir="auto">
          {provider}
        </h3>
        <span className={`fam-status fam-consent-status-${c.status}`}>
          {t(`consents.status.${c.status}`)}
        </span>
      </div>
      <dl className="fam-team-details">
        <div>
          <dt>
            <WithProvider provider={provider} text={(name) => t('consents.seeLabel', { provider: name })} />
          </dt>
          <dd>
            <ul className="fam-consent-sections">
              {c.sections.map((section) => (
                <li key={section}>{t(`consents.section.${section}`)}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('consents.purposeLabel')}</dt>
          <dd lang="de" dir="auto" className="fam-pre-wrap">
            {c.purpose}
          </dd>
        </div>
        <div>
          <dt>{t('consents.periodLabel')}</dt>
          <dd>{period}</dd>
        </div>
      </dl>
      {c.allowedActions.length > 0 ? (
        <div className="fam-row">
          {c.allowedActions.map((decision) => (
            <DecisionButton
              key={decision}
              decision={decision}
              busy={props.busy}
              onClick={() => props.onDecide(decision)}
            />
          ))}
        </div>
      ) : null}
    </article>
  );
}

function DecisionButton(props: { decision: ConsentDecision; busy: boolean; onClick: () => void }) {
  const { t } = useFamilyTranslation();
  const style = (() => {
    switch (props.decision) {
      case 'give':
        return 'fam-btn-primary';
      case 'decline':
      case 'revoke':
        return 'fam-btn-secondary';
    }
  })();
  return (
    <button type="button" className={`fam-btn ${style}`} onClick={props.onClick} disabled={props.busy}>
      {t(`consents.action.${props.decision}`)}
    </button>
  );
}
