/** Browser files as import sources: read lazily, batch by batch, with FileReader into base64. */
import type { FileSource } from './import-files';

/** Reads one file as base64 (the part of its data URL after the comma). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Wraps a FileList or dropped files as sources, keeping each file's relative path when a folder was dropped. */
export function fileSources(files: Iterable<File>): FileSource[] {
  return [...files].map((file) => ({
    name: file.webkitRelativePath || file.name,
    size: file.size,
    read: () => readAsBase64(file),
  }));
}
