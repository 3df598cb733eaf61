// Issue 16: one SVG source, PNGs at 16/32/48/128 rendered from it by every build, named by the manifest for the
// extension and for the toolbar button; readable on light and dark toolbars; the 128 px icon with the stores'
// padding (96 px of artwork in 16 px of transparent margin). Reads the PNGs the last `npm run build` wrote.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, ICON_SOURCE, renderIcon } from '../../src/icons/render-icons';
import { decodePng, type Image } from '../e2e/harness/png';

const OUTPUT = path.join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
const SVG = fs.readFileSync(ICON_SOURCE, 'utf8');

/** WCAG relative luminance of an sRGB colour. */
function luminance(r: number, g: number, b: number): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** The bounding box of the pixels that are not fully transparent. */
function opaqueBox(image: Image, minAlpha = 1): { left: number; top: number; right: number; bottom: number } {
  let left = image.width, top = image.height, right = -1, bottom = -1;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.rgba[(y * image.width + x) * 4 + 3]! < minAlpha) continue;
      left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
    }
  }
  return { left, top, right, bottom };
}

/** The colour of the icon's outline: the opaque pixels on its outer ring (what meets the toolbar). */
function edgeColour(image: Image): [number, number, number] {
  const box = opaqueBox(image, 250); // inside the anti-aliased fringe
  // The tile's plain border is 12 of the artwork's 96 units wide; a ring of 1/16 of the size stays inside it.
  const ring = Math.max(1, Math.floor(image.width / 16));
  let r = 0, g = 0, b = 0;
  let n = 0;
  for (let y = box.top; y <= box.bottom; y++) {
    for (let x = box.left; x <= box.right; x++) {
      const onRing = x - box.left < ring || box.right - x < ring || y - box.top < ring || box.bottom - y < ring;
      const i = (y * image.width + x) * 4;
      if (!onRing || image.rgba[i + 3]! < 250) continue;
      r += image.rgba[i]!; g += image.rgba[i + 1]!; b += image.rgba[i + 2]!;
      n++;
    }
  }
  if (n === 0) throw new Error(`edgeColour: a ${image.width} px icon has no opaque pixel on its outline`);
  return [r / n, g / n, b / n];
}

describe('the icons (issue 16)', () => {
  it('the manifest names one PNG per size for the extension and the toolbar button, and the build wrote each', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(OUTPUT, 'manifest.json'), 'utf8')) as { icons: Record<string, string>; action: { default_icon: Record<string, string> } };
    expect(Object.keys(manifest.icons).map(Number)).toEqual([...ICON_SIZES]);
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    for (const [size, file] of Object.entries(manifest.icons)) {
      const image = decodePng(fs.readFileSync(path.join(OUTPUT, file)));
      expect([image.width, image.height], file).toEqual([Number(size), Number(size)]);
    }
  });

  it('the built PNGs are the SVG as it is now (rendered by the build, not left over)', () => {
    for (const size of ICON_SIZES) {
      expect(fs.readFileSync(path.join(OUTPUT, 'icons', `${size}.png`)).equals(renderIcon(SVG, size)), `icons/${size}.png`).toBe(true);
    }
  });

  it('the 128 px icon is 96 px of artwork inside a 16 px transparent margin; toolbar sizes use the whole square', () => {
    const store = decodePng(renderIcon(SVG, 128));
    const box = opaqueBox(store);
    // The artwork's own rounded tile starts 2 units into its 96-unit square: 2 px at this size.
    expect(box.left).toBeGreaterThanOrEqual(16);
    expect(box.top).toBeGreaterThanOrEqual(16);
    expect(box.right).toBeLessThanOrEqual(111);
    expect(box.bottom).toBeLessThanOrEqual(111);
    expect(box.right - box.left + 1).toBeGreaterThanOrEqual(90);
    const toolbar = decodePng(renderIcon(SVG, 16));
    const small = opaqueBox(toolbar);
    expect(small.right - small.left + 1).toBeGreaterThanOrEqual(15);
  });

  it('its outline stands out on a light and on a dark toolbar (contrast ≥ 3:1, the WCAG figure for graphics)', () => {
    for (const size of ICON_SIZES) {
      const edge = luminance(...edgeColour(decodePng(renderIcon(SVG, size))));
      // Chromium's light toolbar (#f1f3f4... and white) and its dark one (#202124, #3c3c3c for Firefox's dark theme).
      for (const [name, hex] of [['white', 0xffffff], ['light grey', 0xf1f3f4], ['dark grey', 0x202124], ['Firefox dark', 0x2b2a33]] as const) {
        const toolbar = luminance(hex >> 16, (hex >> 8) & 255, hex & 255);
        expect(contrast(edge, toolbar), `${size} px on ${name}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
