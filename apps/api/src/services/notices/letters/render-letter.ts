import PDFDocument from 'pdfkit';
import { type FontName, fontFiles } from './fonts.js';
import { pageLabel } from './page-label.js';
import { PageWriter } from './page-writer.js';
import { plainText } from './plain-text.js';
import { qrPng } from './qr-code.js';
import { A4, LETTER_STYLES } from './styles.js';
import type { LetterContent, LetterFormat } from './types.js';

/** Renders a notice letter for posting as an A4 PDF, standard (12 pt) or large print (18 pt). */
export async function renderLetter(
  content: LetterContent,
  format: LetterFormat,
): Promise<Uint8Array> {
  const style = LETTER_STYLES[format];
  const title = plainText(content.title);
  const qr = content.link ? await qrPng(content.link) : undefined;

  const doc = new PDFDocument({
    size: A4,
    margin: style.margin,
    bufferPages: true,
    pdfVersion: '1.7',
    // /Lang and a displayed title let screen readers pick the voice and announce the letter.
    lang: content.language,
    displayTitle: true,
    info: { Title: title, Subject: title, Creator: 'Doorstep' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  for (const [name, data] of Object.entries(fontFiles()) as [FontName, Uint8Array][]) {
    doc.registerFont(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }

  const writer = new PageWriter(doc, style, content.direction);
  const body = { size: style.bodySize };

  // Names, addresses and values are often in another script than the letter (a Latin
  // name in an Arabic letter, a phone number): each line takes its own direction from
  // its first strong character, so surrounding punctuation cannot move across it.
  const own = { ...body, direction: 'auto' } as const;
  writer.text(plainText(content.recipient.name), own);
  for (const line of content.recipient.addressLines) writer.text(plainText(line), own);
  writer.space(style.paragraphGap * 2);
  writer.text(plainText(content.date), { ...body, gapAfter: style.paragraphGap * 2 });

  writer.text(title, { size: style.titleSize, bold: true, gapAfter: style.paragraphGap });
  for (const paragraph of content.paragraphs) {
    writer.text(plainText(paragraph), { ...body, gapAfter: style.paragraphGap });
  }

  writer.space(style.paragraphGap);
  for (const fact of content.facts) {
    // A label is never left alone at the foot of a page, away from its value.
    writer.keepTogether(style.labelSize * style.lineHeight + style.bodySize * style.lineHeight);
    writer.text(plainText(fact.label), { size: style.labelSize, bold: true });
    writer.text(plainText(fact.value), { ...own, gapAfter: style.paragraphGap });
  }

  if (content.link && qr) {
    writer.space(style.paragraphGap);
    writer.keepTogether(style.qrSize + style.bodySize * style.lineHeight * 2);
    writer.image(qr, style.qrSize);
    writer.space(style.paragraphGap);
    // A link reads left to right whatever the letter's direction.
    writer.text(plainText(content.link), { ...body, direction: 'ltr' });
  }

  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    writer.footer(pageLabel(content.language, index - start + 1, count), style.bodySize);
  }

  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
