/** Default scale of a PNG export when the screen is not denser: 2x, sharp on a projector or print. */
export const MIN_PNG_SCALE = 2;
/** Largest scale used, so a 4K screen does not make a gigantic file. */
const MAX_PNG_SCALE = 4;

/** The PNG scale for a device pixel ratio: the ratio, but never below 2x nor above 4x. */
export const pngScale = (devicePixelRatio: number): number =>
  Math.min(MAX_PNG_SCALE, Math.max(MIN_PNG_SCALE, Math.ceil(devicePixelRatio || 1)));

/**
 * Draws an SVG document onto a canvas at `scale` and encodes it as PNG. The SVG loads from a
 * blob: URL (allowed by the CSP's img-src), so nothing leaves the page.
 */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on a canvas.');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
