const PLACEHOLDER = /\{\{([a-zA-Z]+)\}\}/g;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Where a template string came from, so a broken one can be found and fixed. */
export interface TemplateSource {
  language: string;
  key: string;
}

export type Values = Readonly<Record<string, string | undefined>>;

export interface Encoding {
  literal: (s: string) => string;
  value: (name: string, v: string) => string;
}

/** Plain text: values are already cleaned by plainText(), so nothing more to encode. */
export const asText: Encoding = { literal: (s) => s, value: (_name, v) => v };

/**
 * Fills every `{{name}}` in one pass, so a value that itself contains `{{…}}` is never
 * expanded. Throws rather than returning a half-filled message: a notice with a gap in
 * it is worse than one that fails loudly and is raised to staff.
 */
export function fill(
  template: string,
  values: Values,
  source: TemplateSource,
  encode: Encoding,
): string {
  const stray = template.replace(PLACEHOLDER, '');
  if (stray.includes('{{') || stray.includes('}}')) {
    throw new TemplateError(
      `Template ${source.language}.${source.key} has a malformed placeholder: ${JSON.stringify(template)}`,
    );
  }
  let out = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    const value = values[name];
    if (value === undefined) {
      throw new TemplateError(
        `Template ${source.language}.${source.key} uses {{${name}}}, which has no value for this notice`,
      );
    }
    out += encode.literal(template.slice(last, match.index)) + encode.value(name, value);
    last = match.index + match[0].length;
  }
  return out + encode.literal(template.slice(last));
}
