import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * The app icon: a speech bubble with a heart-like pair of dots, drawn by a signed-distance test per
 * pixel. `background` null leaves it transparent (Teams' outline icon must be white on transparent).
 */
export function drawIcon(size: number, fg: [number, number, number], background: [number, number, number] | null): Buffer {
  const px = new Uint8Array(size * size * 4);
  const s = size;
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const u = (x + 0.5) / s;
      const v = (y + 0.5) / s;
      // A rounded speech bubble with a tail, and two "eyes" cut out of it.
      const bx = Math.max(Math.abs(u - 0.5) - 0.26, 0);
      const by = Math.max(Math.abs(v - 0.45) - 0.16, 0);
      const bubble = Math.hypot(bx, by) < 0.1;
      const tail = v > 0.6 && v < 0.82 && u > 0.3 && u < 0.46 && u - 0.3 < (0.82 - v) * 0.8;
      const eye = Math.hypot(u - 0.39, v - 0.45) < 0.055 || Math.hypot(u - 0.61, v - 0.45) < 0.055;
      const on = (bubble || tail) && !eye;
      const i = (y * s + x) * 4;
      if (on) {
        px.set([...fg, 255], i);
      } else if (background) {
        px.set([...background, 255], i);
      } else {
        px.set([0, 0, 0, 0], i);
      }
    }
  }
  return encodePng(size, size, px);
}
