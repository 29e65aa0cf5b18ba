import { complaintTopicLabels, type TComplaintSummary } from '@lotse/shared';
import { Link } from 'react-router';
import { Table } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { ComplaintStatusBadge, OverdueBadge } from './ComplaintBadges.tsx';
import { COMPLAINTS_PATH } from './landing.ts';

export function complaintHref(complaint: Pick<TComplaintSummary, 'id'>): string {
  return `${COMPLAINTS_PATH}/${encodeURIComponent(complaint.id)}`;
}

/** The complaint office's list; on phones every row becomes a card with its column names. */
export function ComplaintTable(props: { caption: string; complaints: TComplaintSummary[] }) {
  return (
    <Table caption={props.caption} captionHidden stacked>
      <thead>
        <tr>
          <th scope="col">Aktenzeichen</th>
          <th scope="col">Thema</th>
          <th scope="col">Von</th>
          <th scope="col">Eingegangen</th>
          <th scope="col">Antwort bis</th>
          <th scope="col">Status</th>
          <th scope="col">Bearbeitung</th>
          <th scope="col">Team</th>
        </tr>
      </thead>
      <tbody>
        {props.complaints.map((c) => (
          <tr key={c.id}>
            <td data-label="Aktenzeichen" className="nowrap">
              <Link to={complaintHref(c)}>{c.reference}</Link>
            </td>
            <td data-label="Thema">{complaintTopicLabels[c.topic]}</td>
            <td data-label="Von">{c.from}</td>
            <td data-label="Eingegangen" className="nowrap">
              {formatDate(c.receivedAt)}
            </td>
            <td data-label="Antwort bis">
              <span className="cluster">
                <span className="nowrap">{formatDate(c.dueOn)}</span>
                {c.overdue ? <OverdueBadge /> : null}
              </span>
            </td>
            <td data-label="Status">
              <ComplaintStatusBadge status={c.status} />
            </td>
            <td data-label="Bearbeitung">{c.handler ?? '–'}</td>
            <td data-label="Team">{c.team ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
