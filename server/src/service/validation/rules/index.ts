// Every rule family, in the order their findings are reported.
import type { Rule } from '../rule';
import { yamlSyntaxRule } from './yamlSyntax';
import { duplicatesRule } from './duplicates';
import { imagesRule } from './images';
import { invalidNameRule } from './invalidName';
import { quantitiesRule } from './quantities';
import { referencesRule } from './references';
import { workloadsRule } from './workloads';

export const allRules: readonly Rule[] = [
  yamlSyntaxRule,
  invalidNameRule,
  imagesRule,
  duplicatesRule,
  referencesRule,
  quantitiesRule,
  workloadsRule,
];
