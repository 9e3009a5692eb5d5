/**
 * The IPC transport of the API: one `ipcMain.handle('timeline:<method>')` per contract method, each
 * going through the same validating dispatcher as HTTP, and only for the app's own page. Push
 * notifications go to the window on `timeline:onDid…` channels.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { TimelineApi, Unsubscribe } from '../common/api';
import { TIMELINE_METHODS, timelineChannel } from '../common/api-methods';
import { toErrorPayload } from '../server/api-routes';
import { dispatchCall } from '../service/dispatch';
import type { IpcReply } from './channels';
import { isAppUrl } from './channels';

/**
 * True when an invoke comes from the app's page. A frame from elsewhere (an iframe a sanitizer
 * missed, a navigation that slipped through) is refused before its argument is even looked at.
 */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/** Runs a handler body and turns its outcome into an {@link IpcReply} (errors as code and one line, no stack). */
export async function replyOf(event: IpcMainInvokeEvent, run: () => Promise<unknown>): Promise<IpcReply> {
  if (!isTrustedSender(event)) {
    console.error(`timeline ipc: refused a call from ${event.senderFrame?.url ?? 'an unknown frame'}`);
    return { error: { code: 'forbidden', message: 'Calls are accepted from the app page only.' } };
  }
  try {
    const result = await run();
    return { result: result === undefined ? null : result };
  } catch (error) {
    return { error: toErrorPayload(error) };
  }
}

/** Registers a handler per contract method; returns a function that removes them. */
export function registerApiHandlers(service: TimelineApi): () => void {
  for (const method of TIMELINE_METHODS) {
    ipcMain.handle(timelineChannel(method), (event, argument: unknown) =>
      replyOf(event, () => dispatchCall(service, method, argument)),
    );
  }
  return () => {
    for (const method of TIMELINE_METHODS) ipcMain.removeHandler(timelineChannel(method));
  };
}

/** Forwards the service's push notifications to a window's page for as long as it lives. */
export function forwardEvents(service: TimelineApi, contents: WebContents): Unsubscribe {
  const unsubscribe = service.onDidImportProgress((progress) => {
    if (!contents.isDestroyed()) contents.send(timelineChannel('onDidImportProgress'), progress);
  });
  contents.once('destroyed', unsubscribe);
  return unsubscribe;
}
