import { type FormEvent, type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, TextField } from '../../ui/index.ts';

/**
 * A search kept in the address (`?q=…` and one parameter per filter), so it survives reloads and
 * the back button: the typed words wait in `draft` until the form is sent, filters apply at once.
 */
export function useAddressFilters() {
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState(params.get('q') ?? '');
  function setParam(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }
  return {
    get: (key: string) => params.get(key) || undefined,
    setParam,
    draft,
    setDraft,
    submit(event: FormEvent) {
      event.preventDefault();
      setParam('q', draft.trim());
    },
  };
}

/** The search field with its button, and the filters (selects) beside it. */
export function SearchFilters(props: {
  label: string;
  hint: string;
  filters: ReturnType<typeof useAddressFilters>;
  children: ReactNode;
}) {
  const { filters } = props;
  return (
    <search className="filters" aria-label={props.label}>
      <form className="filters-grid" onSubmit={filters.submit}>
        <div className="filters-search">
          <TextField
            label="Suchbegriff"
            type="search"
            value={filters.draft}
            onChange={(e) => filters.setDraft(e.target.value)}
            hint={props.hint}
          />
          <Button type="submit">Suchen</Button>
        </div>
        {props.children}
      </form>
    </search>
  );
}
