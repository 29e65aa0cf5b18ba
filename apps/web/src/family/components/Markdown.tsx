import ReactMarkdown, { type Components } from 'react-markdown';

// Texts come from the office, so raw HTML is dropped (skipHtml) and links are checked: only
// http(s), mailto, tel and in-app paths; external links open without handing over the page.
const components: Components = {
  a: ({ href, children }) => {
    const external = href ? /^https?:/i.test(href) : false;
    return (
      <a href={href} {...(external ? { rel: 'noopener noreferrer', target: '_blank' } : {})}>
        {children}
      </a>
    );
  },
  // Page titles are the h1 of the page; headings inside a text start at h2.
  h1: ({ children }) => <h2>{children}</h2>,
  img: () => null,
};

function safeUrl(url: string): string {
  return /^(https?:|mailto:|tel:|\/(?!\/)|#)/i.test(url) ? url : '';
}

/** Renders an office text written in Markdown, without raw HTML. */
export function Markdown(props: { children: string }) {
  return (
    <div className="fam-prose">
      <ReactMarkdown skipHtml components={components} urlTransform={safeUrl}>
        {props.children}
      </ReactMarkdown>
    </div>
  );
}
