import {
  statisticsSurveyLabels,
  statisticsSurveys,
  type TStatisticsSurvey,
  type TStatisticsValidation,
  ZStatisticsSurvey,
} from '@lotse/shared';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../api/client.ts';
import { officeParts } from '../time.ts';
import { Alert, Badge, DefinitionList, LinkButton, PageHeader, Select, Spinner, Table } from '../ui/index.ts';
import { statisticsExportHref, useStatisticsValidation } from './api.ts';
import './planning.css';

/** The report years offered: this year and the five before. */
function reportYears(): number[] {
  const now = officeParts(new Date()).year;
  return Array.from({ length: 6 }, (_, i) => now - i);
}

const issueKindLabels = { missing: 'fehlt', implausible: 'unstimmig' } as const;

/**
 * "Amtliche Statistik": the report to the statistical office (KJH-Statistik) per survey and year. The
 * validation report lists every record with missing or implausible items, with a link to the case for
 * those who may open it; the export is the file for the reporting software.
 */
export function StatisticsPage() {
  const [params, setParams] = useSearchParams();
  const years = reportYears();
  const survey = ZStatisticsSurvey.catch('8a').parse(params.get('survey'));
  const wantedYear = Number(params.get('year'));
  const year = years.includes(wantedYear) ? wantedYear : (years[0] as number);
  const report = useStatisticsValidation(survey, year);

  function choose(next: { survey?: TStatisticsSurvey; year?: number }) {
    setParams(new URLSearchParams({ survey: next.survey ?? survey, year: String(next.year ?? year) }));
  }

  return (
    <>
      <title>Amtliche Statistik – Planung – Lotse</title>
      <PageHeader
        title="Amtliche Statistik"
        lead="Die Meldungen an das Statistische Landesamt (Kinder- und Jugendhilfestatistik): erst prüfen, was fehlt, dann die Datei herunterladen."
      />
      <div className="stack">
        <search className="filters" aria-label="Erhebung und Berichtsjahr">
          <div className="planning-statistics-choice">
            <Select
              label="Erhebung"
              options={statisticsSurveys.map((s) => ({ value: s, label: statisticsSurveyLabels[s] }))}
              value={survey}
              onChange={(e) => choose({ survey: ZStatisticsSurvey.catch('8a').parse(e.target.value) })}
            />
            <Select
              label="Berichtsjahr"
              options={years.map((y) => ({ value: String(y), label: String(y) }))}
              value={String(year)}
              onChange={(e) => choose({ year: Number(e.target.value) })}
            />
          </div>
        </search>
        {report.isPending ? <Spinner label="Prüfbericht wird geladen …" /> : null}
        {report.isError ? (
          <Alert tone="danger" title="Der Prüfbericht konnte nicht geladen werden">
            <p>{errorMessage(report.error)}</p>
          </Alert>
        ) : null}
        {report.data ? <ValidationReport report={report.data} /> : null}
      </div>
    </>
  );
}

function ValidationReport({ report }: { report: TStatisticsValidation }) {
  const label = statisticsSurveyLabels[report.survey];
  return (
    <section className="card stack" aria-labelledby="statistics-report-heading">
      <div className="planning-figures-header">
        <div>
          <h2 id="statistics-report-heading">Prüfbericht {report.year}</h2>
          <p className="muted planning-subtitle">{label}</p>
        </div>
        <LinkButton
          variant="secondary"
          size="sm"
          href={statisticsExportHref(report.survey, report.year)}
          download
        >
          Export herunterladen (CSV)
        </LinkButton>
      </div>
      <DefinitionList
        items={[
          { term: 'Datensätze', value: report.records },
          { term: 'Vollständig', value: report.complete },
          { term: 'Mit Lücken', value: report.problems.length },
        ]}
      />
      {report.records === 0 ? (
        <p>Für dieses Jahr gibt es keine Datensätze.</p>
      ) : report.problems.length === 0 ? (
        <Alert tone="success" title="Alle Datensätze sind vollständig." />
      ) : (
        <div className="planning-table">
          <Table caption={`Datensätze mit Lücken: ${label}, ${report.year}`} scrollable>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Satz
                </th>
                <th scope="col">Aktenzeichen</th>
                <th scope="col">Was fehlt oder nicht stimmt</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((problem) => (
                <tr key={problem.recordNo}>
                  <td className="num">{problem.recordNo}</td>
                  <th scope="row">
                    {problem.caseId ? (
                      <Link to={`/fachkraft/faelle/${encodeURIComponent(problem.caseId)}`}>
                        {problem.caseReference}
                      </Link>
                    ) : (
                      problem.caseReference
                    )}
                  </th>
                  <td>
                    <ul className="planning-issues">
                      {problem.issues.map((issue) => (
                        <li key={issue.item}>
                          <Badge tone={issue.kind === 'missing' ? 'warning' : 'danger'}>
                            {issueKindLabels[issue.kind]}
                          </Badge>{' '}
                          {issue.kind === 'missing' ? (
                            issue.label
                          ) : (
                            <>
                              <strong>{issue.label}:</strong> {issue.message}
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      {report.notes.length > 0 ? (
        <div className="planning-notes small">
          <h3>Hinweise</h3>
          <ul>
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
