import { complaintStatusLabels, type TComplaintStatus } from '@lotse/shared';
import { Badge, type Tone } from '../../ui/index.ts';

function complaintStatusTone(status: TComplaintStatus): Tone {
  switch (status) {
    case 'received':
      return 'accent';
    case 'in_progress':
      return 'info';
    case 'answered':
      return 'success';
  }
}

export function ComplaintStatusBadge(props: { status: TComplaintStatus }) {
  return <Badge tone={complaintStatusTone(props.status)}>{complaintStatusLabels[props.status]}</Badge>;
}

/** The answer promised to the family is late (says so in words, not by colour alone). */
export function OverdueBadge() {
  return <Badge tone="danger">überfällig</Badge>;
}
