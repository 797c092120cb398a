import { ar } from './languages/ar';
import { en } from './languages/en';
import { pl } from './languages/pl';
import { ro } from './languages/ro';
import { uk } from './languages/uk';
import { ur } from './languages/ur';
import type { TemplateCatalogue } from './template-file';

export const defaultCatalogue: TemplateCatalogue = { en, pl, ro, ar, uk, ur };

export const templateLanguages: readonly string[] = Object.freeze(Object.keys(defaultCatalogue));
