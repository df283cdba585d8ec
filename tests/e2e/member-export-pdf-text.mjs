// Reads a PDF (path in argv[2]) with pdfjs-dist and prints JSON: { pages, text, fonts }.
// Run as a child process by member-export.e2e-spec.ts: pdfjs-dist is ESM-only, jest here is CommonJS.
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(await readFile(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
let text = '';
const fonts = new Set();
for (let i = 1; i <= pdf.numPages; i += 1) {
  const page = await pdf.getPage(i);
  const content = await page.getTextContent();
  for (const item of content.items) {
    if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
  }
  for (const style of Object.values(content.styles)) fonts.add(style.fontFamily);
  const view = page.view;
  if (i === 1) process.stderr.write('');
  if (i === 1) fonts.add(`size:${Math.round(view[2])}x${Math.round(view[3])}`);
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, text: text.normalize('NFC'), fonts: [...fonts] }));
