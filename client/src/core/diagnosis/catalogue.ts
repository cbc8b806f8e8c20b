// Picks the message catalogue for a language.

import type { Catalogue } from './messages';
import { en } from './messages.en';
import { ko } from './messages.ko';
import type { Language } from './types';

export function catalogueFor(language: Language): Catalogue {
  return language === 'ko' ? ko : en;
}
