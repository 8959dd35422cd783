// Generates the app icon PNGs (512x512.png, 256x256.png) in this folder with no dependencies:
// shapes are rasterised with 4x4 supersampling and encoded as PNG with node:zlib.
// Run: node resources/icons/generate-icons.mjs
// The icon: a rounded teal square with three rising bars, the tallest in gold (position sizing).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SUPERSAMPLE = 4;
const BACKGROUND_TOP = [20, 92, 104];
const BACKGROUND_BOTTOM = [11, 52, 64];
const BAR = [244, 247, 246];
const ACCENT = [242, 177, 52];

/** Signed-distance test for a rounded rectangle in unit coordinates. */
function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const bars = [
  { left: 0.22, right: 0.36, top: 0.56, color: BAR },
  { left: 0.43, right: 0.57, top: 0.42, color: BAR },
  { left: 0.64, right: 0.78, top: 0.24, color: ACCENT },
];
const BAR_BOTTOM = 0.78;

/** Colour (RGBA, 0..255) at unit coordinates, or null outside the icon. */
function sample(x, y) {
  if (!insideRoundedRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.2)) return null;
  for (const bar of bars) {
    if (insideRoundedRect(x, y, bar.left, bar.top, bar.right, BAR_BOTTOM, 0.025)) return bar.color;
  }
  const t = (y - 0.04) / 0.92;
  return BACKGROUND_TOP.map((top, i) => top + (BACKGROUND_BOTTOM[i] - top) * t);
}

function render(size) {
  const rgba = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const color = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!color) continue;
          r += color[0]; g += color[1]; b += color[2]; covered++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        rgba[offset] = Math.round(r / covered);
        rgba[offset + 1] = Math.round(g / covered);
        rgba[offset + 2] = Math.round(b / covered);
        rgba[offset + 3] = Math.round((255 * covered) / samples);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [512, 256]) {
  const file = new URL(`./${size}x${size}.png`, import.meta.url);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file.pathname}`);
}
