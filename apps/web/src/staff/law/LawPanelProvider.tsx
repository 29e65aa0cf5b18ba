import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { MAIN_ID } from '../../ui/index.ts';
import { LawPanel } from './LawPanel.tsx';
import type { LawPlace } from './LawParagraphText.tsx';

interface LawPanelControls {
  /** Shows the place in the side panel; `opener` gets the focus back when the panel closes. */
  open(place: LawPlace, opener: HTMLElement | null): void;
}

const LawPanelContext = createContext<LawPanelControls | null>(null);

/** Describes every citation button (kept out of their text, which pages and tests read as it is). */
export const LAW_CITATION_HINT_ID = 'law-citation-hint';

/** The side panel's controls, or null outside the cockpit's frame (citations then stay plain text). */
export const useLawPanel = () => useContext(LawPanelContext);

interface PanelState {
  place: LawPlace;
  /** Counts the citations opened, so the panel takes the focus for each, but not when paging. */
  opened: number;
}

/**
 * Mounted once in the cockpit's frame: any citation on any page opens the law in one side panel next
 * to the work, which stays where it is.
 */
export function LawPanelProvider(props: { children: ReactNode }) {
  const [state, setState] = useState<PanelState | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const open = useCallback((place: LawPlace, opener: HTMLElement | null) => {
    returnFocus.current = opener;
    setState((s) => ({ place, opened: (s?.opened ?? 0) + 1 }));
  }, []);

  const close = useCallback((restoreFocus: boolean) => {
    setState(null);
    const target = returnFocus.current;
    returnFocus.current = null;
    if (!restoreFocus) return;
    // The citation may be gone meanwhile (e.g. a hint set aside): then the page's main content.
    if (target?.isConnected) target.focus();
    else document.getElementById(MAIN_ID)?.focus();
  }, []);

  const go = useCallback((place: LawPlace) => setState((s) => (s ? { ...s, place } : s)), []);
  const controls = useMemo(() => ({ open }), [open]);

  return (
    <LawPanelContext.Provider value={controls}>
      {props.children}
      <span id={LAW_CITATION_HINT_ID} hidden>
        Öffnet den Gesetzestext im Seitenbereich.
      </span>
      {state ? <LawPanel place={state.place} opened={state.opened} onGo={go} onClose={close} /> : null}
    </LawPanelContext.Provider>
  );
}
