import { roleLabels } from '@lotse/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage, isApiError } from '../api/client.ts';
import {
  Alert,
  Badge,
  Button,
  buttonClass,
  EmptyState,
  PageHeader,
  Pagination,
  Select,
  Spinner,
  Table,
  TextField,
  type Tone,
} from '../ui/index.ts';
import { useAudit, useUsers } from './api.ts';
import { auditActionLabel, auditResourceLabel } from './auditLabels.ts';
import { formatDateTime } from './format.ts';

const outcomeLabels: Record<'allowed' | 'denied' | 'failed', { label: string; tone: Tone }> = {
  allowed: { label: 'erlaubt', tone: 'success' },
  denied: { label: 'verweigert', tone: 'danger' },
  failed: { label: 'fehlgeschlagen', tone: 'warning' },
};

const PAGE_SIZE = '50';

/** Audit log for the data protection officer; filters live in the URL. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const users = useUsers();
  const [caseId, setCaseId] = useState(params.get('caseId') ?? '');
  const urlCaseId = params.get('caseId') ?? '';
  useEffect(() => setCaseId(urlCaseId), [urlCaseId]);

  const query: Record<string, string> = { pageSize: PAGE_SIZE, page: params.get('page') ?? '1' };
  for (const key of ['caseId', 'actorId'] as const) {
    const v = params.get(key);
    if (v) query[key] = v;
  }
  const audit = useAudit(query);

  function setFilter(key: 'caseId' | 'actorId', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setFilter('caseId', caseId.trim());
  }

  function pageHref(page: number) {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    return `?${next.toString()}`;
  }

  return (
    <>
      <title>Protokoll – Lotse</title>
      <PageHeader
        title="Zugriffsprotokoll"
        lead="Jeder Lese- und Schreibzugriff auf personenbezogene Daten und jede Anmeldung wird hier unveränderbar protokolliert."
      />
      <search className="filters" aria-label="Protokoll filtern">
        <div className="filters-grid">
          <form className="filters-search" onSubmit={submit}>
            <TextField
              label="Fall-ID"
              hint="Die ID steht in der Adresse der Fallseite."
              value={caseId}
              spellCheck={false}
              onChange={(e) => setCaseId(e.target.value)}
            />
            <Button type="submit">Filtern</Button>
          </form>
          <Select
            label="Person"
            placeholder="Alle"
            options={(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
            value={params.get('actorId') ?? ''}
            onChange={(e) => setFilter('actorId', e.target.value)}
          />
        </div>
      </search>
      <div className="live-region" aria-live="polite">
        {audit.isPending ? <Spinner /> : null}
        {audit.isError ? (
          <Alert tone="danger" title="Das Protokoll konnte nicht geladen werden">
            <p>
              {isApiError(audit.error, 403)
                ? 'Das Protokoll ist nur für Datenschutzbeauftragte zugänglich.'
                : errorMessage(audit.error)}
            </p>
          </Alert>
        ) : null}
      </div>
      {audit.data ? (
        audit.data.items.length === 0 ? (
          <EmptyState>Keine Protokolleinträge für diese Auswahl.</EmptyState>
        ) : (
          <>
            <Table caption={`Protokolleinträge (${audit.data.total})`} captionHidden stacked>
              <thead>
                <tr>
                  <th scope="col">Zeitpunkt</th>
                  <th scope="col">Person</th>
                  <th scope="col">Aktion</th>
                  <th scope="col">Ressource</th>
                  <th scope="col">Ergebnis</th>
                  <th scope="col">Versiegelt</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.items.map((e) => (
                  <tr key={e.id}>
                    <td data-label="Zeitpunkt" className="nowrap">
                      {formatDateTime(e.at)}
                    </td>
                    <td data-label="Person">
                      {e.actor?.displayName ?? 'System / unbekannt'}
                      {e.actorRoles.length ? (
                        <>
                          <br />
                          <span className="muted">
                            {e.actorRoles
                              .map((r) => (roleLabels as Record<string, string>)[r] ?? r)
                              .join(', ')}
                          </span>
                        </>
                      ) : null}
                    </td>
                    <td data-label="Aktion">
                      {auditActionLabel(e.action)}
                      <br />
                      <code className="muted small">{e.action}</code>
                    </td>
                    <td data-label="Ressource">
                      {auditResourceLabel(e.resourceType)}
                      {e.caseId ? (
                        <>
                          <br />
                          <Link to={`?caseId=${e.caseId}`} className="muted audit-case">
                            Fall {e.caseId.slice(0, 8)}…
                          </Link>
                        </>
                      ) : null}
                    </td>
                    <td data-label="Ergebnis">
                      <Badge tone={outcomeLabels[e.outcome].tone}>{outcomeLabels[e.outcome].label}</Badge>
                    </td>
                    <td data-label="Versiegelt">{e.sealed ? 'ja' : 'noch nicht'}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination
              page={audit.data.page}
              pageSize={audit.data.pageSize}
              total={audit.data.total}
              renderLink={(page, label, rel) => (
                <Link to={pageHref(page)} rel={rel} className={buttonClass('secondary', 'sm')}>
                  {label}
                </Link>
              )}
            />
          </>
        )
      ) : null}
    </>
  );
}
