import jsQR from 'jsqr';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { describe, expect, it } from 'vitest';
import { type LetterContent, renderLetter } from '../src/services/notices/letters/index.js';
import { SAMPLE_LETTER } from '../src/services/notices/letters/sample-letter.js';

const english = SAMPLE_LETTER;
const LINK = SAMPLE_LETTER.link ?? '';

interface Extracted {
  pages: { text: string; items: { str: string; size: number }[] }[];
  info: Record<string, unknown>;
  images: { width: number; height: number; kind: number; data: Uint8ClampedArray }[];
}

async function extract(pdf: Uint8Array): Promise<Extracted> {
  const document = await getDocument({
    data: pdf.slice(),
    isOffscreenCanvasSupported: false,
    verbosity: 0,
  }).promise;
  const pages: Extracted['pages'] = [];
  const images: Extracted['images'] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const items = content.items
      .filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')
      // The text matrix's vertical scale is the font size in points.
      .map((item) => ({ str: item.str, size: Math.hypot(item.transform[2], item.transform[3]) }));
    pages.push({ text: items.map((item) => item.str).join('\n'), items });
    const operators = await page.getOperatorList();
    for (const [index, fn] of operators.fnArray.entries()) {
      if (fn !== OPS.paintImageXObject) continue;
      const name = operators.argsArray[index]?.[0] as string;
      // Decoded images arrive asynchronously from the worker: wait for this one.
      images.push(await new Promise((resolve) => page.objs.get(name, resolve)));
    }
  }
  const { info } = await document.getMetadata();
  return { pages, info: info as Record<string, unknown>, images };
}

function allText(extracted: Extracted): string {
  return extracted.pages.map((page) => page.text).join('\n');
}

function toRgba(image: Extracted['images'][number]): Uint8ClampedArray {
  const pixels = image.width * image.height;
  if (image.data.length === pixels * 4) return image.data;
  const rgba = new Uint8ClampedArray(pixels * 4);
  const channels = image.data.length / pixels;
  for (let pixel = 0; pixel < pixels; pixel++) {
    for (let channel = 0; channel < 3; channel++) {
      rgba[pixel * 4 + channel] =
        image.data[pixel * channels + (channels === 1 ? 0 : channel)] ?? 0;
    }
    rgba[pixel * 4 + 3] = 255;
  }
  return rgba;
}

describe('letters', () => {
  it.each([
    ['standard', 12, 12],
    ['large_print', 18, 16],
  ] as const)(
    'renders an English %s letter with every fact, at %i pt body',
    async (format, body, minimum) => {
      const extracted = await extract(await renderLetter(english, format));
      const text = allText(extracted);
      for (const expected of [
        'Your gas safety check',
        'GAS-2026-000123',
        'Annual gas safety check',
        'Tuesday 10 March 2026, 8am to 12 noon',
        '0800 000 0000',
        '18001 0800 000 0000',
        LINK,
        'Ms Jane Smith',
      ]) {
        expect(text).toContain(expected);
      }
      const items = extracted.pages.flatMap((page) => page.items);
      for (const item of items) expect(item.size, item.str).toBeGreaterThanOrEqual(minimum);
      const paragraph = items.find((item) => item.str.startsWith('We will visit your home'));
      expect(paragraph?.size).toBeCloseTo(body, 1);
      const title = items.find((item) => item.str === 'Your gas safety check');
      expect(title?.size).toBeGreaterThan(body);
      expect(extracted.info.Title).toBe('Your gas safety check');
      expect(extracted.info.Language).toBe('en');
    },
  );

  it('prints a QR code that decodes to the booking link', async () => {
    const extracted = await extract(await renderLetter(english, 'large_print'));
    expect(extracted.images).toHaveLength(1);
    const [image] = extracted.images;
    if (!image) throw new Error('no image');
    expect(jsQR(toRgba(image), image.width, image.height)?.data).toBe(LINK);
  });

  it('leaves out the QR code when there is no link', async () => {
    const { link: _link, ...withoutLink } = english;
    const extracted = await extract(await renderLetter(withoutLink, 'standard'));
    expect(extracted.images).toHaveLength(0);
  });

  it('spills long content onto further pages, each numbered', async () => {
    const long = {
      ...english,
      paragraphs: Array.from(
        { length: 12 },
        (_, index) =>
          `Paragraph ${index + 1}. We will need to reach the boiler, the gas meter and every radiator, so please clear a path to them before we arrive.`,
      ),
    };
    const extracted = await extract(await renderLetter(long, 'large_print'));
    const pages = extracted.pages.length;
    expect(pages).toBeGreaterThanOrEqual(2);
    extracted.pages.forEach((page, index) => {
      expect(page.text).toContain(`Page ${index + 1} of ${pages}`);
    });
    const text = allText(extracted);
    expect(text).toContain('Paragraph 12.');
    expect(text).toContain('18001 0800 000 0000');
  });

  it('breaks a link wider than the page between characters', async () => {
    const longLink = `https://doorstep.example/b/${'x'.repeat(120)}`;
    const extracted = await extract(
      await renderLetter({ ...english, link: longLink }, 'large_print'),
    );
    expect(allText(extracted).replace(/\n/g, '')).toContain(longLink);
  });

  it('renders a hostile name as plain text without control characters', async () => {
    const hostile = {
      ...english,
      recipient: { ...english.recipient, name: 'Jane\r\n<script>alert(1)</script>\u202E Smith' },
    };
    const text = allText(await extract(await renderLetter(hostile, 'standard')));
    expect(text).toContain('Jane <script>alert(1)</script> Smith');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point.
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202A-\u202E\u2066-\u2069]/);
  });

  it('extracts Polish and Ukrainian text as written', async () => {
    const polish = {
      ...english,
      language: 'pl',
      title: 'Przegląd instalacji gazowej',
      paragraphs: ['Zażółć gęślą jaźń: odwiedzimy Państwa mieszkanie.'],
      facts: [{ label: 'Numer referencyjny', value: 'GAS-2026-000123' }],
    };
    const polishExtracted = await extract(await renderLetter(polish, 'large_print'));
    expect(allText(polishExtracted)).toContain('Przegląd instalacji gazowej');
    expect(allText(polishExtracted)).toContain('Zażółć gęślą jaźń: odwiedzimy Państwa mieszkanie.');
    expect(allText(polishExtracted)).toContain('Strona 1 z 1');
    expect(polishExtracted.info.Language).toBe('pl');

    const ukrainian = {
      ...english,
      language: 'uk',
      title: 'Перевірка газового обладнання',
      paragraphs: ['Ми відвідаємо ваше помешкання. Її ґанок і їжак — усе гаразд.'],
      facts: [{ label: 'Номер', value: 'GAS-2026-000123' }],
    };
    const text = allText(await extract(await renderLetter(ukrainian, 'standard')));
    expect(text).toContain('Перевірка газового обладнання');
    expect(text).toContain('Ми відвідаємо ваше помешкання. Її ґанок і їжак — усе гаразд.');
  });

  it.each([
    ['ar', 'فحص سلامة الغاز', 'سنزور منزلك لفحص غلاية الغاز. اتصل بنا على 0800 000 0000 (مجاناً).'],
    ['ur', 'گیس کی حفاظت کی جانچ', 'ہم آپ کے گھر آئیں گے۔ ہمیں 0800 000 0000 پر فون کریں۔'],
  ])(
    'renders a right-to-left %s letter with its language set',
    async (language, title, paragraph) => {
      const letter: LetterContent = {
        ...english,
        language,
        direction: 'rtl',
        title,
        paragraphs: [paragraph],
        facts: [
          { label: 'المرجع', value: 'GAS-2026-000123' },
          { label: 'الهاتف', value: '0800 000 0000' },
        ],
      };
      for (const format of ['standard', 'large_print'] as const) {
        const extracted = await extract(await renderLetter(letter, format));
        expect(extracted.info.Language).toBe(language);
        expect(extracted.info.Title).toBe(title);
        const text = allText(extracted);
        // Latin and digits inside a right-to-left letter stay in reading order.
        expect(text).toContain('GAS-2026-000123');
        expect(text).toContain('0800 000 0000');
        expect(text).toContain(LINK);
      }
    },
  );
});
