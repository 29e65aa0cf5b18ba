import { Children, type ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { Link } from 'react-router';
import { LawText } from '../law/LawCitation.tsx';

/** Citations of the law in a text ("§ 36 Abs. 2 SGB VIII") open the law beside the article. */
function withCitations(children: ReactNode): ReactNode {
  return Children.map(children, (child) => (typeof child === 'string' ? <LawText text={child} /> : child));
}

// Articles are written by colleagues: raw HTML is dropped (skipHtml), images are left out and links
// are checked (http(s), mailto, tel and paths in Lotse). Links inside Lotse stay in the single-page app.
const components: Components = {
  a: ({ href, children }) => {
    if (href?.startsWith('/')) return <Link to={href}>{children}</Link>;
    const external = href ? /^https?:/i.test(href) : false;
    return (
      <a href={href} {...(external ? { rel: 'noopener noreferrer', target: '_blank' } : {})}>
        {children}
      </a>
    );
  },
  // The page title is the h1; headings inside the text start at h2.
  h1: ({ children }) => <h2>{children}</h2>,
  img: () => null,
  p: ({ children }) => <p>{withCitations(children)}</p>,
  li: ({ children }) => <li>{withCitations(children)}</li>,
  td: ({ children }) => <td>{withCitations(children)}</td>,
};

function safeUrl(url: string): string {
  return /^(https?:|mailto:|tel:|\/(?!\/)|#)/i.test(url) ? url : '';
}

/** Drops a first "# Title" line that repeats the page's title (the article's h1 is the page's). */
function withoutTitle(markdown: string, title: string | undefined): string {
  if (!title) return markdown;
  const match = /^\s*#\s+(.+?)\s*#*\s*(?:\r?\n|$)/.exec(markdown);
  return match && match[1]?.trim() === title.trim() ? markdown.slice(match[0].length) : markdown;
}

/** An article, answer or question written in Markdown, without raw HTML. */
export function KnowledgeMarkdown(props: { children: string; className?: string; title?: string }) {
  return (
    <div className={['knowledge-prose', props.className ?? ''].filter(Boolean).join(' ')}>
      <ReactMarkdown skipHtml components={components} urlTransform={safeUrl}>
        {withoutTitle(props.children, props.title)}
      </ReactMarkdown>
    </div>
  );
}
