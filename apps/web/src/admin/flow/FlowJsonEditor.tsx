import type { TFlowDefinition } from '@lotse/shared';
import { useState } from 'react';
import { Alert, Button, LiveMessage, Textarea } from '../../ui/index.ts';
import { type FlowProblem, flowProblems } from './flowValidation.ts';
import { ProblemList } from './ProblemList.tsx';

/**
 * The whole flow as JSON, for structural changes (steps, answers, order). The text is checked
 * against the same rules as the server before it replaces the draft; publishing stays one step.
 */
export function FlowJsonEditor(props: {
  draft: TFlowDefinition;
  onApply: (definition: TFlowDefinition) => void;
}) {
  const [text, setText] = useState(() => JSON.stringify(props.draft, null, 2));
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FlowProblem[]>([]);
  const [applied, setApplied] = useState(false);

  function apply() {
    setApplied(false);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      setProblems([]);
      setSyntaxError(error instanceof SyntaxError ? error.message : 'Unbekannter Fehler');
      return;
    }
    setSyntaxError(null);
    const result = flowProblems(data);
    setProblems(result.problems);
    if (result.definition && result.problems.length === 0) {
      props.onApply(result.definition);
      setApplied(true);
    }
  }

  return (
    <div className="stack">
      <Alert tone="info">
        <p>
          Hier lässt sich der Ablauf als Ganzes ändern: Schritte hinzufügen, entfernen, umsortieren oder
          Antworten ergänzen. Für reine Textänderungen genügt „Texte bearbeiten“. Änderungen hier gelten erst
          nach „Prüfen und übernehmen“ und werden mit „Neue Version veröffentlichen“ für Familien sichtbar.
        </p>
      </Alert>
      <Textarea
        label="Ablauf als JSON"
        hint="Jeder Schritt: id (Kleinbuchstaben, Ziffern, _), kind, field, prompt je Sprache (de ist Pflicht), optional options."
        className="admin-json"
        value={text}
        spellCheck={false}
        autoCapitalize="none"
        rows={24}
        error={syntaxError ? 'Das ist kein gültiges JSON.' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setApplied(false);
        }}
      />
      <LiveMessage
        error={syntaxError ? `Das JSON lässt sich nicht lesen: ${syntaxError}` : null}
        success={
          applied
            ? 'Geprüft und übernommen. Zum Veröffentlichen unten „Neue Version veröffentlichen“ wählen.'
            : null
        }
      />
      {problems.length > 0 ? (
        <ProblemList title="Der Ablauf wurde nicht übernommen" problems={problems} definition={null} />
      ) : null}
      <div className="form-actions">
        <Button variant="secondary" onClick={apply}>
          Prüfen und übernehmen
        </Button>
      </div>
    </div>
  );
}
