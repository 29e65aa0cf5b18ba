import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DemoNotice } from '../public/DemoNotice.tsx';
import { AppShell } from '../ui/index.ts';

/** Frame of the administration: the cockpit's look, its own brand line and navigation. */
export function AdminShell(props: {
  demo?: boolean;
  userArea?: ReactNode;
  navItems?: ReactNode[];
  children: ReactNode;
}) {
  return (
    <AppShell
      brandHref="/admin"
      brandName="Lotse"
      brandSub="Verwaltung"
      renderBrandLink={(content, className) => (
        <Link to="/admin" className={className}>
          {content}
        </Link>
      )}
      notice={<DemoNotice demo={props.demo} />}
      userArea={props.userArea}
      navItems={props.navItems}
      navLabel="Verwaltung"
      footer={<p>Lotse · Verwaltung · Änderungen wirken sofort in der Familien-App.</p>}
    >
      {props.children}
    </AppShell>
  );
}
