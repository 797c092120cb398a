import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Noto Sans covers Latin (Polish, Romanian diacritics) and Cyrillic (Ukrainian); Noto Naskh
// Arabic covers Arabic and the extra Urdu letters, with the OpenType tables fontkit needs
// to join them. Both ship as TTF in the Expo Google Fonts packages (OFL-1.1).
const FILES = {
  sans: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  sansBold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  arabic: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
  arabicBold: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
} as const;

export type FontName = keyof typeof FILES;

let loaded: Record<FontName, Uint8Array> | undefined;

/** The font files, read once per process: every letter embeds a subset of them. */
export function fontFiles(): Record<FontName, Uint8Array> {
  loaded ??= {
    sans: readFileSync(require.resolve(FILES.sans)),
    sansBold: readFileSync(require.resolve(FILES.sansBold)),
    arabic: readFileSync(require.resolve(FILES.arabic)),
    arabicBold: readFileSync(require.resolve(FILES.arabicBold)),
  };
  return loaded;
}

export function fontFor(script: 'latin' | 'arabic', bold: boolean): FontName {
  if (script === 'arabic') return bold ? 'arabicBold' : 'arabic';
  return bold ? 'sansBold' : 'sans';
}
