import type { TPerspectivePicture } from '@lotse/shared';
import type { ReactNode } from 'react';

// Pictograms and faces for the child mode, drawn here (no emoji font needed). Always decorative:
// each one stands next to words that say the same.

const pictures: Record<TPerspectivePicture, ReactNode> = {
  house: (
    <>
      <path d="M6 23 L24 8 L42 23" />
      <path d="M11 19 V41 H37 V19" />
      <path d="M20 41 V29 H28 V41" />
    </>
  ),
  apple: (
    <>
      <path d="M24 15 C16 9 6 14 8 26 C10 38 18 43 24 39 C30 43 38 38 40 26 C42 14 32 9 24 15 Z" />
      <path d="M24 15 C24 11 26 7 31 5" />
    </>
  ),
  backpack: (
    <>
      <rect x="11" y="14" width="26" height="28" rx="6" />
      <path d="M18 14 V11 C18 7 30 7 30 11 V14" />
      <rect x="17" y="28" width="14" height="9" rx="2" />
    </>
  ),
  ball: (
    <>
      <circle cx="24" cy="24" r="16" />
      <path d="M24 16 L31 21 L28 29 H20 L17 21 Z" />
      <path d="M24 8 V16 M31 21 L39 18 M28 29 L33 37 M20 29 L15 37 M17 21 L9 18" />
    </>
  ),
  family: (
    <>
      <circle cx="15" cy="12" r="5" />
      <circle cx="33" cy="12" r="5" />
      <circle cx="24" cy="27" r="4" />
      <path d="M7 42 V27 Q15 18 22 24" />
      <path d="M41 42 V27 Q33 18 26 24" />
      <path d="M18 42 Q24 32 30 42" />
    </>
  ),
  heart: <path d="M24 41 C10 31 5 23 7 16 C9 9 20 7 24 16 C28 7 39 9 41 16 C43 23 38 31 24 41 Z" />,
  hands: (
    <>
      <path d="M24 27 C18 23 16 19 18 16 C20 13 23 14 24 17 C25 14 28 13 30 16 C32 19 30 23 24 27 Z" />
      <path d="M5 33 H13 Q18 33 21 36 H29 Q32 36 32 39 Q32 41 29 41 H19" />
      <path d="M32 39 L39 34 Q42 32 43 35 L36 43 H5" />
    </>
  ),
  speech: (
    <>
      <path d="M7 10 H41 V32 H23 L14 40 V32 H7 Z" />
      <path d="M14 18 H34 M14 25 H28" />
    </>
  ),
  sun: (
    <>
      <circle cx="24" cy="24" r="8" />
      <path d="M24 5 V11 M24 37 V43 M5 24 H11 M37 24 H43 M11 11 L15 15 M33 33 L37 37 M11 37 L15 33 M33 15 L37 11" />
    </>
  ),
  star: <path d="M24 6 L29 18 L42 19 L32 28 L35 41 L24 34 L13 41 L16 28 L6 19 L19 18 Z" />,
};

/** A pictogram of the catalogue (`picture` of a dimension). */
export function Picture(props: { id: TPerspectivePicture; size?: number; className?: string }) {
  const size = props.size ?? 48;
  return (
    <svg
      className={['pictogram', props.className].filter(Boolean).join(' ')}
      viewBox="0 0 48 48"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {pictures[props.id]}
    </svg>
  );
}

const mouths: Record<number, string> = {
  1: 'M15 35 Q24 25 33 35',
  2: 'M16 33 Q24 28 32 33',
  3: 'M16 31 H32',
  4: 'M16 28 Q24 34 32 28',
  5: 'M14 27 Q24 40 34 27 Z',
};

/** A face for a value 1 (very bad) … 5 (very good); shape and colour both carry the meaning. */
export function Face(props: { value: number; size?: number }) {
  const size = props.size ?? 48;
  const value = Math.min(5, Math.max(1, Math.round(props.value)));
  return (
    <svg
      className={`face face-${value}`}
      viewBox="0 0 48 48"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <circle className="face-skin" cx="24" cy="24" r="21" />
      <circle className="face-feature" cx="17" cy="19" r="2.6" />
      <circle className="face-feature" cx="31" cy="19" r="2.6" />
      {value === 1 ? <path className="face-tear" d="M33 23 Q35 27 33 29 Q31 27 33 23 Z" /> : null}
      <path className={value === 5 ? 'face-mouth face-mouth-open' : 'face-mouth'} d={mouths[value]} />
    </svg>
  );
}

/** The "don't want to say" choice: a face without a mouth, hidden behind a hand-drawn question mark. */
export function NoAnswerFace(props: { size?: number }) {
  const size = props.size ?? 48;
  return (
    <svg
      className="face face-none"
      viewBox="0 0 48 48"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <circle className="face-skin" cx="24" cy="24" r="21" />
      <path className="face-mouth" d="M18 18 Q18 11 24 11 Q30 11 30 17 Q30 22 24 24 V28" />
      <circle className="face-feature" cx="24" cy="34" r="2.4" />
    </svg>
  );
}
