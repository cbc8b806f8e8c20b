// Diagnostic messages and fix titles exist in every language Podwright explains in; a rule picks
// its family's table by the document's settings (`settings.language`).
import type { Language } from '../../settings';

export type Localized<T> = Readonly<Record<Language, T>>;
