import { helpTypeLabels, type THelpType } from '@lotse/shared';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Card, Spinner } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { LawText } from '../law/LawCitation.tsx';
import { useHelpPlans } from './api.ts';
import { versionStatusLabel } from './labels.ts';

/** "Hilfeplanung" on the case page: the case's help plans, each with its newest version and next review. */
export function HelpPlanCard(props: { caseId: string; caseHelpType: THelpType | null; canCreate: boolean }) {
  const plans = useHelpPlans(props.caseId);
  const base = `/fachkraft/faelle/${props.caseId}/hilfeplaene`;
  return (
    <Card
      title="Hilfeplanung"
      aria-label="Hilfeplanung"
      className="helpplan-card"
      actions={
        props.canCreate ? (
          <Link className="btn btn-secondary btn-sm" to={`${base}/neu`}>
            Neuer Hilfeplan
          </Link>
        ) : null
      }
    >
      {plans.isPending ? (
        <Spinner label="Hilfepläne werden geladen …" />
      ) : plans.isError ? (
        <Alert tone="danger">{errorMessage(plans.error)}</Alert>
      ) : plans.data.length === 0 ? (
        <p className="muted">
          <LawText text="Noch kein Hilfeplan (§ 36 SGB VIII)." />
        </p>
      ) : (
        <ul className="plain-list helpplan-card-list">
          {plans.data.map((p) => (
            <li key={p.id} className="helpplan-card-item">
              <Link to={`${base}/${p.id}`} className="helpplan-card-link">
                Hilfeplan ab {formatDate(p.startsOn)}
              </Link>
              {/* The help type only where it differs from the case's (the facts card shows that one). */}
              {p.helpType !== props.caseHelpType ? (
                <span className="small">{helpTypeLabels[p.helpType]}</span>
              ) : null}
              <span className="cluster small">
                <span>Fassung {p.latestVersion}</span>
                <Badge tone={p.latestStatus === 'draft' ? 'warning' : 'success'}>
                  {versionStatusLabel(p.latestStatus)}
                </Badge>
                {p.reviewOn ? <span>Überprüfung am {formatDate(p.reviewOn)}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
