import type { TAssessment } from '@lotse/shared';
import { useMemo } from 'react';
import { Card, EmptyState, Table } from '../../ui/index.ts';
import { type ChartOption, chartColor, LazyChart } from '../charts/LazyChart.tsx';
import { formatDate } from '../format.ts';
import { useCatalogue } from './api.ts';

/** Factors rated 2 or 3: clearly or strongly present. */
const marked = (byValue: number[]) => (byValue[2] ?? 0) + (byValue[3] ?? 0);

/**
 * Risk and protective factors over time: per assessment how many were rated and how strongly, as a
 * table (the accessible numbers) and a chart. Descriptive only — no sums into a verdict.
 */
export function AssessmentHistory({ assessments }: { assessments: TAssessment[] }) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 32, right: 16, top: 64, bottom: 32 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: assessments.map((a) => formatDate(a.assessedOn)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: 'Risikofaktoren deutlich/stark (2–3)',
          type: 'bar',
          data: assessments.map((a) => marked(a.risk.byValue)),
          itemStyle: { color: chartColor('--color-danger', '#a52019') },
        },
        {
          name: 'Schutzfaktoren deutlich/stark (2–3)',
          type: 'bar',
          data: assessments.map((a) => marked(a.protective.byValue)),
          itemStyle: { color: chartColor('--color-success', '#1d6b3a') },
        },
      ],
    }),
    [assessments],
  );

  if (assessments.length === 0)
    return (
      <Card title="Verlauf der Einschätzungen">
        <EmptyState>Noch keine Einschätzung mit dem Faktorenkatalog.</EmptyState>
      </Card>
    );

  return (
    <Card title="Verlauf der Einschätzungen" className="protection-history">
      <div className="stack">
        <LazyChart
          option={option}
          height={260}
          caption="Risiko- und Schutzfaktoren, die deutlich oder stark ausgeprägt sind, je Einschätzung. Die Zahlen stehen in der Tabelle."
        />
        <Table caption="Risiko- und Schutzfaktoren im Verlauf (2–3: deutlich oder stark ausgeprägt)" stacked>
          <thead>
            <tr>
              <th scope="col">Eingeschätzt am</th>
              <th scope="col">Risiko: bewertet</th>
              <th scope="col">Risiko: 2–3</th>
              <th scope="col">Schutz: bewertet</th>
              <th scope="col">Schutz: 2–3</th>
              <th scope="col">Erfasst von</th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.id}>
                <th scope="row" data-label="Eingeschätzt am">
                  {formatDate(a.assessedOn)}
                </th>
                <td data-label="Risiko: bewertet">{a.risk.rated}</td>
                <td data-label="Risiko: 2–3">{marked(a.risk.byValue)}</td>
                <td data-label="Schutz: bewertet">{a.protective.rated}</td>
                <td data-label="Schutz: 2–3">{marked(a.protective.byValue)}</td>
                <td data-label="Erfasst von">{a.createdBy.displayName}</td>
              </tr>
            ))}
          </tbody>
        </Table>
        <FactorCourse assessments={assessments} />
        {assessments.some((a) => a.summary) ? (
          <div className="stack-sm">
            <h3 className="protection-subhead">Zusammenfassungen</h3>
            {assessments
              .filter((a) => a.summary)
              .map((a) => (
                <p key={a.id} className="pre-wrap small">
                  <strong>{formatDate(a.assessedOn)}:</strong> {a.summary}
                </p>
              ))}
          </div>
        ) : null}
      </div>
    </Card>
  );
}

/** Each rated factor across the assessments, with the labels of the newest assessment's catalogue. */
function FactorCourse({ assessments }: { assessments: TAssessment[] }) {
  const newest = assessments.at(-1);
  const entry = useCatalogue(newest?.catalogueId ?? '', newest?.catalogueVersion ?? '');
  const factors = useMemo(() => {
    const rows: { key: string; label: string; kind: 'risk' | 'protective' | null; domain: string }[] = [];
    const keys = new Set(assessments.flatMap((a) => a.ratings.map((r) => r.factorKey)));
    for (const d of entry.data?.catalogue.domains ?? [])
      for (const f of d.factors)
        if (keys.delete(f.key)) rows.push({ key: f.key, label: f.label, kind: f.kind, domain: d.label });
    for (const key of keys) rows.push({ key, label: key, kind: null, domain: '' });
    return rows;
  }, [assessments, entry.data]);
  if (!factors.length) return null;
  const ratingOf = (a: TAssessment, key: string) => a.ratings.find((r) => r.factorKey === key)?.rating;
  return (
    <details className="protection-factor-course">
      <summary>Einzelne Faktoren im Verlauf ({factors.length})</summary>
      <Table caption="Bewertung der einzelnen Faktoren je Einschätzung (0 bis 3, – = nicht bewertet)">
        <thead>
          <tr>
            <th scope="col">Faktor</th>
            <th scope="col">Art</th>
            {assessments.map((a) => (
              <th key={a.id} scope="col">
                {formatDate(a.assessedOn)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => (
            <tr key={f.key}>
              <th scope="row">
                {f.label}
                {f.domain ? <span className="small muted"> · {f.domain}</span> : null}
              </th>
              <td>{f.kind === 'risk' ? 'Risiko' : f.kind === 'protective' ? 'Schutz' : '–'}</td>
              {assessments.map((a) => (
                <td key={a.id}>{ratingOf(a, f.key) ?? '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </details>
  );
}
