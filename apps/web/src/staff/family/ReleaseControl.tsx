import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Button } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { familyKeys, type ReleaseRow, setRelease, withdrawRelease } from './api.ts';

/**
 * Whether the family sees an entry or document, and the switch to release it to every person of the
 * case with an account (or take it back). Entrusted entries (§ 65) get no switch.
 */
export function ReleaseControl(props: {
  caseId: string;
  kind: 'entry' | 'document';
  itemId: string;
  label: string;
  release: ReleaseRow | undefined;
  canManage: boolean;
}) {
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (release: boolean) =>
      release
        ? setRelease(props.caseId, props.kind, props.itemId, null)
        : withdrawRelease(props.caseId, props.kind, props.itemId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: familyKeys.releases(props.caseId) }),
        queryClient.invalidateQueries({ queryKey: ['case', props.caseId, 'family-preview'] }),
      ]),
  });
  const released = Boolean(props.release);
  return (
    <div className="release-control">
      {released ? (
        <Badge tone="success" outline>
          Für die Familie freigegeben
          {props.release?.personIds ? ' (einzelne Personen)' : ''} · {formatDate(props.release?.releasedAt)}
        </Badge>
      ) : null}
      {props.canManage ? (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => change.mutate(!released)}
          disabled={change.isPending}
        >
          {released ? 'Freigabe zurücknehmen' : 'Für die Familie freigeben'}
          <span className="visually-hidden"> „{props.label}“</span>
        </Button>
      ) : null}
      {change.isError ? <Alert tone="danger">{errorMessage(change.error)}</Alert> : null}
    </div>
  );
}
