/** What every text mode's writer does with a job's blocks, and the settings that choose one. */
import type { Block } from './escpos-layout.js';

export interface EscPosOptions {
  type: 'epson' | 'star';
  /** Characters per line at the normal size: 48 on 80 mm paper (576 dots), 32 on 58 mm (384 dots). */
  width: number;
  /**
   * How text reaches the paper: 'raster' draws it as images (every printer prints images);
   * 'wpc1258' and 'tcvn3' send characters in one of EPSON's Vietnamese code pages.
   */
  text: 'raster' | 'wpc1258' | 'tcvn3';
}

/** Adds a job's blocks to the printer's buffer as commands of one text mode. */
export interface BlockWriter {
  write(block: Block): Promise<void>;
  /** Adds whatever the writer still holds back; called once, after the last block. */
  finish(): Promise<void>;
}
