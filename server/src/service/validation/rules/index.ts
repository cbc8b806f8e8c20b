// Every rule family, in the order their findings are reported.
import type { Rule } from '../rule';
import { yamlSyntaxRule } from './yamlSyntax';

export const allRules: readonly Rule[] = [yamlSyntaxRule];
