import { describe, expect, it } from 'vitest';
import { encodePng } from './png-encode';
import { decodePng } from './testing/png-decode';

describe('encodePng', () => {
  it('writes a PNG that decodes to the same opaque pixels', () => {
    const width = 37;
    const height = 11;
    const pixels = new Uint8Array(width * height * 4);
    for (let i = 0; i < pixels.length; i += 4) pixels.set([i % 251, (i * 7) % 256, (i * 13) % 256, 255], i);
    const png = decodePng(encodePng(pixels, width, height, { premultiplied: true }));
    expect([png.width, png.height]).toEqual([width, height]);
    expect(png.pixels).toEqual(pixels);
  });

  it('un-premultiplies translucent pixels', () => {
    // Premultiplied half-transparent red is (128, 0, 0, 128): straight, it is (255, 0, 0, 128).
    const pixels = Uint8Array.from([128, 0, 0, 128, 0, 0, 0, 0, 10, 20, 30, 255]);
    const png = decodePng(encodePng(pixels, 3, 1, { premultiplied: true }));
    expect([...png.pixels]).toEqual([255, 0, 0, 128, 0, 0, 0, 0, 10, 20, 30, 255]);
    // The caller's buffer is left as it was.
    expect(pixels[0]).toBe(128);
  });

  it('rejects a buffer of the wrong size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/expected 16 bytes/u);
  });
});
