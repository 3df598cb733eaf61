// A modal <dialog> (showModal: the rest of the page is inert, Esc cancels) that moves focus into itself on
// opening and gives it back to the control that opened it on closing, or to the section heading if that
// control is gone (a deleted row).

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface ModalDialogProps {
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  children: ComponentChildren;
}

function focusTarget(dialog: HTMLElement): HTMLElement | null {
  return dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('button, input, select, textarea');
}

/** Rendered only while open. */
export function ModalDialog({ labelledBy, describedBy, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    focusTarget(dialog)?.focus();
    const onEsc = (event: Event) => {
      event.preventDefault();
      cancel.current();
    };
    dialog.addEventListener('cancel', onEsc);
    return () => {
      dialog.removeEventListener('cancel', onEsc);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      const back = opener?.isConnected ? opener : document.getElementById('section-heading');
      back?.focus();
    };
  }, []);
  return (
    <dialog ref={ref} class="dialog" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {children}
    </dialog>
  );
}
