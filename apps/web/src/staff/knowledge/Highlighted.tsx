import type { ReactNode } from 'react';

/**
 * A search passage with the matched words between «» marks, shown with <mark>. The text is split
 * and rendered as React text nodes, never as HTML; a stray or unclosed mark is kept as plain text.
 */
export function Highlighted(props: { text: string }) {
  const parts: ReactNode[] = [];
  let rest = props.text;
  let key = 0;
  while (rest.length > 0) {
    const open = rest.indexOf('«');
    const close = open === -1 ? -1 : rest.indexOf('»', open + 1);
    if (open === -1 || close === -1) {
      parts.push(rest);
      break;
    }
    if (open > 0) parts.push(rest.slice(0, open));
    parts.push(<mark key={key++}>{rest.slice(open + 1, close)}</mark>);
    rest = rest.slice(close + 1);
  }
  return <>{parts}</>;
}
