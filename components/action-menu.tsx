import { useEffect, useId, useRef, useState } from 'react';

/** One entry of a menu: a link (opened in a new tab) or an action. */
export type MenuEntry = { id: string; label: string } & ({ href: string } | { onSelect: () => void });

/**
 * A menu button (the WAI-ARIA "menu button" pattern): the button opens a list of actions; arrow
 * keys, Home and End move between them, Enter or Space chooses, Escape closes and returns to the
 * button, Tab or a click elsewhere closes. Keeps a row down to one primary button beside it.
 */
export function ActionMenu({
  label,
  describedBy,
  entries,
  buttonId: givenId,
}: {
  label: string;
  /** The button's id, for a caller that gives the focus back to it. */
  buttonId?: string;
  /** What the menu belongs to (a row's heading), since every row has a "More". */
  describedBy?: string;
  entries: MenuEntry[];
}) {
  const [focused, setFocused] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLElement | null)[]>([]);
  const menuId = useId();
  const ownId = useId();
  const buttonId = givenId ?? ownId;
  const open = focused !== null;

  useEffect(() => {
    if (focused !== null) items.current[focused]?.focus();
  }, [focused]);

  const close = (refocus: boolean) => {
    setFocused(null);
    if (refocus) button.current?.focus();
  };
  const last = entries.length - 1;

  function onMenuKey(event: React.KeyboardEvent) {
    const at = focused ?? 0;
    const moves: Record<string, number> = {
      ArrowDown: at === last ? 0 : at + 1,
      ArrowUp: at === 0 ? last : at - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setFocused(moves[event.key]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') close(false);
    // A link does not answer Space by itself; a menu item does.
    else if (event.key === ' ' && event.target instanceof HTMLAnchorElement) {
      event.preventDefault();
      event.target.click();
    }
  }

  return (
    <div
      className="menu-wrap"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={button}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={describedBy}
        onClick={() => (open ? close(false) : setFocused(0))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setFocused(event.key === 'ArrowDown' ? 0 : last);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        // Mouse-down must not move focus first: the blur would close the menu before the click lands.
        <ul
          role="menu"
          id={menuId}
          aria-labelledby={buttonId}
          className="menu"
          onKeyDown={onMenuKey}
          onMouseDown={(event) => event.preventDefault()}
        >
          {entries.map((entry, index) => (
            <li role="none" key={entry.id}>
              {'href' in entry ? (
                <a
                  role="menuitem"
                  tabIndex={-1}
                  ref={(node) => {
                    items.current[index] = node;
                  }}
                  href={entry.href}
                  target="_blank"
                  rel="noopener noreferrer"
                  onClick={() => close(false)}
                >
                  {entry.label}
                </a>
              ) : (
                <button
                  role="menuitem"
                  type="button"
                  tabIndex={-1}
                  ref={(node) => {
                    items.current[index] = node;
                  }}
                  onClick={() => {
                    close(true);
                    entry.onSelect();
                  }}
                >
                  {entry.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
