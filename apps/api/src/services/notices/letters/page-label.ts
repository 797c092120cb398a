// The letter contract carries no page label, so the few words the renderer adds itself live
// here. Like the notice templates, the non-English ones need review by a qualified translator.
const PAGE_LABELS: Record<string, (page: number, pages: number) => string> = {
  en: (page, pages) => `Page ${page} of ${pages}`,
  pl: (page, pages) => `Strona ${page} z ${pages}`,
  ro: (page, pages) => `Pagina ${page} din ${pages}`,
  uk: (page, pages) => `Сторінка ${page} з ${pages}`,
  ar: (page, pages) => `صفحة ${page} من ${pages}`,
  ur: (page, pages) => `صفحہ ${page} از ${pages}`,
};

export function pageLabel(language: string, page: number, pages: number): string {
  const primary = language.split('-')[0]?.toLowerCase() ?? 'en';
  const label = PAGE_LABELS[primary] ?? PAGE_LABELS.en;
  return label ? label(page, pages) : `${page} / ${pages}`;
}
