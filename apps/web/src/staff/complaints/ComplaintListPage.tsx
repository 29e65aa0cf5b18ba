import { complaintStatusLabels, type TComplaintStatus, ZComplaintStatus } from '@lotse/shared';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, EmptyState, PageHeader, Select, Spinner } from '../../ui/index.ts';
import { LawText } from '../law/LawCitation.tsx';
import { useComplaints } from './api.ts';
import { ComplaintTable } from './ComplaintTable.tsx';

const statusOptions = (['received', 'in_progress', 'answered'] as const).map((status) => ({
  value: status,
  label: complaintStatusLabels[status],
}));

function parseStatus(value: string | null): TComplaintStatus | undefined {
  const parsed = ZComplaintStatus.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function countText(count: number, status: TComplaintStatus | undefined): string {
  const noun = count === 1 ? 'Beschwerde' : 'Beschwerden';
  if (!status) return count === 1 ? '1 offene Beschwerde' : `${count} offene Beschwerden`;
  return `${count} ${noun} mit dem Status „${complaintStatusLabels[status]}“`;
}

function summaryText(count: number, overdue: number, status: TComplaintStatus | undefined): string {
  const base = countText(count, status);
  return overdue > 0 ? `${base}, davon ${overdue} überfällig.` : `${base}.`;
}

/** The complaint office's list (§ 9a SGB VIII): open complaints by deadline; the filter lives in the URL. */
export function ComplaintListPage() {
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const complaints = useComplaints(status);

  function setStatus(value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set('status', value);
    else next.delete('status');
    setParams(next, { replace: true });
  }

  // "Alle offenen" asks the server for every complaint and leaves out the answered ones.
  const items = (complaints.data ?? []).filter((c) => status || c.status !== 'answered');
  const overdue = items.filter((c) => c.overdue).length;

  return (
    <>
      <title>Beschwerden – Lotse</title>
      <PageHeader
        title="Beschwerden"
        lead={
          <LawText text="Beschwerden von Familien und jungen Menschen aus der Familien-App (§ 9a SGB VIII). Familien bekommen innerhalb von vier Wochen eine Antwort." />
        }
      />
      <search className="filters" aria-label="Beschwerden filtern">
        <div className="filters-grid">
          <Select
            label="Status"
            placeholder="Alle offenen"
            options={statusOptions}
            value={status ?? ''}
            onChange={(e) => setStatus(e.target.value)}
          />
        </div>
      </search>

      <div aria-live="polite" className="live-region results-status">
        {complaints.isError ? (
          <Alert tone="danger" title="Die Beschwerden konnten nicht geladen werden">
            <p>{errorMessage(complaints.error)}</p>
          </Alert>
        ) : null}
        {complaints.isPending ? <Spinner label="Beschwerden werden geladen …" /> : null}
        {complaints.data && items.length > 0 ? (
          <p className="muted">{summaryText(items.length, overdue, status)}</p>
        ) : null}
      </div>

      {complaints.data ? (
        items.length === 0 ? (
          <EmptyState>
            {status
              ? `Keine Beschwerden mit dem Status „${complaintStatusLabels[status]}“.`
              : 'Keine offenen Beschwerden.'}
          </EmptyState>
        ) : (
          <div
            className={complaints.isPlaceholderData ? 'is-stale' : undefined}
            aria-busy={complaints.isPlaceholderData || undefined}
          >
            <ComplaintTable
              caption={`${status ? `Beschwerden: ${complaintStatusLabels[status]}` : 'Offene Beschwerden'} (${items.length})`}
              complaints={items}
            />
          </div>
        )
      ) : null}
    </>
  );
}
