/* Icons of the request page only (kept apart so the start page does not carry them). */

export function VideoIcon() {
  return (
    <svg className="fam-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="3" y="6" width="12" height="12" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="M15 10.5l6-3.5v10l-6-3.5z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function PaperclipIcon() {
  return (
    <svg className="fam-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M20 11.5l-8.2 8.2a5 5 0 0 1-7.1-7.1l8.5-8.5a3.4 3.4 0 0 1 4.8 4.8l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function FileIcon() {
  return (
    <svg className="fam-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M6 3h8l5 5v13H6z M14 3v5h5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}
