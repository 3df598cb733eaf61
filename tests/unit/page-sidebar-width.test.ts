import { describe, expect, it } from 'vitest';
import { clampWidth, DEFAULT_WIDTH, widthBounds } from '../../src/page/sidebar-width';

describe('sidebar width', () => {
  it('stays between 300 px and 70 % of the viewport', () => {
    expect(widthBounds(1280)).toEqual({ min: 300, max: 896 });
    expect(clampWidth(200, widthBounds(1280))).toBe(300);
    expect(clampWidth(1000, widthBounds(1280))).toBe(896);
    expect(clampWidth(512.4, widthBounds(1280))).toBe(512);
  });

  it('keeps the minimum on a narrow viewport, but never exceeds the viewport', () => {
    expect(widthBounds(400)).toEqual({ min: 300, max: 300 });
    expect(widthBounds(250)).toEqual({ min: 250, max: 250 });
  });

  it('takes the default for a width that is no number', () => {
    expect(clampWidth(Number.NaN, widthBounds(1280))).toBe(DEFAULT_WIDTH);
  });
});
