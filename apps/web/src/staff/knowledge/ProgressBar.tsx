import { useId } from 'react';

/**
 * Progress of an onboarding in percent: a native <progress> (a progress bar for assistive technology,
 * no inline style under the CSP) with its label and the number beside it.
 */
export function ProgressBar(props: { percent: number; label: string; compact?: boolean }) {
  const labelId = useId();
  const percent = Math.max(0, Math.min(100, Math.round(props.percent)));
  return (
    <div className={props.compact ? 'progress progress-compact' : 'progress'}>
      <span id={labelId} className={props.compact ? 'visually-hidden' : 'progress-label'}>
        {props.label}
      </span>
      <span className="progress-row">
        <progress
          className="progress-bar"
          max={100}
          value={percent}
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent} Prozent erledigt`}
        />
        <span className="progress-value" aria-hidden="true">
          {percent} %
        </span>
      </span>
    </div>
  );
}
