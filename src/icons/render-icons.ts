// Renders the one icon source (parallax.svg) to the PNGs the manifest names, at build time (wxt.config.ts) —
// nothing rendered is kept in the repository. Node only: resvg is a native renderer, never bundled.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SOURCE = path.join(import.meta.dirname, 'parallax.svg');

/** The sizes the manifest names: 16/32 the toolbar (1x/2x), 48 the extensions page, 128 the install dialog
 *  and the stores. */
export const ICON_SIZES = [16, 32, 48, 128] as const;
export type IconSize = (typeof ICON_SIZES)[number];

/** The stores' 128 px icon is 96 px of artwork inside 16 px of transparent margin; toolbar sizes use the
 *  whole square, where every pixel counts. */
export const STORE_MARGIN_PX = 16;

/** The path of each size inside the extension, as the manifest names it. */
export const iconPath = (size: IconSize): string => `icons/${size}.png`;

/** The source with its view box widened so the artwork fills `size - 2 * margin` pixels of a `size` canvas. */
function withMargin(svg: string, size: number, margin: number): string {
  if (margin === 0) return svg;
  const artwork = 96;
  const pad = (margin * artwork) / (size - 2 * margin);
  const match = /viewBox="0 0 96 96"/.exec(svg);
  if (!match) throw new Error(`render-icons: ${ICON_SOURCE} must have viewBox="0 0 96 96" (its artwork is drawn in 96 units)`);
  return svg.replace(match[0], `viewBox="${-pad} ${-pad} ${artwork + 2 * pad} ${artwork + 2 * pad}"`);
}

/** One PNG of `size` pixels from the SVG text. */
export function renderIcon(svg: string, size: IconSize): Buffer {
  const margin = size === 128 ? STORE_MARGIN_PX : 0;
  const resvg = new Resvg(withMargin(svg, size, margin), { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' });
  return Buffer.from(resvg.render().asPng());
}

/** Writes every size into `dir` and returns `{ size, file, relativeDest }` for each. */
export function writeIcons(dir: string, svg = fs.readFileSync(ICON_SOURCE, 'utf8')): { size: IconSize; file: string; relativeDest: string }[] {
  fs.mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = path.join(dir, `${size}.png`);
    fs.writeFileSync(file, renderIcon(svg, size));
    return { size, file, relativeDest: iconPath(size) };
  });
}
