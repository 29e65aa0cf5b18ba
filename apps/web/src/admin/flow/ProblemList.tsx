import type { TFlowDefinition } from '@lotse/shared';
import { Alert, Button } from '../../ui/index.ts';
import { describePath, type FlowProblem } from './flowValidation.ts';

/** All problems of the flow in one list; a problem in a step offers to open that step. */
export function ProblemList(props: {
  title: string;
  problems: FlowProblem[];
  definition: TFlowDefinition | null;
  onOpenStep?: (index: number) => void;
}) {
  return (
    <Alert tone="danger" title={props.title}>
      <ul className="admin-problem-list">
        {props.problems.map((p) => (
          <li key={p.path + p.message}>
            <span className="admin-problem-where">{describePath(p.path, props.definition)}:</span> {p.message}
            {p.step !== undefined && props.onOpenStep ? (
              <>
                {' '}
                <Button variant="link" size="sm" onClick={() => props.onOpenStep?.(p.step ?? 0)}>
                  Schritt {p.step + 1} öffnen
                </Button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
