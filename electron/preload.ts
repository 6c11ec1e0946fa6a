/**
 * The only door between the kiosk page and the rest: six named functions on `window.motcua`,
 * each calling one fixed channel. No ipcRenderer, no Node, nothing generic.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC } from '../bridge/ipc-channels.js';
import type { DeviceStatusReport, KioskBridge, KioskInfo, KioskUiEvent, KioskView, SendResult } from '../bridge/contract.js';

const bridge: KioskBridge = {
  subscribe(listener: (view: KioskView) => void) {
    const onView = (_event: IpcRendererEvent, view: KioskView) => listener(view);
    ipcRenderer.on(IPC.view, onView);
    ipcRenderer.send(IPC.subscribe);
    return () => {
      ipcRenderer.removeListener(IPC.view, onView);
    };
  },
  send: (event: KioskUiEvent): Promise<SendResult> => ipcRenderer.invoke(IPC.send, event),
  getInfo: (): Promise<KioskInfo> => ipcRenderer.invoke(IPC.getInfo),
  sendCardFrame: (jpeg: Uint8Array): void => ipcRenderer.send(IPC.cardFrame, jpeg),
  getDeviceStatus: (): Promise<DeviceStatusReport> => ipcRenderer.invoke(IPC.getDeviceStatus),
  staff: (request) => ipcRenderer.invoke(IPC.staff, request),
};

contextBridge.exposeInMainWorld('motcua', bridge);
