import {
  feedbackIntervals,
  feedbackQuestionLabels,
  feedbackQuestions,
  type TCaseFeedback,
} from '@lotse/shared';
import { useMemo } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Card, Select, Spinner, Table } from '../../ui/index.ts';
import { type ChartOption, chartColor, LazyChart } from '../charts/LazyChart.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { useCaseFeedback, useSetFeedbackInterval } from './api.ts';

type Person = TCaseFeedback['persons'][number];

const intervalOptions = [
  ...feedbackIntervals.map((weeks) => ({
    value: String(weeks),
    label: weeks === 1 ? 'jede Woche' : `alle ${weeks} Wochen`,
  })),
  { value: 'off', label: 'nicht fragen' },
];

const scale = '1 = schlecht/nein … 5 = sehr gut/ja';

/** Short names of the questions for table columns (the intro names the questions in full). */
const shortLabels = { wellbeing: 'Befinden', helpfulness: 'Hilfe hilft', heard: 'Gehört' } as const;

/**
 * "Wie es der Familie geht": the check-in answers of each person of the case over time (chart and
 * table with the free texts), a mark where the newest answer fell sharply, and how often the family
 * is asked. Descriptive only: the answers open a conversation, they decide nothing.
 */
export function FeedbackTrendCard({ caseId }: { caseId: string }) {
  const feedback = useCaseFeedback(caseId);
  const setInterval = useSetFeedbackInterval(caseId);
  const data = feedback.data;
  const canConfigure = data?.allowedActions.includes('configure') ?? false;

  return (
    <Card title="Wie es der Familie geht" className="feedback-trend" aria-label="Wie es der Familie geht">
      {feedback.isPending ? <Spinner label="Rückmeldungen werden geladen …" /> : null}
      {feedback.isError ? <Alert tone="danger">{errorMessage(feedback.error)}</Alert> : null}
      {data ? (
        <div className="stack">
          <p className="muted small">
            Kurze Fragen in der Familien-App: Befinden („{feedbackQuestionLabels.wellbeing}“), Hilfe hilft („
            {feedbackQuestionLabels.helpfulness}“), Gehört („{feedbackQuestionLabels.heard}“); {scale}. Kinder
            unter 14 antworten mit einem Elternteil in einfachen Worten.
          </p>
          {canConfigure ? (
            <Select
              label="Die Familie fragen"
              options={intervalOptions}
              value={data.intervalWeeks === null ? 'off' : String(data.intervalWeeks)}
              disabled={setInterval.isPending}
              onChange={(e) => setInterval.mutate(e.target.value === 'off' ? null : Number(e.target.value))}
            />
          ) : (
            <p className="small">
              Die Familie wird{' '}
              {data.intervalWeeks === null ? 'nicht gefragt' : `alle ${data.intervalWeeks} Wochen gefragt`}.
            </p>
          )}
          {setInterval.isError ? <Alert tone="danger">{errorMessage(setInterval.error)}</Alert> : null}
          {data.persons.length === 0 ? (
            <p className="muted">
              Noch keine Rückmeldungen. Wer einen Zugang zur Familien-App hat, wird dort regelmäßig gefragt.
            </p>
          ) : null}
          {data.persons.map((person) => (
            <PersonTrend key={person.personId} person={person} />
          ))}
        </div>
      ) : null}
    </Card>
  );
}

const seriesColors = [
  ['--color-brand', '#1f4e79'],
  ['--color-accent', '#6a3d8f'],
  ['--color-warning', '#7a4a00'],
] as const;

function PersonTrend({ person }: { person: Person }) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 28, right: 16, top: 48, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: person.answers.map((a) => formatDate(a.at)) },
      yAxis: { type: 'value', min: 1, max: 5, interval: 1 },
      series: feedbackQuestions.map((q, i) => ({
        name: feedbackQuestionLabels[q],
        type: 'line',
        data: person.answers.map((a) => a[q]),
        itemStyle: { color: chartColor(seriesColors[i]?.[0] ?? '', seriesColors[i]?.[1] ?? '#333') },
      })),
    }),
    [person.answers],
  );
  const headingId = `feedback-${person.personId}`;
  return (
    <section className="stack-sm feedback-person" aria-labelledby={headingId}>
      <h3 id={headingId} className="feedback-person-name">
        {person.name}{' '}
        {person.dropped.length > 0 ? (
          <Badge tone="warning">
            deutlich schlechter: {person.dropped.map((q) => feedbackQuestionLabels[q]).join(', ')}
          </Badge>
        ) : null}
      </h3>
      {person.answers.length > 1 ? (
        <LazyChart
          option={option}
          height={200}
          caption={`Antworten von ${person.name} im Verlauf (${scale}). Die Zahlen stehen in der Tabelle.`}
        />
      ) : null}
      <Table caption={`Rückmeldungen von ${person.name}`} captionHidden stacked>
        <thead>
          <tr>
            <th scope="col">Am</th>
            {feedbackQuestions.map((q) => (
              <th key={q} scope="col">
                {shortLabels[q]}
              </th>
            ))}
            <th scope="col">Notiz</th>
          </tr>
        </thead>
        <tbody>
          {[...person.answers].reverse().map((a) => (
            <tr key={a.at}>
              <th scope="row" data-label="Am">
                {formatDateTime(a.at)}
                {a.version === 'child' ? <span className="small muted"> · Kinderfassung</span> : null}
                {a.danger ? (
                  <>
                    {' '}
                    <Badge tone="danger">Hinweis auf Gefahr</Badge>
                  </>
                ) : null}
              </th>
              {feedbackQuestions.map((q) => (
                <td key={q} data-label={shortLabels[q]}>
                  {a[q]}
                </td>
              ))}
              <td data-label="Notiz" className="pre-wrap">
                {a.comment ?? '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
