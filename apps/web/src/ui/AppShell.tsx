import type { ReactNode } from 'react';
import './layout.css';

export interface AppShellProps {
  /** Home link of the brand, e.g. "/" or "/fachkraft". */
  brandHref: string;
  brandName: string;
  brandSub?: string;
  /** Rendered above the header bar, inside the banner landmark (e.g. the demo notice). */
  notice?: ReactNode;
  /** Right-hand side of the header bar (user name, logout). */
  userArea?: ReactNode;
  /** Primary navigation items (links); rendered as a labelled nav list when present. */
  navItems?: ReactNode[];
  navLabel?: string;
  footer?: ReactNode;
  children: ReactNode;
  /** Optional custom brand link renderer (e.g. a router Link). */
  renderBrandLink?: (content: ReactNode, className: string) => ReactNode;
}

export const MAIN_ID = 'inhalt';

/** Page frame shared by every face: skip link, header (banner), navigation, main landmark, footer. */
export function AppShell(props: AppShellProps) {
  const brandContent = (
    <>
      <span>{props.brandName}</span>
      {props.brandSub ? <span className="shell-brand-sub">{props.brandSub}</span> : null}
    </>
  );
  return (
    <div className="shell">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        Zum Inhalt springen
      </a>
      <header className="shell-header">
        {props.notice}
        <div className="shell-bar">
          {props.renderBrandLink ? (
            props.renderBrandLink(brandContent, 'shell-brand')
          ) : (
            <a className="shell-brand" href={props.brandHref}>
              {brandContent}
            </a>
          )}
          {props.userArea ? <div className="shell-user">{props.userArea}</div> : null}
        </div>
        {props.navItems && props.navItems.length > 0 ? (
          <nav className="shell-nav" aria-label={props.navLabel ?? 'Hauptnavigation'}>
            <ul>
              {props.navItems.map((item, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: nav items are static per render
                <li key={i}>{item}</li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id={MAIN_ID} className="shell-main" tabIndex={-1}>
        {props.children}
      </main>
      {props.footer ? (
        <footer className="shell-footer">
          <div>{props.footer}</div>
        </footer>
      ) : null}
    </div>
  );
}

export function PageHeader(props: { title: ReactNode; lead?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h1>{props.title}</h1>
        {props.lead ? <p className="page-header-lead">{props.lead}</p> : null}
      </div>
      {props.actions ? <div className="cluster">{props.actions}</div> : null}
    </div>
  );
}

export function DemoBanner({ children }: { children: ReactNode }) {
  return (
    <div className="demo-banner" role="note">
      {children}
    </div>
  );
}
