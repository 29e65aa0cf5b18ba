import {
  factorKindLabels,
  type TFactorKind,
  type TProtectionCatalogue,
  type TProtectionProcedure,
  ZAssessmentInputSchema,
} from '@lotse/shared';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, LiveMessage, Select, Spinner, Textarea, TextField } from '../../ui/index.ts';
import { issuesToFields, todayIso } from '../format.ts';
import { LawText } from '../law/LawCitation.tsx';
import { useAddAssessment, useCatalogue, useCatalogues } from './api.ts';

type CatalogueFactor = TProtectionCatalogue['domains'][number]['factors'][number];
type CatalogueDomain = TProtectionCatalogue['domains'][number];
interface RatingDraft {
  rating: number | null;
  note: string;
}

/** A new assessment with a factor catalogue: pick the catalogue, rate risk and protective factors side by side. */
export function AssessmentSection({ p }: { p: TProtectionProcedure }) {
  const catalogues = useCatalogues();
  const latest = p.assessments.at(-1);
  const [choice, setChoice] = useState<string>('');

  if (catalogues.isPending) return <Spinner label="Kataloge werden geladen …" />;
  if (catalogues.isError) return <Alert tone="danger">{errorMessage(catalogues.error)}</Alert>;
  const list = catalogues.data.catalogues;
  const keyOf = (c: { id: string; version: string }) => `${c.id}@${c.version}`;
  const fallback =
    (latest && list.find((c) => c.id === latest.catalogueId && c.version === latest.catalogueVersion)) ??
    list.find((c) => c.source === 'default') ??
    list[0];
  const chosen = list.find((c) => keyOf(c) === choice) ?? fallback;
  if (!chosen) return <Alert tone="warning">Es ist kein Einschätzungskatalog verfügbar.</Alert>;

  return (
    <Card title="Neue Einschätzung">
      <div className="stack">
        {list.length > 1 ? (
          <Select
            label="Katalog"
            options={list.map((c) => ({
              value: keyOf(c),
              label: `${c.title} (Fassung ${c.version}${c.source === 'imported' ? ', eigener Katalog' : ''})`,
            }))}
            value={keyOf(chosen)}
            onChange={(e) => setChoice(e.target.value)}
          />
        ) : (
          <p className="small muted">
            Katalog: {chosen.title} (Fassung {chosen.version})
          </p>
        )}
        <CatalogueSheet key={keyOf(chosen)} p={p} id={chosen.id} version={chosen.version} />
      </div>
    </Card>
  );
}

function CatalogueSheet(props: { p: TProtectionProcedure; id: string; version: string }) {
  const entry = useCatalogue(props.id, props.version);
  if (entry.isPending) return <Spinner label="Katalog wird geladen …" />;
  if (entry.isError) return <Alert tone="danger">{errorMessage(entry.error)}</Alert>;
  return <AssessmentForm p={props.p} catalogue={entry.data.catalogue} />;
}

function AssessmentForm({ p, catalogue }: { p: TProtectionProcedure; catalogue: TProtectionCatalogue }) {
  const add = useAddAssessment(p.id);
  // Start from the newest assessment with the same catalogue: the professionals change what changed.
  const previous = [...p.assessments]
    .reverse()
    .find((a) => a.catalogueId === catalogue.id && a.catalogueVersion === catalogue.version);
  const [ratings, setRatings] = useState<Record<string, RatingDraft>>(() =>
    Object.fromEntries(
      (previous?.ratings ?? []).map((r) => [r.factorKey, { rating: r.rating, note: r.note ?? '' }]),
    ),
  );
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);

  function setRating(key: string, change: Partial<RatingDraft>) {
    setRatings((all) => ({ ...all, [key]: { rating: null, note: '', ...all[key], ...change } }));
  }

  const rated = Object.entries(ratings).filter(([, r]) => r.rating !== null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const body = {
      catalogueId: catalogue.id,
      catalogueVersion: catalogue.version,
      assessedOn,
      ratings: rated.map(([factorKey, r]) => ({ factorKey, rating: r.rating, note: r.note.trim() || null })),
      summary: summary.trim(),
    };
    const parsed = ZAssessmentInputSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    add.mutate(parsed.data, {
      onSuccess: () => {
        setSaved(
          `Die Einschätzung vom ${assessedOn.split('-').reverse().join('.')} ist gespeichert (${rated.length} Faktoren bewertet).`,
        );
        setSummary('');
      },
      onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
    });
  }

  return (
    <form className="stack protection-assessment" onSubmit={submit} noValidate>
      {catalogue.guidance?.length ? (
        <details className="protection-guidance">
          <summary>Hinweise zum Katalog</summary>
          <ul>
            {catalogue.guidance.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <TextField
        label="Gemeinsam eingeschätzt am"
        type="date"
        value={assessedOn}
        error={errors.assessedOn}
        onChange={(e) => setAssessedOn(e.target.value)}
      />
      <p className="small">
        Bewertet wird, wie stark ein Merkmal ausgeprägt ist (0 bis 3). Ohne Information bleibt ein Faktor
        „nicht bewertet“. Die Bewertungen sind eine Hilfe für das fachliche Urteil, kein errechnetes Ergebnis.
      </p>
      {catalogue.domains.map((domain) => (
        <DomainSheet
          key={domain.key}
          domain={domain}
          catalogue={catalogue}
          ratings={ratings}
          onRate={setRating}
        />
      ))}
      <Textarea
        label="Zusammenfassung der Einschätzung"
        optional
        rows={5}
        value={summary}
        error={errors.summary}
        onChange={(e) => setSummary(e.target.value)}
      />
      <LiveMessage error={add.isError ? errorMessage(add.error) : (errors.ratings ?? null)} success={saved} />
      <div className="form-actions">
        <span className="small">{rated.length} Faktoren bewertet</span>
        <Button type="submit" busy={add.isPending}>
          Einschätzung speichern
        </Button>
      </div>
    </form>
  );
}

function DomainSheet(props: {
  domain: CatalogueDomain;
  catalogue: TProtectionCatalogue;
  ratings: Record<string, RatingDraft>;
  onRate: (key: string, change: Partial<RatingDraft>) => void;
}) {
  const { domain } = props;
  const ratedHere = domain.factors.filter((f) => (props.ratings[f.key]?.rating ?? null) !== null).length;
  const kinds: TFactorKind[] = ['risk', 'protective'];
  return (
    <details className="protection-domain">
      <summary>
        <span className="protection-domain-title">{domain.label}</span>
        <span className="small muted">
          {' '}
          – {ratedHere} von {domain.factors.length} bewertet
        </span>
      </summary>
      <div className="protection-domain-body">
        <p className="small">
          <LawText text={domain.description} />
        </p>
        {domain.ageNote ? (
          <p className="small muted">
            <LawText text={domain.ageNote} />
          </p>
        ) : null}
        <div className="protection-factor-columns">
          {kinds.map((kind) => (
            <div key={kind} className={`protection-factor-column protection-factor-${kind}`}>
              <h3 className="protection-column-title">
                {kind === 'risk' ? 'Risikofaktoren' : 'Schutzfaktoren'}
              </h3>
              {domain.factors
                .filter((f) => f.kind === kind)
                .map((f) => (
                  <FactorRating
                    key={f.key}
                    factor={f}
                    scale={props.catalogue.scale}
                    value={props.ratings[f.key] ?? { rating: null, note: '' }}
                    onChange={(change) => props.onRate(f.key, change)}
                  />
                ))}
            </div>
          ))}
        </div>
      </div>
    </details>
  );
}

/** One factor as a radio group: "not rated" and the four scale points, each with its anchor text. */
function FactorRating(props: {
  factor: CatalogueFactor;
  scale: TProtectionCatalogue['scale'];
  value: RatingDraft;
  onChange: (change: Partial<RatingDraft>) => void;
}) {
  const { factor } = props;
  const baseId = useId();
  const scale = [...props.scale].sort((a, b) => a.value - b.value);
  const anchors = factor.anchors as Record<string, string>;
  return (
    <fieldset className="fieldset protection-factor">
      <legend>
        {factor.label}
        <span className="visually-hidden"> ({factorKindLabels[factor.kind]})</span>
      </legend>
      <div className="protection-scale">
        <div className="checkbox protection-scale-point protection-unrated">
          <input
            type="radio"
            id={`${baseId}-none`}
            name={`${baseId}-rating`}
            checked={props.value.rating === null}
            onChange={() => props.onChange({ rating: null })}
          />
          <label htmlFor={`${baseId}-none`}>nicht bewertet</label>
        </div>
        {scale.map((point) => (
          <div key={point.value} className="checkbox protection-scale-point">
            <input
              type="radio"
              id={`${baseId}-${point.value}`}
              name={`${baseId}-rating`}
              value={point.value}
              checked={props.value.rating === point.value}
              onChange={() => props.onChange({ rating: point.value })}
            />
            <label htmlFor={`${baseId}-${point.value}`}>
              <span className="protection-scale-label">
                {point.value} – {point.label}
              </span>
              <span className="protection-scale-anchor">{anchors[String(point.value)]}</span>
            </label>
          </div>
        ))}
      </div>
      {props.value.rating !== null ? (
        <TextField
          label={`Notiz zu „${factor.label}“`}
          optional
          maxLength={2000}
          value={props.value.note}
          onChange={(e) => props.onChange({ note: e.target.value })}
        />
      ) : null}
    </fieldset>
  );
}
