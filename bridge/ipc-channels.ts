/**
 * Electron IPC channel names: fixed, named, never a passthrough. Kept apart from the contract's
 * schemas so the sandboxed preload bundles no parser.
 */
export const IPC = {
  send: 'motcua:send',
  getInfo: 'motcua:get-info',
  getDeviceStatus: 'motcua:get-device-status',
  staff: 'motcua:staff',
  subscribe: 'motcua:subscribe',
  view: 'motcua:view',
  cardFrame: 'motcua:card-frame',
} as const;
