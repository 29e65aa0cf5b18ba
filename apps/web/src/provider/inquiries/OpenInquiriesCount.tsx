// The cockpit's navigation badge ("Posteingang 3"), so both faces count alike.
import '../../staff/inbox/inbox.css';
import { isOpen, useProviderInquiries } from './api.ts';

/** The number of inquiries still waiting for an answer, beside "Anfragen" in the navigation. */
export function OpenInquiriesCount() {
  // Same query as the page, so the badge costs no extra request there.
  const inquiries = useProviderInquiries();
  const open = inquiries.data?.items.filter(isOpen).length ?? 0;
  if (open === 0) return null;
  return (
    <span className="nav-count">
      <span className="visually-hidden">, </span>
      {open}
      <span className="visually-hidden"> {open === 1 ? 'offene Anfrage' : 'offene Anfragen'}</span>
    </span>
  );
}
