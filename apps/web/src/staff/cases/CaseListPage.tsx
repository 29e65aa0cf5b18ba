import { caseStatuses, caseStatusLabels, helpTypeLabels, helpTypes } from '@lotse/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import {
  Alert,
  Button,
  buttonClass,
  Checkbox,
  EmptyState,
  PageHeader,
  Pagination,
  Select,
  Spinner,
  Table,
  TextField,
} from '../../ui/index.ts';
import { useCases, useTeams } from '../api.ts';
import { formatDate } from '../format.ts';
import { mayInOffice, useCurrentUser } from '../session.tsx';
import { CaseCards, CaseStatusBadge, childrenText } from './CaseCards.tsx';

const PAGE_SIZE = '25';
const FILTER_KEYS = ['q', 'status', 'teamId', 'helpType', 'mine'] as const;

const statusOptions = caseStatuses.map((s) => ({ value: s, label: caseStatusLabels[s] }));
const helpTypeOptions = helpTypes.map((h) => ({ value: h, label: helpTypeLabels[h] }));

/** Case list; every filter lives in the URL so a filtered list can be bookmarked and shared. */
export function CaseListPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const teams = useTeams();
  const [search, setSearch] = useState(params.get('q') ?? '');

  // Keep the search box in step with the URL (e.g. after back/forward navigation).
  const urlQuery = params.get('q') ?? '';
  useEffect(() => setSearch(urlQuery), [urlQuery]);

  const query: Record<string, string> = { pageSize: PAGE_SIZE, page: params.get('page') ?? '1' };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  const cases = useCases(query);

  function setFilter(key: (typeof FILTER_KEYS)[number], value: string) {
    const nextParams = new URLSearchParams(params);
    if (value) nextParams.set(key, value);
    else nextParams.delete(key);
    nextParams.delete('page');
    setParams(nextParams);
  }

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    setFilter('q', search.trim());
  }

  function pageHref(page: number): string {
    const nextParams = new URLSearchParams(params);
    if (page > 1) nextParams.set('page', String(page));
    else nextParams.delete('page');
    const s = nextParams.toString();
    return s ? `?${s}` : '?';
  }

  const hasFilters = FILTER_KEYS.some((k) => params.get(k));

  return (
    <>
      <title>Fälle – Lotse</title>
      <PageHeader
        title="Fälle"
        lead="Alle Fälle, auf die Sie Zugriff haben."
        actions={
          mayInOffice(me, 'create_cases') ? (
            <Link to="/fachkraft/faelle/neu" className={buttonClass('primary')}>
              Neuer Fall
            </Link>
          ) : undefined
        }
      />
      <search className="filters" aria-label="Fälle filtern">
        <form className="filters-search" onSubmit={submitSearch}>
          <TextField
            label="Suche"
            hint="Aktenzeichen, Titel oder Name"
            type="search"
            name="q"
            value={search}
            maxLength={100}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Button type="submit">Suchen</Button>
        </form>
        <div className="filters-grid">
          <Select
            label="Status"
            placeholder="Alle"
            options={statusOptions}
            value={params.get('status') ?? ''}
            onChange={(e) => setFilter('status', e.target.value)}
          />
          <Select
            label="Team"
            placeholder="Alle"
            options={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={params.get('teamId') ?? ''}
            onChange={(e) => setFilter('teamId', e.target.value)}
          />
          <Select
            label="Hilfeart"
            placeholder="Alle"
            options={helpTypeOptions}
            value={params.get('helpType') ?? ''}
            onChange={(e) => setFilter('helpType', e.target.value)}
          />
          <Checkbox
            label="Nur meine Fälle"
            checked={params.get('mine') === 'true'}
            onChange={(e) => setFilter('mine', e.target.checked ? 'true' : '')}
          />
        </div>
        {hasFilters ? (
          <p className="filters-reset">
            <Link to="/fachkraft/faelle">Alle Filter zurücksetzen</Link>
          </p>
        ) : null}
      </search>

      <div aria-live="polite" className="live-region results-status">
        {cases.isError ? (
          <Alert tone="danger" title="Die Fälle konnten nicht geladen werden">
            <p>{errorMessage(cases.error)}</p>
          </Alert>
        ) : null}
        {cases.isPending ? <Spinner /> : null}
      </div>

      {cases.data ? (
        cases.data.items.length === 0 ? (
          <EmptyState>Keine Fälle gefunden. Passen Sie die Suche oder die Filter an.</EmptyState>
        ) : (
          <div
            className={cases.isPlaceholderData ? 'is-stale' : undefined}
            aria-busy={cases.isPlaceholderData || undefined}
          >
            <div className="only-wide">
              <Table caption={`Fälle (${cases.data.total})`} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">Aktenzeichen</th>
                    <th scope="col">Fall</th>
                    <th scope="col">Kinder</th>
                    <th scope="col">Status</th>
                    <th scope="col">Team · Fachkraft</th>
                    <th scope="col">Aktualisiert</th>
                  </tr>
                </thead>
                <tbody>
                  {cases.data.items.map((c) => (
                    <tr key={c.id}>
                      <td className="nowrap">{c.reference}</td>
                      <td>
                        <Link to={`/fachkraft/faelle/${c.id}`}>{c.title}</Link>
                        <br />
                        <span className="muted">
                          {c.helpType ? helpTypeLabels[c.helpType] : 'Hilfeart offen'}
                        </span>
                      </td>
                      <td>{childrenText(c)}</td>
                      <td>
                        <CaseStatusBadge status={c.status} />
                      </td>
                      <td>
                        {c.team.name}
                        <br />
                        <span className="muted">{c.caseworker?.displayName ?? 'ohne Fachkraft'}</span>
                      </td>
                      <td className="nowrap">{formatDate(c.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
            <div className="only-narrow">
              <CaseCards cases={cases.data.items} headingLevel={2} />
            </div>
            <Pagination
              page={cases.data.page}
              pageSize={cases.data.pageSize}
              total={cases.data.total}
              renderLink={(page, label, rel) => (
                <Link to={pageHref(page)} rel={rel} className={buttonClass('secondary', 'sm')}>
                  {label}
                </Link>
              )}
            />
          </div>
        )
      ) : null}
    </>
  );
}
