/**
 * Desktop extras the Electron preload may expose next to the API (`window.timelineShell`). The web
 * build has none of them; every caller checks for `null` and falls back to a browser way.
 */
export interface SaveFileRequest {
  fileName: string;
  mimeType: string;
  /** base64 of the file. */
  data: string;
}

export interface TimelineShell {
  /** Asks where to save and writes the file; resolves false when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<boolean | { saved: boolean; path?: string }>;
}
