/**
 * A byte pipe to a receipt printer (network socket, serial port, USB printer file) that keeps
 * itself connected: once `connect()` is called it reopens after every drop, with back-off, until
 * `close()`. The adapter on top speaks ESC/POS; the transport knows nothing of it.
 */
export type TransportKind = 'tcp' | 'serial' | 'usb';

export interface PrinterTransport {
  readonly kind: TransportKind;
  /** Where it goes, as the config writes it (tcp://10.0.0.7:9100, serial:/dev/ttyUSB0?baud=19200, usb:/dev/usb/lp0). */
  readonly address: string;
  readonly isOpen: boolean;
  /**
   * Start keeping the link open. Resolves once it is open; rejects with the first attempt's error,
   * while further attempts go on in the background until close().
   */
  connect(): Promise<void>;
  /** Resolves once the bytes are handed to the system; rejects when the link is not open or fails. */
  write(bytes: Uint8Array): Promise<void>;
  /** Drop the link now and reopen it after the back-off (a printer that stopped answering may be half-open). */
  reconnect(): void;
  /** The link opened (first time or again). */
  onOpen(listener: () => void): () => void;
  /** Bytes from the printer, as they arrive (replies may be split or merged). */
  onData(listener: (bytes: Buffer) => void): () => void;
  /** The open link was lost (error says why, null when dropped on purpose). */
  onClose(listener: (error: Error | null) => void): () => void;
  /** An attempt to open the link failed; another follows after the back-off. */
  onError(listener: (error: Error) => void): () => void;
  /** Close for good; safe to call twice. */
  close(): Promise<void>;
}
