import { inflateSync } from 'node:zlib';

/** Reads a PNG's signature and IHDR chunk: enough to know it is a PNG and its size. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Decodes a PNG of 8-bit RGBA, not interlaced (what resvg writes): each pixel as four bytes, row
 * by row. Undefined for any other PNG.
 */
export function pngPixels(bytes: Uint8Array): { width: number; height: number; pixel: (x: number, y: number) => [number, number, number, number] } | undefined {
  const size = pngSize(bytes);
  if (!size || bytes[24] !== 8 || bytes[25] !== 6 || bytes[28] !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === 'IDAT') data.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const filtered = inflateSync(Buffer.concat(data));
  const stride = size.width * 4;
  const rows = new Uint8Array(stride * size.height);
  for (let y = 0; y < size.height; y++) {
    const filter = filtered[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const raw = filtered[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? rows[y * stride + i - 4]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? rows[(y - 1) * stride + i - 4]! : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      rows[y * stride + i] = (raw + predictor) & 0xff;
    }
  }
  const pixel = (x: number, y: number) => Array.from(rows.subarray(y * stride + x * 4, y * stride + x * 4 + 4)) as [number, number, number, number];
  return { ...size, pixel };
}
