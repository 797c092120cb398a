import type PDFDocument from 'pdfkit';
import { hasArabic, mirrored, type Run, reversed, visualRuns } from './bidi-runs.js';
import { fontFor } from './fonts.js';
import type { LetterStyle } from './styles.js';

type Doc = InstanceType<typeof PDFDocument>;
type Direction = 'ltr' | 'rtl' | 'auto';

export interface TextOptions {
  size: number;
  bold?: boolean;
  /** Base direction for bidi; defaults to the letter's. Alignment always follows the letter. */
  direction?: Direction;
  gapAfter?: number;
}

/**
 * Lays text out line by line on A4 pages: wraps by measured width, aligns to the start side
 * of the letter's direction and starts a new page when the next block would not fit.
 * Positions are kept here rather than in pdfkit's own wrapper because that wrapper has no
 * bidi reordering and would put right-to-left words in the wrong order.
 */
export class PageWriter {
  private y: number;
  private readonly left: number;
  private readonly right: number;
  private readonly bottom: number;

  constructor(
    private readonly doc: Doc,
    private readonly style: LetterStyle,
    private readonly direction: 'ltr' | 'rtl',
  ) {
    this.left = style.margin;
    this.right = doc.page.width - style.margin;
    // The last lines of every page are kept free for the page number.
    this.bottom = doc.page.height - style.margin - style.bodySize * style.lineHeight * 1.5;
    this.y = style.margin;
  }

  get width(): number {
    return this.right - this.left;
  }

  /** Starts a new page unless `height` still fits on this one. */
  keepTogether(height: number): void {
    if (this.y + height > this.bottom && this.y > this.style.margin) {
      this.doc.addPage();
      this.y = this.style.margin;
    }
  }

  space(points: number): void {
    this.y += points;
  }

  text(value: string, options: TextOptions): void {
    const direction = options.direction ?? this.direction;
    const lineHeight = options.size * this.style.lineHeight;
    for (const line of this.wrap(value, options, direction)) {
      this.keepTogether(lineHeight);
      this.drawLine(line, this.y + options.size, options, direction);
      this.y += lineHeight;
    }
    this.y += options.gapAfter ?? 0;
  }

  /** Draws a square image at the start side; returns nothing because the cursor moves past it. */
  image(data: Buffer, size: number): void {
    this.keepTogether(size);
    const x = this.direction === 'rtl' ? this.right - size : this.left;
    this.doc.image(data, x, this.y, { width: size, height: size });
    this.y += size;
  }

  /** One line outside the flow, e.g. the page number in the bottom margin. */
  footer(value: string, size: number): void {
    const baseline = this.doc.page.height - this.style.margin;
    this.drawLine(value, baseline, { size }, this.direction);
  }

  private wrap(value: string, options: TextOptions, direction: Direction): string[] {
    const lines: string[] = [];
    let current = '';
    for (const word of value.split(' ').filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (this.measure(candidate, options, direction) <= this.width) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = word;
      // A word wider than the page (a long link) is broken between characters.
      while (this.measure(current, options, direction) > this.width) {
        const [head, tail] = this.splitToFit(current, options, direction);
        lines.push(head);
        current = tail;
      }
    }
    if (current) lines.push(current);
    return lines;
  }

  private splitToFit(word: string, options: TextOptions, direction: Direction): [string, string] {
    const chars = Array.from(word);
    let low = 1;
    let high = chars.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.measure(chars.slice(0, middle).join(''), options, direction) <= this.width) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return [chars.slice(0, low).join(''), chars.slice(low).join('')];
  }

  private measure(line: string, options: TextOptions, direction: Direction): number {
    let width = 0;
    for (const run of visualRuns(line, direction)) width += this.runWidth(run, options);
    return width;
  }

  private drawLine(line: string, baseline: number, options: TextOptions, direction: Direction) {
    const runs = visualRuns(line, direction).map((run) => ({
      run,
      width: this.runWidth(run, options),
    }));
    const total = runs.reduce((sum, { width }) => sum + width, 0);
    // Alignment follows the letter, even for a left-to-right line such as a link.
    let x = this.direction === 'rtl' ? this.right - total : this.left;
    for (const { run, width } of runs) {
      this.select(run, options);
      const { text, features } = this.shapingInput(run);
      this.doc.fillColor('black').text(text, x, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        features,
      });
      x += width;
    }
  }

  private runWidth(run: Run, options: TextOptions): number {
    this.select(run, options);
    const { text, features } = this.shapingInput(run);
    return this.doc.widthOfString(text, { features });
  }

  private select(run: Run, options: TextOptions): void {
    this.doc.font(fontFor(run.script, options.bold ?? false)).fontSize(options.size);
  }

  // fontkit picks the direction from the script: any run with Arabic-script characters is
  // shaped and then reversed, anything else is left to right. The input is arranged so the
  // glyphs come out in visual order either way. pdfkit lays text out word by word unless
  // features are given, which would reverse each Arabic word on its own and keep the words
  // in left-to-right order; an explicit (empty) feature list makes fontkit take the whole
  // run at once, and the script's default features (joining forms, ligatures) still apply.
  private shapingInput(run: Run): { text: string; features?: [] } {
    const arabic = hasArabic(run.text);
    if (run.rtl) {
      const text = mirrored(run.text);
      return arabic ? { text, features: [] } : { text: reversed(text) };
    }
    // Left-to-right Arabic-script characters are digits (٠١٢, Urdu ۰۱۲): reversed here
    // so that fontkit's reversal puts them back in reading order.
    return arabic ? { text: reversed(run.text), features: [] } : { text: run.text };
  }
}
