// Node taints and pod tolerations, validated as the API server words it: known effects; a
// toleration with no key must use Exists; Exists takes no value; tolerationSeconds only with NoExecute.
import { asArray, asString, isObj, type Obj } from '../objects';
import type { FieldError } from '../status';
import { invalidValue, notSupported } from './fieldErrors';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const OPERATORS = ['Equal', 'Exists'];

export function nodeTaintErrors(node: Obj): FieldError[] {
  const spec = isObj(node.spec) ? node.spec : {};
  return asArray(spec.taints)
    .filter(isObj)
    .flatMap((taint, i) =>
      taint.effect !== undefined && !EFFECTS.includes(asString(taint.effect) ?? '')
        ? [notSupported(`spec.taints[${i}].effect`, taint.effect, EFFECTS)]
        : [],
    );
}

export function tolerationErrors(path: string, tolerations: unknown): FieldError[] {
  const errors: FieldError[] = [];
  for (const [i, toleration] of asArray(tolerations).entries()) {
    if (!isObj(toleration)) continue;
    const at = `${path}[${i}]`;
    const operator = asString(toleration.operator) ?? '';
    const effect = asString(toleration.effect) ?? '';
    if ((asString(toleration.key) ?? '') === '' && operator !== 'Exists') {
      errors.push(
        invalidValue(
          `${at}.operator`,
          operator,
          'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        ),
      );
    }
    if (toleration.tolerationSeconds !== undefined && toleration.tolerationSeconds !== null && effect !== 'NoExecute') {
      errors.push(invalidValue(`${at}.effect`, effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (operator === 'Exists' && (asString(toleration.value) ?? '') !== '') {
      errors.push(invalidValue(`${at}.operator`, toleration.value, "value must be empty when `operator` is 'Exists'"));
    } else if (operator !== '' && !OPERATORS.includes(operator)) {
      errors.push(notSupported(`${at}.operator`, operator, OPERATORS));
    }
    if (effect !== '' && !EFFECTS.includes(effect)) errors.push(notSupported(`${at}.effect`, effect, EFFECTS));
  }
  return errors;
}
