// unavailable-in-version: a field the target Kubernetes version (podwright.kubernetesVersion) does not
// have yet, or no longer has. An older API server drops or rejects it, so the manifest does not do
// what it says; the message names the version that added (or removed) the field.
import { isMap, isPair, isScalar } from 'yaml';
import { fieldAvailableIn, minorOf, shortTypeName } from '../../schema/model';
import type { PathSegment } from '../../schema/resolvePath';
import { unavailableInVersionMessages } from '../messages/unavailableInVersion';
import type { Rule } from '../rule';
import { walkTyped } from '../typedWalk';
import { keyText, structuralContext } from '../yamlText';

export const unavailableInVersionRule: Rule = {
  codes: ['unavailable-in-version'],
  check(raw) {
    const context = structuralContext(raw);
    if (!context) return;
    const { kind, model, document, settings } = context;
    const target = settings.kubernetesVersion;
    if (Number.isNaN(minorOf(target))) return;
    // Paths already reported: the fields inside an unavailable field are not news of their own.
    const reported = new Set<string>();
    const insideReported = (path: readonly PathSegment[]): boolean => {
      for (let length = path.length; length > 0 && reported.size > 0; length--)
        if (reported.has(path.slice(0, length).join('.'))) return true;
      return false;
    };
    walkTyped(model, kind.def.type, document.chunk.yaml.contents, {
      node(visit) {
        if (visit.expected.kind !== 'object' || !isMap(visit.node)) return;
        const typeId = visit.expected.typeId;
        const fields = model.type(typeId)?.fields;
        if (!fields) return;
        for (const item of visit.node.items) {
          if (!isPair(item) || !isScalar(item.key)) continue;
          const name = keyText(item.key.value);
          // Direct lookup: this runs for every key of every document.
          const def = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
          if (!def || fieldAvailableIn(def, target) || insideReported(visit.path)) continue;
          reported.add([...visit.path, name].join('.'));
          const since = def.since;
          const say = unavailableInVersionMessages[settings.language];
          const message =
            since !== undefined && minorOf(target) < minorOf(since)
              ? say.tooNew(name, shortTypeName(typeId), since, target)
              : say.removed(name, shortTypeName(typeId), def.until, target);
          const [start, end] = context.rangeOf(item.key);
          context.report({ code: 'unavailable-in-version', severity: 'warning', start, end, message });
        }
      },
    });
  },
};
