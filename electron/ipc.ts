/**
 * The bridge over Electron IPC: fixed channels, each with one job, answering only the kiosk page.
 * The same KioskRuntime methods the WebSocket transport calls.
 */
import { type IpcMainEvent, type IpcMainInvokeEvent, type WebContents, ipcMain } from 'electron';
import type { SendResult } from '../bridge/contract.js';
import { IPC } from '../bridge/ipc-channels.js';
import type { StaffRefusal } from '../bridge/staff-protocol.js';
import type { KioskRuntime } from '../runtime/kiosk-runtime.js';
import { type Logger, consoleLogger } from '../runtime/log.js';
import { isAllowedNavigation } from './navigation.js';

const UNTRUSTED_STAFF_SENDER: StaffRefusal = {
  ok: false,
  reason: 'notAllowed',
  message: { vi: 'Yêu cầu không đến từ màn hình kiosk.', en: 'The request did not come from the kiosk page.' },
};

export function registerBridgeIpc(runtime: KioskRuntime, appOrigin: string, logger: Logger = consoleLogger): void {
  const trusted = (event: IpcMainEvent | IpcMainInvokeEvent) => {
    const url = event.senderFrame?.url;
    if (url !== undefined && isAllowedNavigation(url, appOrigin)) return true;
    logger.warn(`ipc: refused a message from ${url ?? 'a frame that is gone'} (not the kiosk page)`);
    return false;
  };

  ipcMain.handle(IPC.send, (event, raw: unknown): SendResult =>
    trusted(event) ? runtime.dispatch(raw) : { ok: false, error: 'untrusted sender' },
  );
  ipcMain.handle(IPC.getInfo, (event) => (trusted(event) ? runtime.info('ipc') : null));
  ipcMain.handle(IPC.getDeviceStatus, (event) => (trusted(event) ? runtime.deviceStatus() : null));
  ipcMain.handle(IPC.staff, (event, raw: unknown) => (trusted(event) ? runtime.staffRequest(raw) : UNTRUSTED_STAFF_SENDER));

  ipcMain.on(IPC.cardFrame, (event, jpeg: unknown) => {
    if (trusted(event)) runtime.acceptCardFrame(jpeg);
  });

  const subscriptions = new Map<WebContents, () => void>();
  ipcMain.on(IPC.subscribe, (event) => {
    if (!trusted(event)) return;
    const contents = event.sender;
    // A reloaded page subscribes again: replace, never double up.
    subscriptions.get(contents)?.();
    subscriptions.set(
      contents,
      runtime.subscribe((view) => {
        if (!contents.isDestroyed()) contents.send(IPC.view, view);
      }),
    );
    contents.once('destroyed', () => {
      subscriptions.get(contents)?.();
      subscriptions.delete(contents);
    });
  });
}
