import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import './components.css';

export interface TabItem {
  id: string;
  label: ReactNode;
  /** Small count next to the label, e.g. number of entries. */
  count?: number;
  content: ReactNode;
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs.
 * Controlled, so the caller can keep the selected tab in the URL.
 */
export function Tabs(props: {
  label: string;
  items: TabItem[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const baseId = useId();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const selected = props.items.some((t) => t.id === props.selected) ? props.selected : props.items[0]?.id;

  function focusTab(index: number) {
    const count = props.items.length;
    const item = props.items[(index + count) % count];
    if (!item) return;
    props.onSelect(item.id);
    tabRefs.current.get(item.id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = props.items.findIndex((t) => t.id === selected);
    switch (event.key) {
      case 'ArrowRight':
        focusTab(current + 1);
        break;
      case 'ArrowLeft':
        focusTab(current - 1);
        break;
      case 'Home':
        focusTab(0);
        break;
      case 'End':
        focusTab(props.items.length - 1);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <div className="tabs">
      <div className="tabs-list" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
        {props.items.map((tab) => {
          const isSelected = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) tabRefs.current.set(tab.id, el);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel-${tab.id}`}
              tabIndex={isSelected ? 0 : -1}
              className="tabs-tab"
              onClick={() => props.onSelect(tab.id)}
            >
              {tab.label}
              {tab.count !== undefined ? <span className="tabs-count"> ({tab.count})</span> : null}
            </button>
          );
        })}
      </div>
      {props.items.map((tab) =>
        tab.id === selected ? (
          <div
            key={tab.id}
            role="tabpanel"
            id={`${baseId}-panel-${tab.id}`}
            aria-labelledby={`${baseId}-tab-${tab.id}`}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: WAI-ARIA tabs pattern makes the panel focusable
            tabIndex={0}
            className="tabs-panel"
          >
            {tab.content}
          </div>
        ) : null,
      )}
    </div>
  );
}
