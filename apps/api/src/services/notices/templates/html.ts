import { type Encoding, fill, type TemplateSource, type Values } from './fill';
import { escapeHtml } from './plain-text';

export interface Line {
  template: string;
  source: TemplateSource;
}

/**
 * Every inserted value sits in its own <bdi>, so a name or a Latin reference inside an
 * Arabic or Urdu sentence keeps its own direction without reordering the words around it.
 */
function htmlValue(name: string, value: string): string {
  const escaped = escapeHtml(value);
  if (name === 'link') return `<bdi><a href="${escaped}">${escaped}</a></bdi>`;
  return `<bdi>${escaped}</bdi>`;
}

const htmlEncoding: Encoding = { literal: escapeHtml, value: htmlValue };

interface HtmlNotice {
  language: string;
  direction: 'ltr' | 'rtl';
  subject: string;
  title: string;
  lines: Line[];
  /** `name` is the value's placeholder name, so the link row can be a link. */
  facts: { name: string; label: string; value: string }[];
  signOff: Line;
  values: Values;
}

/**
 * A whole document with inline styles only: mail clients strip <style> blocks and
 * external resources, and a notice must read the same with images and scripts off.
 */
export function htmlDocument(notice: HtmlNotice): string {
  const paragraph = (l: Line) =>
    `<p style="margin:0 0 16px">${fill(l.template, notice.values, l.source, htmlEncoding)}</p>`;
  const rows = notice.facts
    .map(
      (f) =>
        `<tr><th scope="row" style="text-align:start;vertical-align:top;padding:4px 16px 4px 0">${escapeHtml(f.label)}</th>` +
        `<td style="padding:4px 0">${htmlValue(f.name, f.value)}</td></tr>`,
    )
    .join('');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(notice.language)}" dir="${notice.direction}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(notice.subject)}</title></head>`,
    '<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;background:#ffffff">',
    `<h1 style="font-size:24px;margin:0 0 16px">${escapeHtml(notice.title)}</h1>`,
    ...notice.lines.map(paragraph),
    `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${rows}</table>`,
    paragraph(notice.signOff),
    '</body></html>',
  ].join('\n');
}
