// Renders the same notice letter repeatedly and prints the median time per format.
// Target (issue 7): a large-print letter PDF in under 200 ms.
import { performance } from 'node:perf_hooks';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type LetterFormat, renderLetter } from '../src/services/notices/letters/index.js';
import { SAMPLE_LETTER } from '../src/services/notices/letters/sample-letter.js';

const WARM_UP = 5;
const RUNS = 50;
const TARGET_MS = 200;

const letter = SAMPLE_LETTER;

async function median(format: LetterFormat): Promise<{ ms: number; pdf: Uint8Array }> {
  let pdf = await renderLetter(letter, format);
  for (let run = 0; run < WARM_UP; run++) pdf = await renderLetter(letter, format);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    pdf = await renderLetter(letter, format);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: ((times[RUNS / 2 - 1] ?? 0) + (times[RUNS / 2] ?? 0)) / 2, pdf };
}

const large = await median('large_print');
const standard = await median('standard');
const { numPages } = await getDocument({ data: large.pdf.slice(), verbosity: 0 }).promise;
console.log(
  `large_print_pdf_median_ms=${large.ms.toFixed(1)} standard_pdf_median_ms=${standard.ms.toFixed(1)} pages=${numPages} large_print_bytes=${large.pdf.byteLength} target_ms=${TARGET_MS}`,
);
if (large.ms >= TARGET_MS) process.exitCode = 1;
