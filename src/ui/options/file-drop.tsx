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
  /** Several files at once (a folder's worth of saved pages): given, it receives every chosen or dropped file. */
  onFiles?: (files: File[]) => void;
}

export function FileDrop({ id, label, hint, accept, disabled, onFile, onFiles }: FileDropProps) {
  const hand = (list: FileList | null | undefined) => {
    const files = Array.from(list ?? []);
    if (files.length === 0) return;
    if (onFiles) onFiles(files);
    else onFile(files[0]!);
  };
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) hand(event.dataTransfer?.files);
  };
  return (
    <div class={over ? 'drop-zone is-over' : 'drop-zone'}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <label for={id} class="drop-label">{label}</label>
      <input id={id} type="file" accept={accept} disabled={disabled} multiple={Boolean(onFiles)} aria-describedby={`${id}-hint`}
        onChange={(e) => {
          hand(e.currentTarget.files);
          e.currentTarget.value = '';
        }} />
      <p id={`${id}-hint`} class="hint muted">{hint}</p>
    </div>
  );
}
