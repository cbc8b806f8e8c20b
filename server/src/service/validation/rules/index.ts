// Every rule family, in the order their findings are reported.
import type { Rule } from '../rule';
import { yamlSyntaxRule } from './yamlSyntax';
import { apiVersionRule } from './apiVersion';
import { unknownKindRule } from './unknownKind';
import { unknownFieldRule } from './unknownField';
import { misplacedFieldRule } from './misplacedField';
import { typeMismatchRule } from './typeMismatch';
import { requiredFieldRule } from './requiredField';
import { invalidEnumRule } from './invalidEnum';
import { outOfRangeRule } from './outOfRange';
import { schemaConstraintsRule } from './schemaConstraints';
import { invalidCrdSchemaRule } from './invalidCrdSchema';
import { unavailableInVersionRule } from './unavailableInVersion';
import { duplicatesRule } from './duplicates';
import { imagesRule } from './images';
import { invalidNameRule } from './invalidName';
import { quantitiesRule } from './quantities';
import { referencesRule } from './references';
import { workloadsRule } from './workloads';
import { labelsRule } from './labels';
import { configDataRule } from './configData';
import { objectSizeRule } from './objectSize';
import { servicesRule } from './services';
import { ingressRule } from './ingress';
import { storageRule } from './storage';
import { cronJobRule } from './cronJob';
import { autoscalingRule } from './autoscaling';
import { disruptionRule } from './disruption';
import { networkPolicyRule } from './networkPolicy';
import { rbacRule } from './rbac';
import { bestPracticesRule } from './bestPractices';

export const allRules: readonly Rule[] = [
  yamlSyntaxRule,
  apiVersionRule,
  unknownKindRule,
  unknownFieldRule,
  misplacedFieldRule,
  typeMismatchRule,
  requiredFieldRule,
  invalidEnumRule,
  outOfRangeRule,
  schemaConstraintsRule,
  unavailableInVersionRule,
  invalidCrdSchemaRule,
  invalidNameRule,
  imagesRule,
  duplicatesRule,
  referencesRule,
  quantitiesRule,
  workloadsRule,
  labelsRule,
  configDataRule,
  objectSizeRule,
  servicesRule,
  ingressRule,
  storageRule,
  cronJobRule,
  autoscalingRule,
  disruptionRule,
  networkPolicyRule,
  rbacRule,
  bestPracticesRule,
];
