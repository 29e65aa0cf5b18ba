import type { ReactNode } from 'react';
import { StaffShell } from '../staff/StaffLayout.tsx';

/** Frame of the administration: the cockpit's frame with its own home, name and navigation. */
export function AdminShell(props: {
  demo?: boolean;
  userArea?: ReactNode;
  navItems?: ReactNode[];
  children: ReactNode;
}) {
  return (
    <StaffShell
      {...props}
      home="/admin"
      brandSub="Verwaltung"
      navLabel="Verwaltung"
      footer={<p>Lotse · Verwaltung · Änderungen wirken sofort in der Familien-App.</p>}
    />
  );
}
