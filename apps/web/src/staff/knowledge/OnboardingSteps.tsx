import type { TOnboardingAssignment, TOnboardingStep, TOnboardingStepKind } from '@lotse/shared';
import { useIsMutating } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Badge, LiveMessage } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { LawCitation } from '../law/LawCitation.tsx';
import { useLawPanel } from '../law/LawPanelProvider.tsx';
import { tickKey, useTickStep } from './api.ts';
import { articlePath, lawCitationPath } from './paths.ts';

const kindLabels: Record<TOnboardingStepKind, string> = {
  article: 'Lesen',
  law: 'Gesetz',
  task: 'Aufgabe',
  meeting: 'Gespräch',
};

/** What a step points to: the article, the law (in the side panel, else the law browser), or nothing. */
function StepTarget(props: { step: TOnboardingStep }) {
  const panel = useLawPanel();
  const { step } = props;
  switch (step.kind) {
    case 'article':
      return step.articleId ? (
        <p className="small">
          <Link to={articlePath(step.articleId)}>
            Artikel lesen<span className="visually-hidden">: {step.title}</span>
          </Link>
        </p>
      ) : null;
    case 'law': {
      if (!step.lawRef) return null;
      const path = lawCitationPath(step.lawRef);
      return (
        <p className="small">
          Gesetzestext:{' '}
          {panel || !path ? <LawCitation cite={step.lawRef} /> : <Link to={path}>{step.lawRef}</Link>}
        </p>
      );
    }
    case 'task':
    case 'meeting':
      return null;
  }
}

function StepItem(props: {
  step: TOnboardingStep;
  doneAt: string | null;
  tickable: boolean;
  onTick: (done: boolean) => void;
}) {
  const { step, doneAt } = props;
  const id = `step-${step.id}`;
  return (
    <li className={doneAt ? 'onboarding-step onboarding-step-done' : 'onboarding-step'}>
      {props.tickable ? (
        <input
          type="checkbox"
          id={id}
          className="onboarding-check"
          checked={doneAt !== null}
          aria-describedby={step.description ? `${id}-text` : undefined}
          onChange={(e) => props.onTick(e.target.checked)}
        />
      ) : (
        <span
          className={doneAt ? 'onboarding-mark onboarding-mark-done' : 'onboarding-mark'}
          aria-hidden="true"
        >
          {doneAt ? '✓' : ''}
        </span>
      )}
      <div className="onboarding-step-body">
        <p className="onboarding-step-title">
          {props.tickable ? <label htmlFor={id}>{step.title}</label> : <span>{step.title}</span>}{' '}
          <Badge tone="neutral" outline>
            {kindLabels[step.kind]}
          </Badge>
          {doneAt ? (
            <span className="muted small"> erledigt am {formatDate(doneAt)}</span>
          ) : props.tickable ? null : (
            <span className="visually-hidden"> – offen</span>
          )}
        </p>
        {step.description ? (
          <p id={`${id}-text`} className="muted small onboarding-step-text">
            {step.description}
          </p>
        ) : null}
        <StepTarget step={step} />
      </div>
    </li>
  );
}

/** The path week by week with its steps; the person on it ticks them, others see what is done. */
export function OnboardingSteps(props: { assignment: TOnboardingAssignment; headingLevel: 2 | 3 }) {
  const a = props.assignment;
  const tick = useTickStep(a.id);
  const ticking = useIsMutating({ mutationKey: tickKey(a.id) });
  // Ticks on their way, shown at once (the cache's optimistic update reaches the screen a moment
  // later); dropped when none is under way any more and the server's answer is in the cache.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  useEffect(() => {
    if (ticking === 0) setPending((p) => (p.size ? new Map() : p));
  }, [ticking]);
  const [message, setMessage] = useState<string | null>(null);
  const tickable = a.allowedActions.includes('tick');
  const doneAt = new Map(a.done.map((d) => [d.stepId, d.at]));
  for (const [stepId, done] of pending) {
    if (done && !doneAt.has(stepId)) doneAt.set(stepId, new Date().toISOString());
    if (!done) doneAt.delete(stepId);
  }
  const weeks = Array.from({ length: Math.max(a.path.weeks, 1) }, (_, i) => i + 1);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';

  function onTick(step: TOnboardingStep, done: boolean) {
    setMessage(null);
    setPending((p) => new Map(p).set(step.id, done));
    tick.mutate(
      { stepId: step.id, done },
      {
        onSuccess: (saved) =>
          setMessage(
            `„${step.title}“ ist ${done ? 'erledigt' : 'wieder offen'}. Fortschritt: ${saved.percent} Prozent.`,
          ),
      },
    );
  }

  return (
    <div className="stack onboarding-weeks">
      <LiveMessage
        error={tick.isError ? `Nicht gespeichert: ${errorMessage(tick.error)}` : null}
        success={message}
      />
      {weeks.map((week) => {
        const steps = a.path.steps.filter((s) => s.week === week).sort((x, y) => x.position - y.position);
        if (steps.length === 0) return null;
        const done = steps.filter((s) => doneAt.has(s.id)).length;
        return (
          <section key={week} className="onboarding-week" aria-labelledby={`week-${a.id}-${week}`}>
            <div className="onboarding-week-head">
              <Heading id={`week-${a.id}-${week}`}>Woche {week}</Heading>
              {week === a.currentWeek ? <Badge tone="info">Diese Woche</Badge> : null}
              <span className="muted small">
                {done} von {steps.length} erledigt
              </span>
            </div>
            <ul className="plain-list onboarding-step-list">
              {steps.map((step) => (
                <StepItem
                  key={step.id}
                  step={step}
                  doneAt={doneAt.get(step.id) ?? null}
                  tickable={tickable}
                  onTick={(value) => onTick(step, value)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
