import type { TIntakeStatus } from '@lotse/shared';
import { Badge } from '../../ui/index.ts';
import { intakeStatusLabels, intakeStatusTone } from './labels.ts';

/** Filled red, so an urgent request stands out in a long list (not by colour alone: it says so). */
export function UrgentBadge() {
  return <span className="badge badge-urgent">Dringend</span>;
}

export function IntakeStatusBadge(props: { status: TIntakeStatus }) {
  return <Badge tone={intakeStatusTone(props.status)}>{intakeStatusLabels[props.status]}</Badge>;
}

/** Family messages nobody in the office has read yet (shown next to the status). */
export function UnreadBadge(props: { count: number }) {
  if (props.count === 0) return null;
  return (
    <Badge tone="accent">{props.count === 1 ? '1 neue Nachricht' : `${props.count} neue Nachrichten`}</Badge>
  );
}
