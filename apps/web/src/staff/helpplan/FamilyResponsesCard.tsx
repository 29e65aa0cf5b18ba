import { type THelpPlanResponse, ZHelpPlanResponseSchema } from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { api, errorMessage } from '../../api/client.ts';
import { Alert, Badge, Card, Spinner } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';

/** "Rückmeldungen der Familie": who of the family agreed to which version, with their comment. */
export function FamilyResponsesCard(props: { planId: string }) {
  const responses = useQuery({
    queryKey: ['help-plan', props.planId, 'family-responses'],
    queryFn: ({ signal }) =>
      api<THelpPlanResponse[]>(`/api/help-plans/${encodeURIComponent(props.planId)}/family-responses`, {
        signal,
        schema: ZHelpPlanResponseSchema.array(),
      }),
  });
  return (
    <Card
      title="Rückmeldungen der Familie"
      aria-label="Rückmeldungen der Familie"
      className="helpplan-family-responses"
    >
      {responses.isPending ? <Spinner label="Rückmeldungen werden geladen …" /> : null}
      {responses.isError ? <Alert tone="danger">{errorMessage(responses.error)}</Alert> : null}
      {responses.data?.length === 0 ? (
        <p className="muted">
          Noch keine. Wer einen Zugang zur Familien-App hat, kann dem festgeschriebenen Plan dort zustimmen
          und ihn kommentieren.
        </p>
      ) : null}
      <ul className="plain-list stack-sm">
        {responses.data?.map((r) => (
          <li key={`${r.personName}-${r.at}`}>
            <strong>{r.personName}</strong>{' '}
            <Badge tone={r.agreed ? 'success' : 'warning'}>
              {r.agreed ? 'einverstanden' : 'noch nicht einverstanden'}
            </Badge>{' '}
            <span className="muted small">
              Fassung {r.version} · {formatDateTime(r.at)}
            </span>
            {r.comment ? <p className="pre-wrap">„{r.comment}“</p> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
