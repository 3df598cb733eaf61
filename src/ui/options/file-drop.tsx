// Choosing a file or dropping it onto the zone. The file input stays a real, labelled, focusable control;
// dropping is an extra for the mouse.

import { useState } from 'preact/hooks';

interface FileDropProps {
  id: string;
  label: string;
  hint: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

export function FileDrop({ id, label, hint, accept, disabled, onFile }: FileDropProps) {
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer?.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div class={over ? 'drop-zone is-over' : 'drop-zone'}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <label for={id} class="drop-label">{label}</label>
      <input id={id} type="file" accept={accept} disabled={disabled} aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          e.currentTarget.value = '';
        }} />
      <p id={`${id}-hint`} class="hint muted">{hint}</p>
    </div>
  );
}
