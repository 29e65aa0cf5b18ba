import type { ReactNode } from 'react';
import { StaffShell } from '../staff/StaffLayout.tsx';

/** Frame of the provider portal: the cockpit's frame with its own home, name and navigation. */
export function ProviderShell(props: {
  demo?: boolean;
  userArea?: ReactNode;
  navItems?: ReactNode[];
  children: ReactNode;
}) {
  return (
    <StaffShell
      {...props}
      home="/traeger"
      brandSub="Trägerportal"
      navLabel="Trägerportal"
      footer={<p>Lotse · Trägerportal · Ihre freien Plätze sehen die Jugendämter bei der Platzsuche.</p>}
    />
  );
}
