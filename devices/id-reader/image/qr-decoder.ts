/**
 * QR codes from an image with zxing-wasm. Its .wasm comes from node_modules, handed over as bytes,
 * so nothing is ever fetched (the library's default is a CDN).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

let prepared = false;

function prepare(): void {
  if (prepared) return;
  const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  prepareZXingModule({ overrides: { wasmBinary: readFileSync(wasmPath) }, fireImmediately: true });
  prepared = true;
}

/** A decoded greyscale or RGBA image, as sharp hands it over. */
export interface RawImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The texts of the QR codes found in an encoded image (PNG, JPEG...) or raw RGBA pixels. */
export async function decodeQrCodes(image: Uint8Array | RawImage): Promise<string[]> {
  prepare();
  const input = image instanceof Uint8Array ? image : ({ ...image, colorSpace: 'srgb' } as unknown as ImageData);
  const results = await readBarcodes(input, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 2 });
  return results.filter((result) => result.isValid).map((result) => result.text);
}
