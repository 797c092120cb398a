import { en } from './languages/en';
import { pl } from './languages/pl';
import type { TemplateCatalogue } from './template-file';

export const defaultCatalogue: TemplateCatalogue = { en, pl };

export const templateLanguages: readonly string[] = Object.freeze(Object.keys(defaultCatalogue));
