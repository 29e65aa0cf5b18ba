import type { TFamilyLanguage, TFlowStep } from '@lotse/shared';
import { Alert, Card, DefinitionList } from '../../ui/index.ts';
import { stepKindLabels } from '../labels.ts';
import type { FlowProblem } from './flowValidation.ts';
import { LocalizedFields } from './LocalizedFields.tsx';
import { stepTitle } from './stepLabels.ts';

/** Errors of one localized text, by language, from problem paths like "steps.2.prompt.de". */
function errorsAt(problems: FlowProblem[], prefix: string): Partial<Record<TFamilyLanguage, string>> {
  const errors: Partial<Record<TFamilyLanguage, string>> = {};
  for (const p of problems) {
    if (p.path.startsWith(`${prefix}.`))
      errors[p.path.slice(prefix.length + 1) as TFamilyLanguage] = p.message;
  }
  return errors;
}

/** The texts of one step: its question and, for a choice, the labels of its answers. */
export function StepEditor(props: {
  step: TFlowStep;
  index: number;
  problems: FlowProblem[];
  onChange: (step: TFlowStep) => void;
}) {
  const { step, index } = props;
  const base = `steps.${index}`;
  const textPaths = /^steps\.\d+\.(prompt|options\.\d+\.label)\.[a-z-]+$/;
  const otherProblems = props.problems.filter((p) => !textPaths.test(p.path));

  return (
    <Card title={`Schritt ${index + 1}: ${stepTitle(step)}`} className="admin-step-editor">
      <div className="stack">
        <DefinitionList
          items={[
            { term: 'Art', value: stepKindLabels[step.kind] },
            { term: 'ID', value: <code>{step.id}</code> },
            { term: 'Antwort', value: step.optional ? 'kann übersprungen werden' : 'erforderlich' },
          ]}
        />
        {otherProblems.map((p) => (
          <Alert key={p.path + p.message} tone="danger">
            {p.message}
          </Alert>
        ))}
        <LocalizedFields
          legend="Frage"
          multiline
          formal
          values={step.prompt}
          errors={errorsAt(props.problems, `${base}.prompt`)}
          onChange={(prompt) => props.onChange({ ...step, prompt })}
        />
        {step.options?.map((option, o) => (
          <LocalizedFields
            key={option.value}
            legend={`Antwort ${o + 1} (Wert „${option.value}“)`}
            values={option.label}
            errors={errorsAt(props.problems, `${base}.options.${o}.label`)}
            onChange={(label) =>
              props.onChange({
                ...step,
                options: step.options?.map((other, i) => (i === o ? { ...other, label } : other)),
              })
            }
          />
        ))}
        {step.field === 'topicChoice' && !step.options?.length ? (
          <p className="muted small">
            Die Themen zum Auswählen zeigt Lotse selbst an, in allen Sprachen der Familien-App.
          </p>
        ) : null}
      </div>
    </Card>
  );
}
