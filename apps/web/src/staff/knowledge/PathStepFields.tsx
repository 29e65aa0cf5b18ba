import { type TOnboardingStepKind, ZOnboardingStepKind } from '@lotse/shared';
import { Button, Select, type SelectOption, Textarea, TextField } from '../../ui/index.ts';
import { kindLabels, type StepDraft } from './pathDraft.ts';

/** Field ids of a step, for the error summary's links and for moving focus. */
export const stepFieldId = (key: string, field: string) => `schritt-${key}-${field}`;

/** The names of a step's fields in the error summary. */
export const stepFieldLabels: Record<string, string> = {
  id: 'Schritt',
  week: 'Woche',
  kind: 'Art',
  title: 'Titel',
  articleId: 'Artikel',
  lawRef: 'Vorschrift',
  description: 'Beschreibung',
};

/** The field an error of a step leads to (an unknown step id leads to its first field). */
export function stepErrorTarget(key: string, field: string): string {
  return stepFieldId(key, field in stepFieldLabels && field !== 'id' ? field : 'week');
}

const kindOptions = ZOnboardingStepKind.options.map((kind) => ({ value: kind, label: kindLabels[kind] }));

/** One step of the path in the editor: its fields and the buttons to move or remove it. */
export function PathStepFields(props: {
  step: StepDraft;
  index: number;
  count: number;
  weeks: number;
  articles: readonly SelectOption[];
  articlesLoading: boolean;
  errors: Record<string, string>;
  onChange: (patch: Partial<StepDraft>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { step, index, errors } = props;
  // The buttons name their step, so a screen reader's list of buttons tells them apart.
  const number = index + 1;
  const id = (field: string) => stepFieldId(step.key, field);
  // A week beyond the path's length stays selectable, so the select shows it and the check can name it.
  const weekOptions = Array.from({ length: Math.max(props.weeks, step.week, 1) }, (_, i) => ({
    value: String(i + 1),
    label: String(i + 1),
  }));
  const articleOptions =
    step.articleId && !props.articles.some((a) => a.value === step.articleId) && !props.articlesLoading
      ? [...props.articles, { value: step.articleId, label: 'Archivierter Artikel' }]
      : props.articles;

  return (
    <li className="path-step">
      <fieldset className="path-step-fields">
        <legend className="path-step-legend">
          <h3 id={id('heading')} tabIndex={-1}>
            Schritt {number}
            {step.title.trim() ? <span className="path-step-name">: {step.title.trim()}</span> : null}
          </h3>
        </legend>
        {errors.id ? (
          <p className="field-error" id={id('id-error')}>
            {errors.id}
          </p>
        ) : null}
        <div className="path-step-grid">
          <Select
            id={id('week')}
            label="Woche"
            options={weekOptions}
            value={String(step.week)}
            error={errors.week}
            onChange={(e) => props.onChange({ week: Number(e.target.value) })}
          />
          <Select
            id={id('kind')}
            label="Art"
            options={kindOptions}
            value={step.kind}
            error={errors.kind}
            onChange={(e) => props.onChange({ kind: e.target.value as TOnboardingStepKind })}
          />
          <TextField
            id={id('title')}
            label="Titel"
            className="path-step-title"
            maxLength={160}
            value={step.title}
            error={errors.title}
            onChange={(e) => props.onChange({ title: e.target.value })}
          />
        </div>
        {step.kind === 'article' ? (
          <Select
            id={id('articleId')}
            label="Artikel"
            placeholder={props.articlesLoading ? 'Artikel werden geladen …' : 'Bitte wählen'}
            options={articleOptions}
            value={step.articleId}
            error={errors.articleId}
            onChange={(e) => props.onChange({ articleId: e.target.value })}
          />
        ) : null}
        {step.kind === 'law' ? (
          <TextField
            id={id('lawRef')}
            label="Vorschrift"
            hint="z. B. „§ 8a SGB VIII“"
            maxLength={80}
            value={step.lawRef}
            error={errors.lawRef}
            onChange={(e) => props.onChange({ lawRef: e.target.value })}
          />
        ) : null}
        <Textarea
          id={id('description')}
          label="Beschreibung"
          optional
          rows={2}
          maxLength={1000}
          value={step.description}
          error={errors.description}
          onChange={(e) => props.onChange({ description: e.target.value })}
        />
        <div className="path-step-actions">
          <Button
            id={id('up')}
            variant="secondary"
            size="sm"
            disabled={index === 0}
            aria-label={`Nach oben: Schritt ${number}`}
            onClick={() => props.onMove(index - 1)}
          >
            <span aria-hidden="true">↑ </span>Nach oben
          </Button>
          <Button
            id={id('down')}
            variant="secondary"
            size="sm"
            disabled={index === props.count - 1}
            aria-label={`Nach unten: Schritt ${number}`}
            onClick={() => props.onMove(index + 1)}
          >
            <span aria-hidden="true">↓ </span>Nach unten
          </Button>
          <Button
            variant="secondary"
            size="sm"
            className="path-step-remove"
            aria-label={`Entfernen: Schritt ${number}`}
            onClick={props.onRemove}
          >
            Entfernen
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
