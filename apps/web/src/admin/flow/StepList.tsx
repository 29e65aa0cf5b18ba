import { familyLanguages, type TFlowStep } from '@lotse/shared';
import { Badge } from '../../ui/index.ts';
import { stepTitle } from './stepLabels.ts';

function translatedCount(step: TFlowStep): number {
  return familyLanguages.filter((lang) => step.prompt[lang]?.trim()).length;
}

/** The steps in order; choosing one opens its texts. */
export function StepList(props: {
  steps: TFlowStep[];
  selected: number;
  onSelect: (index: number) => void;
  changed: (index: number) => boolean;
  problemCount: (index: number) => number;
}) {
  return (
    <nav aria-label="Schritte des Eingangsassistenten">
      <ol className="plain-list admin-step-list admin-step-list-compact">
        {props.steps.map((step, index) => {
          const problems = props.problemCount(index);
          return (
            <li key={step.id}>
              <button
                type="button"
                className="admin-step-button"
                aria-current={index === props.selected ? 'step' : undefined}
                onClick={() => props.onSelect(index)}
              >
                <span className="admin-step-title">
                  {index + 1}. {stepTitle(step)}
                </span>
                <span className="admin-step-prompt" lang="de">
                  {step.prompt.de?.trim() || 'Deutscher Text fehlt'}
                </span>
                <span className="admin-step-badges">
                  <Badge tone="neutral" outline>
                    {translatedCount(step)} von {familyLanguages.length} Sprachen
                  </Badge>
                  {props.changed(index) ? <Badge tone="info">geändert</Badge> : null}
                  {problems > 0 ? (
                    <Badge tone="danger">{problems === 1 ? '1 Fehler' : `${problems} Fehler`}</Badge>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
