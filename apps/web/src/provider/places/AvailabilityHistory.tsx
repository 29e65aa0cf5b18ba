import type { TProviderFacility } from '@lotse/shared';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { type ChartOption, chartColor, LazyChart } from '../../staff/charts/LazyChart.tsx';
import { formatDate, formatDateTime } from '../../staff/format.ts';
import { Alert, Button, Spinner, Table } from '../../ui/index.ts';
import { type AvailabilityPoint, useAvailabilityHistory } from '../api.ts';

/** Rows shown before "Alle anzeigen"; the newest confirmations matter most. */
const FIRST_ROWS = 5;

/**
 * "Verlauf": the confirmations of the last 90 days as a small chart and a table with the same
 * numbers (newest first). Loaded only when opened.
 */
export function AvailabilityHistory({ facility }: { facility: TProviderFacility }) {
  const [open, setOpen] = useState(false);
  const history = useAvailabilityHistory(facility.id, open);
  const items = history.data?.items;

  return (
    <details className="provider-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Verlauf der letzten 90 Tage</summary>
      <div className="stack-sm provider-history-body">
        {history.isFetching && !items ? <Spinner label="Verlauf wird geladen …" /> : null}
        {history.isError ? <Alert tone="danger">{errorMessage(history.error)}</Alert> : null}
        {items && items.length === 0 ? (
          <p className="muted">In den letzten 90 Tagen wurden keine Zahlen bestätigt.</p>
        ) : null}
        {items && items.length > 1 ? <HistoryChart items={items} /> : null}
        {items && items.length > 0 ? <HistoryTable items={items} facilityName={facility.name} /> : null}
      </div>
    </details>
  );
}

function HistoryChart({ items }: { items: AvailabilityPoint[] }) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 28, right: 12, top: 36, bottom: 24 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: items.map((p) => formatDate(p.at)) },
      yAxis: { type: 'value', min: 0, minInterval: 1 },
      series: [
        {
          name: 'Frei',
          type: 'line',
          step: 'end',
          data: items.map((p) => p.free),
          itemStyle: { color: chartColor('--color-success', '#1d6b3a') },
        },
        {
          name: 'Reserviert',
          type: 'line',
          step: 'end',
          data: items.map((p) => p.reserved),
          itemStyle: { color: chartColor('--color-warning', '#7a4a00') },
        },
      ],
    }),
    [items],
  );
  return (
    <LazyChart
      option={option}
      height={180}
      caption="Freie und reservierte Plätze bei jeder Bestätigung. Die Zahlen stehen in der Tabelle."
    />
  );
}

function HistoryTable({ items, facilityName }: { items: AvailabilityPoint[]; facilityName: string }) {
  const [all, setAll] = useState(false);
  const newestFirst = [...items].reverse();
  const rows = all ? newestFirst : newestFirst.slice(0, FIRST_ROWS);
  return (
    <>
      <Table caption={`Bestätigte Zahlen: ${facilityName}`} captionHidden>
        <thead>
          <tr>
            <th scope="col">Bestätigt am</th>
            <th scope="col">Frei</th>
            <th scope="col">Reserviert</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.at}>
              <th scope="row">{formatDateTime(p.at)}</th>
              <td>{p.free}</td>
              <td>{p.reserved}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {newestFirst.length > FIRST_ROWS ? (
        <p>
          <Button variant="link" onClick={() => setAll(!all)} aria-expanded={all}>
            {all
              ? `Nur die letzten ${FIRST_ROWS} anzeigen`
              : `Alle ${newestFirst.length} Bestätigungen anzeigen`}
          </Button>
        </p>
      ) : null}
    </>
  );
}
