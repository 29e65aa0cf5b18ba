import type { TAdminFlowResponse, TFlowDefinition, TFlowStep } from '@lotse/shared';
import { useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Badge, Button, Tabs } from '../../ui/index.ts';
import { usePublishFlow } from '../api.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { focusSoon } from '../focusSoon.ts';
import { useUnsavedChangesWarning } from '../useUnsavedChangesWarning.ts';
import { FlowJsonEditor } from './FlowJsonEditor.tsx';
import { type FlowProblem, flowProblems } from './flowValidation.ts';
import { ProblemList } from './ProblemList.tsx';
import { StepEditor } from './StepEditor.tsx';
import { StepList } from './StepList.tsx';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Problems from a refused publication: the server's message plus its field paths, if any. */
function serverProblems(error: unknown): FlowProblem[] {
  if (!isApiError(error)) return [{ path: '', message: errorMessage(error) }];
  const fields = Object.entries(error.fields);
  if (fields.length === 0) return [{ path: '', message: error.message }];
  return fields.map(([path, message]) => {
    const match = /^steps\.(\d+)/.exec(path);
    return { path, message, step: match ? Number(match[1]) : undefined };
  });
}

/** Draft of the next version: texts per step or the JSON, then one confirmed publication. */
export function FlowEditor(props: { flow: TAdminFlowResponse; onPublished: (version: number) => void }) {
  const published = props.flow.definition;
  const [draft, setDraft] = useState<TFlowDefinition>(() => structuredClone(published));
  const [selected, setSelected] = useState(0);
  const [tab, setTab] = useState('texte');
  const [problems, setProblems] = useState<FlowProblem[]>([]);
  const [confirming, setConfirming] = useState(false);
  const publish = usePublishFlow();
  const summary = useRef<HTMLDivElement>(null);
  const dirty = !same(draft, published);
  useUnsavedChangesWarning(dirty);

  const step = draft.steps[Math.min(selected, draft.steps.length - 1)];
  const stepIndex = Math.min(selected, draft.steps.length - 1);

  function updateStep(next: TFlowStep) {
    const steps = draft.steps.map((s, i) => (i === stepIndex ? next : s));
    setDraft({ ...draft, steps });
    // Problems are re-checked as the office types, so fixed fields lose their message at once.
    if (problems.length) setProblems(flowProblems({ steps }).problems);
  }

  function openStep(index: number) {
    setSelected(index);
    setTab('texte');
    focusSoon(() => document.getElementById('admin-step-editor'));
  }

  function requestPublish() {
    publish.reset();
    const checked = flowProblems(draft);
    setProblems(checked.problems);
    if (checked.problems.length === 0) setConfirming(true);
    else focusSoon(() => summary.current);
  }

  function confirmPublish() {
    publish.mutate(draft, {
      onSuccess: (flow) => {
        setConfirming(false);
        props.onPublished(flow.version);
      },
      onError: () => {
        setConfirming(false);
        focusSoon(() => summary.current);
      },
    });
  }

  const refused = publish.isError ? serverProblems(publish.error) : [];
  const textsPanel = step ? (
    <div className="admin-master-detail">
      <StepList
        steps={draft.steps}
        selected={stepIndex}
        onSelect={openStep}
        changed={(i) => !same(draft.steps[i], published.steps[i])}
        problemCount={(i) => problems.filter((p) => p.step === i).length}
      />
      <div id="admin-step-editor" tabIndex={-1} className="admin-detail">
        <StepEditor
          step={step}
          index={stepIndex}
          problems={problems.filter((p) => p.step === stepIndex)}
          onChange={updateStep}
        />
      </div>
    </div>
  ) : null;

  return (
    <div className="stack">
      <div ref={summary} tabIndex={-1} className="admin-summary">
        {problems.length > 0 ? (
          <ProblemList
            title="Bitte korrigieren Sie vor dem Veröffentlichen:"
            problems={problems}
            definition={draft}
            onOpenStep={openStep}
          />
        ) : null}
        {refused.length > 0 ? (
          <ProblemList
            title="Die neue Version wurde nicht veröffentlicht"
            problems={refused}
            definition={draft}
            onOpenStep={openStep}
          />
        ) : null}
      </div>
      <Tabs
        label="Eingangsassistent bearbeiten"
        selected={tab}
        onSelect={setTab}
        items={[
          { id: 'texte', label: 'Texte bearbeiten', content: textsPanel },
          {
            id: 'json',
            label: 'Expertenansicht (JSON)',
            content: (
              <FlowJsonEditor
                draft={draft}
                onApply={(definition) => {
                  setDraft(definition);
                  setProblems([]);
                  setSelected(0);
                }}
              />
            ),
          },
        ]}
      />
      <div className={dirty ? 'admin-action-bar admin-action-bar-sticky' : 'admin-action-bar'}>
        {dirty ? (
          <Badge tone="info">Nicht veröffentlichte Änderungen</Badge>
        ) : (
          <span className="muted small">Keine Änderungen</span>
        )}
        <div className="cluster">
          <Button
            variant="secondary"
            disabled={!dirty}
            onClick={() => {
              setDraft(structuredClone(published));
              setProblems([]);
              publish.reset();
            }}
          >
            Änderungen verwerfen
          </Button>
          <Button disabled={!dirty} onClick={requestPublish}>
            Neue Version veröffentlichen
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Neue Version veröffentlichen?"
        confirmLabel="Jetzt veröffentlichen"
        busy={publish.isPending}
        onConfirm={confirmPublish}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Version {props.flow.version + 1} ersetzt die aktuelle Fassung. Familien, die den Eingangsassistenten
          ab jetzt öffnen, sehen die neuen Texte. Frühere Versionen bleiben gespeichert.
        </p>
      </ConfirmDialog>
    </div>
  );
}
