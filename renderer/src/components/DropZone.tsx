/** Drag-and-drop of files anywhere on the window starts an import; the overlay says so while dragging. */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../context';
import { fileSources } from '../state/file-sources';
import { runImport } from './ImportButton';

export function DropZone() {
  const app = useApp();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    // Without preventDefault on dragover and drop the browser would open the file in place of the app.
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = event.dataTransfer?.files;
      if (files && files.length > 0 && app.state.importing.value.phase !== 'running')
        void runImport(app, fileSources(files));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [app]);
  if (!dragging) return null;
  return (
    <div class="drop-overlay" aria-hidden="true">
      <p>Drop articles to import them</p>
    </div>
  );
}
