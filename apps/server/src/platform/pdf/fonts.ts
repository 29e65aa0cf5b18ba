import { createRequire } from 'node:module';

// DejaVu (Bitstream Vera licence, DejaVu changes public domain) comes from the npm package
// `dejavu-fonts-ttf`, so `npm ci` alone brings the fonts; nothing is read from the system.
const require = createRequire(import.meta.url);

function fontFile(name: string): string {
  return require.resolve(`dejavu-fonts-ttf/ttf/${name}`);
}

/** The embedded fonts, registered under these names in every rendered document. */
export const pdfFonts = {
  regular: { name: 'Body', file: fontFile('DejaVuSans.ttf') },
  bold: { name: 'Bold', file: fontFile('DejaVuSans-Bold.ttf') },
} as const;
