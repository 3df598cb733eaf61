// A collapsible section: an h2 whose button opens and closes the body. The body stays mounted while closed
// so state inside it (a switched-on toggle) survives; a closed body is first rendered just after the
// comparison's first paint (later-bodies.ts).

import type { ComponentChildren } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import { useBodiesLater } from './later-bodies';
import { useReveal, type RevealRequest } from './reveal';
import { ChevronIcon } from './icons';

interface SectionProps {
  id: string;
  title: string;
  count?: number;
  defaultOpen?: boolean;
  children: ComponentChildren;
}

export function Section({ id, title, count, defaultOpen = false, children }: SectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  const later = useBodiesLater() && !open;
  // A digest line or skip link pointing into this section opens it.
  useReveal(useCallback((request: RevealRequest) => {
    if (request.section === id) setOpen(true);
  }, [id]));
  return (
    <section class="section" aria-labelledby={`${id}-heading`} data-section={id}>
      <h2 class="section-heading" id={`${id}-heading`}>
        <button type="button" id={`${id}-toggle`} class="section-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          <ChevronIcon />
          <span>{title}</span>
          {count !== undefined && <span class="count">({count})</span>}
        </button>
      </h2>
      <div class="section-body" id={`${id}-body`} hidden={!open}>
        {later ? null : children}
      </div>
    </section>
  );
}
