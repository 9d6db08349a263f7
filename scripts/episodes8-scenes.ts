/**
 * Debug aid (episodes8): prints the scene table of one document as the converter builds it:
 * scene index, chronoIndex, kind, timeCue and the first 80 characters of the scene's text.
 * Usage: npx tsx scripts/episodes8-scenes.ts <file.txt>
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { convertDocuments } from '../src/pipeline/convert';
import { Diagnostics } from '../src/pipeline/diagnostics';

const path = process.argv[2];
if (!path) {
  console.error('usage: npx tsx scripts/episodes8-scenes.ts <file.txt>');
  process.exit(1);
}
const films = convertDocuments(
  [{ file: basename(path), text: readFileSync(path, 'utf8') }],
  new Diagnostics(),
);
for (const film of films) {
  for (const [i, s] of film.scenes.entries()) {
    const head = s.text.replace(/\s+/g, ' ').slice(0, 80);
    console.log(
      `${String(i).padStart(3)} ${String(s.chronoIndex).padStart(3)} ${s.kind.padEnd(12)} ${(s.timeCue ?? '-').slice(0, 28).padEnd(28)} ${head}`,
    );
  }
}
