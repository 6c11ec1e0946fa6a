/** Tells the kiosk someone is approaching. The serial sensor arrives with the devices issue. */
export interface PresenceSensor {
  onApproach(listener: () => void): () => void;
  close(): Promise<void>;
}
