import type { TAdminFlowResponse } from '@lotse/shared';
import { formatDateTime } from '../../staff/format.ts';

/** Which version families see now, and who published it when. */
export function FlowVersionInfo(props: { flow: TAdminFlowResponse }) {
  const { flow } = props;
  if (flow.version === 0) {
    return (
      <p className="admin-version">
        <strong>Mitgelieferter Standardablauf</strong> – Ihr Jugendamt hat noch keine eigene Version
        veröffentlicht.
      </p>
    );
  }
  return (
    <p className="admin-version">
      <strong>Version {flow.version}</strong>
      {flow.publishedAt ? <> – veröffentlicht am {formatDateTime(flow.publishedAt)}</> : null}
      {flow.publishedBy ? <> von {flow.publishedBy.displayName}</> : null}
    </p>
  );
}
