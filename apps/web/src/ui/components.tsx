import { type HTMLAttributes, type ReactNode, useId } from 'react';
import './components.css';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'accent';

export function Badge(props: { tone?: Tone; outline?: boolean; children: ReactNode; title?: string }) {
  const cls = ['badge', `badge-${props.tone ?? 'neutral'}`, props.outline ? 'badge-outline' : ''];
  return (
    <span className={cls.filter(Boolean).join(' ')} title={props.title}>
      {props.children}
    </span>
  );
}

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** Renders a heading at the given level with the card title. */
  title?: ReactNode;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  as?: 'section' | 'div' | 'article';
}

export function Card({
  title,
  headingLevel = 2,
  actions,
  as = 'section',
  className,
  children,
  ...rest
}: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Tag = as;
  return (
    <Tag {...rest} className={['card', className ?? ''].filter(Boolean).join(' ')}>
      {title || actions ? (
        <div className="card-header">
          {title ? <Heading>{title}</Heading> : <span />}
          {actions ? <div className="cluster">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </Tag>
  );
}

/**
 * Message box. `live` makes it an aria-live region (use for results of async actions);
 * danger alerts are announced assertively.
 */
export function Alert(props: {
  tone?: Exclude<Tone, 'neutral' | 'accent'>;
  title?: ReactNode;
  children?: ReactNode;
}) {
  const tone = props.tone ?? 'info';
  return (
    <div className={`alert alert-${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      {props.title ? <p className="alert-title">{props.title}</p> : null}
      {props.children}
    </div>
  );
}

/** A live region that always exists in the DOM so screen readers announce messages put into it. */
export function LiveMessage(props: { error?: string | null; success?: string | null }) {
  return (
    <div className="live-region" aria-live="polite" aria-atomic="true">
      {props.error ? <Alert tone="danger">{props.error}</Alert> : null}
      {props.success && !props.error ? <Alert tone="success">{props.success}</Alert> : null}
    </div>
  );
}

/**
 * Data table in a horizontally scrollable frame. `stacked` turns rows into cards on narrow
 * screens; each cell then needs a `data-label` with its column name.
 */
export function Table(props: {
  caption: ReactNode;
  captionHidden?: boolean;
  stacked?: boolean;
  /**
   * For tables that may be wider than a phone: the scroll frame becomes a region named by the caption
   * that takes keyboard focus, so it can be scrolled without a mouse.
   */
  scrollable?: boolean;
  children: ReactNode;
}) {
  const captionId = useId();
  const frame = props.scrollable ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : undefined;
  return (
    <div className="table-wrap" {...frame}>
      <table className={props.stacked ? 'table table-stack' : 'table'}>
        <caption id={captionId} className={props.captionHidden ? 'visually-hidden' : undefined}>
          {props.caption}
        </caption>
        {props.children}
      </table>
    </div>
  );
}

export function Spinner(props: { label?: string }) {
  return (
    <span className="spinner" role="status">
      {props.label ?? 'Wird geladen …'}
    </span>
  );
}

export function EmptyState(props: { children: ReactNode }) {
  return <div className="empty">{props.children}</div>;
}

export function DefinitionList(props: { items: { term: ReactNode; value: ReactNode }[] }) {
  return (
    <dl className="definition-list">
      {props.items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static list
        <DefinitionItem key={i} term={item.term} value={item.value} />
      ))}
    </dl>
  );
}

function DefinitionItem(props: { term: ReactNode; value: ReactNode }) {
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.value}</dd>
    </>
  );
}
