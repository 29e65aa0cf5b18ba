import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { EmergencyNumbers } from '../components/EmergencyNumbers.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { fetchIntakeFlow } from '../requestApi.ts';
import { normalizeSteps } from './flow.ts';
import { IntakeChat } from './IntakeChat.tsx';
import './intake.css';

/** `/anliegen`: the guided conversation that turns a family's concern into a request. */
export default function IntakePage() {
  const { t } = useFamilyTranslation();
  const flow = useQuery({
    queryKey: ['family', 'intake-flow'],
    queryFn: ({ signal }) => fetchIntakeFlow(signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

  const [sent, setSent] = useState(false);
  const steps = useMemo(() => (flow.data ? normalizeSteps(flow.data.definition) : null), [flow.data]);

  return (
    <div className="fam-stack">
      <title>{`${t('intake.title')} – Lotse`}</title>
      <div>
        <h1>{t('intake.title')}</h1>
        {sent ? null : <p className="fam-lead">{t('intake.lead')}</p>}
      </div>
      {flow.isPending ? <PageLoading /> : null}
      {flow.isError ? (
        <div className="fam-stack">
          <p className="fam-notice fam-notice-warning">{t('intake.unavailable')}</p>
          <p>
            <Link to="/info/contact">{t('intake.unavailableContact')}</Link>
          </p>
          <EmergencyNumbers />
        </div>
      ) : null}
      {steps ? <IntakeChat steps={steps} onSent={() => setSent(true)} /> : null}
    </div>
  );
}
