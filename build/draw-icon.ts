/**
 * Draws the app icon — a page with a folded corner and lines of text on a tile in the accent colour —
 * and writes build/icon.svg (for designers), build/icon.png (1024 px; electron-builder makes the macOS
 * .icns and Windows .ico from it) and build/icons/<n>x<n>.png (Linux). Run `npx tsx build/draw-icon.ts`
 * after changing a shape; the outputs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number; fill: Rgb }
  | { kind: 'polygon'; points: readonly (readonly [number, number])[]; fill: Rgb };

const accent: Rgb = [0x34, 0x51, 0xc6]; // --color-accent in renderer/styles/tokens.css
const accentStrong: Rgb = [0x23, 0x3a, 0x99];
const paper: Rgb = [0xff, 0xff, 0xff];
const fold: Rgb = [0xc5, 0xcf, 0xf3];

// In a unit square, painted in order.
const left = 0.29, right = 0.71, top = 0.2, bottom = 0.8, dogEar = 0.14;
const shapes: readonly Shape[] = [
  { kind: 'rect', x: 0.06, y: 0.06, width: 0.88, height: 0.88, radius: 0.2, fill: accent },
  { kind: 'polygon', points: [[left, top], [right - dogEar, top], [right, top + dogEar], [right, bottom], [left, bottom]], fill: paper },
  { kind: 'polygon', points: [[right - dogEar, top], [right, top + dogEar], [right - dogEar, top + dogEar]], fill: fold },
  { kind: 'rect', x: 0.37, y: 0.33, width: 0.17, height: 0.06, radius: 0.03, fill: accentStrong },
  ...[0.46, 0.56].map((y): Shape => ({ kind: 'rect', x: 0.37, y, width: 0.26, height: 0.045, radius: 0.0225, fill: accent })),
  { kind: 'rect', x: 0.37, y: 0.66, width: 0.18, height: 0.045, radius: 0.0225, fill: accent },
];

function contains(shape: Shape, x: number, y: number): boolean {
  if (shape.kind === 'rect') {
    const dx = Math.max(shape.x + shape.radius - x, 0, x - (shape.x + shape.width - shape.radius));
    const dy = Math.max(shape.y + shape.radius - y, 0, y - (shape.y + shape.height - shape.radius));
    return x >= shape.x && x <= shape.x + shape.width && y >= shape.y && y <= shape.y + shape.height && dx * dx + dy * dy <= shape.radius ** 2;
  }
  // Convex, listed clockwise (y points down): inside means on the right of every edge.
  return shape.points.every(([x1, y1], i) => {
    const [x2, y2] = shape.points[(i + 1) % shape.points.length]!;
    return (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1) >= 0;
  });
}

/** RGBA pixels, each the average of 4×4 samples so edges are smooth at every size. */
function rasterize(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const grid = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const x = (px + (sx + 0.5) / grid) / size, y = (py + (sy + 0.5) / grid) / size;
          const painted = shapes.findLast((shape) => contains(shape, x, y));
          if (!painted) continue;
          [r, g, b] = [r + painted.fill[0], g + painted.fill[1], b + painted.fill[2]];
          covered++;
        }
      }
      if (covered === 0) continue;
      pixels.set([r / covered, g / covered, b / covered, (255 * covered) / grid ** 2].map(Math.round), (py * size + px) * 4);
    }
  }
  return pixels;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(body.length + 8);
  framed.writeUInt32BE(data.length, 0);
  body.copy(framed, 4);
  framed.writeUInt32BE(crc32(body), body.length + 4);
  return framed;
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, not interlaced
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) rgba.copy(rows, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function toSvg(): string {
  const hex = (rgb: Rgb) => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
  const at = (value: number) => +(value * 1024).toFixed(2);
  const elements = shapes.map((shape) =>
    shape.kind === 'rect'
      ? `  <rect x="${at(shape.x)}" y="${at(shape.y)}" width="${at(shape.width)}" height="${at(shape.height)}" rx="${at(shape.radius)}" fill="${hex(shape.fill)}"/>`
      : `  <polygon points="${shape.points.map(([x, y]) => `${at(x)},${at(y)}`).join(' ')}" fill="${hex(shape.fill)}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">\n${elements.join('\n')}\n</svg>\n`;
}

const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

const buildDir = fileURLToPath(new URL('.', import.meta.url));
mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
for (const size of linuxIconSizes) {
  const png = encodePng(size, rasterize(size));
  writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), png);
  if (size === 1024) writeFileSync(path.join(buildDir, 'icon.png'), png);
}
writeFileSync(path.join(buildDir, 'icon.svg'), toSvg());
console.log(`Wrote build/icon.svg, build/icon.png and build/icons/{${linuxIconSizes.join(',')}}.png.`);
