// Choosing archive files: a file input (the accessible way) inside a zone that also takes files
// dragged from the desktop. The browser's own button text is English in some browsers, so the
// label is the visible button.
import { useState } from 'preact/hooks';

/** Props of the picker. */
interface PickerProps {
  id: string;
  label: string;
  /** Several files at once (the city page). */
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}

/** A file input for .zip archives with a drag-and-drop zone around it. */
export function ArchiveFilePicker({ id, label, multiple = false, onFiles }: PickerProps) {
  const [dragging, setDragging] = useState(false);
  const take = (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      class={`archive-drop${dragging ? ' is-dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        take(event.dataTransfer?.files);
      }}
    >
      {/* The native input stays the control (keyboard, screen readers, tests); its English-only
          browser button is hidden behind the label, which looks like a button. */}
      <input
        id={id}
        class="archive-file-input"
        type="file"
        accept=".zip,application/zip"
        multiple={multiple}
        onChange={(event) => {
          take(event.currentTarget.files);
          // Choosing the same file again must fire again.
          event.currentTarget.value = '';
        }}
      />
      <label for={id} class="archive-file-button">
        {label}
      </label>
      <span class="field-hint">点击按钮选择文件，也可以把文件从桌面或文件夹直接拖到这个框里。</span>
    </div>
  );
}
