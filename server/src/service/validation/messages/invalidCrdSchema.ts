// Messages of invalid-crd-schema (rules/invalidCrdSchema.ts), also used for schema files loaded
// through `podwright.schemas` and `podwright check --schemas`.
import type { SchemaProblemKind } from '../../schema/custom/problems';
import type { Localized } from './localized';

export interface InvalidCrdSchemaMessages {
  problem(problem: SchemaProblemKind): string;
  change(value: string): string;
}

export const invalidCrdSchemaMessages: Localized<InvalidCrdSchemaMessages> = {
  en: {
    problem: (p) => {
      switch (p.kind) {
        case 'notASchema':
          return 'This schema is not a map of schema keywords (`type`, `properties`, …), so nothing can be checked against it.';
        case 'badType':
          return `\`type: ${p.value}\` is not an OpenAPI type${p.suggestion !== undefined ? `: did you mean \`${p.suggestion}\`?` : ''} The types are string, integer, number, boolean, object and array; the API server rejects this schema.`;
        case 'rootNotObject':
          return `The top of a custom resource's schema must be \`type: object\`${p.value !== undefined ? `, not \`${p.value}\`` : ''}; the API server rejects this schema.`;
        case 'danglingRef':
          return `\`$ref: ${p.ref}\` points at nothing in this document, so the value there is not checked.`;
        case 'cyclicRef':
          return `\`$ref: ${p.ref}\` leads back to itself without ever describing a value, so the value there is not checked.`;
        case 'refInCrd':
          return `The API server rejects \`$ref\` in a CustomResourceDefinition (\`${p.ref}\`): write the schema inline.`;
        case 'missingSchema':
          return `Version \`${p.version}\` has no \`schema.openAPIV3Schema\`: apiextensions.k8s.io/v1 requires a schema for every version, and its custom resources cannot be checked.`;
        case 'tooDeep':
          return 'This schema contains itself (through YAML aliases) or nests too deeply; the value there is not checked.';
      }
    },
    change: (value) => `Change to \`${value}\``,
  },
  ko: {
    problem: (p) => {
      switch (p.kind) {
        case 'notASchema':
          return '이 스키마는 스키마 키워드(`type`, `properties` 등)로 이루어진 맵이 아니어서 이 스키마로는 아무것도 검사할 수 없습니다.';
        case 'badType':
          return `\`type: ${p.value}\`은(는) OpenAPI 타입이 아닙니다.${p.suggestion !== undefined ? ` \`${p.suggestion}\`을(를) 쓰려던 것인가요?` : ''} 타입은 string, integer, number, boolean, object, array 중 하나여야 하며, API 서버는 이 스키마를 거부합니다.`;
        case 'rootNotObject':
          return `커스텀 리소스 스키마의 최상위는 \`type: object\`여야 합니다${p.value !== undefined ? `(지금은 \`${p.value}\`)` : ''}. API 서버는 이 스키마를 거부합니다.`;
        case 'danglingRef':
          return `\`$ref: ${p.ref}\`이(가) 가리키는 곳이 이 문서에 없어서 그 자리의 값은 검사하지 않습니다.`;
        case 'cyclicRef':
          return `\`$ref: ${p.ref}\`이(가) 값을 정의하지 않은 채 자기 자신으로 되돌아와서 그 자리의 값은 검사하지 않습니다.`;
        case 'refInCrd':
          return `API 서버는 CustomResourceDefinition 안의 \`$ref\`(\`${p.ref}\`)를 거부합니다. 스키마를 그 자리에 직접 쓰세요.`;
        case 'missingSchema':
          return `버전 \`${p.version}\`에 \`schema.openAPIV3Schema\`가 없습니다. apiextensions.k8s.io/v1은 모든 버전에 스키마를 요구하며, 이 버전의 커스텀 리소스는 검사할 수 없습니다.`;
        case 'tooDeep':
          return '이 스키마는 (YAML 별칭을 통해) 자기 자신을 포함하거나 너무 깊게 중첩되어 있어서 그 자리의 값은 검사하지 않습니다.';
      }
    },
    change: (value) => `\`${value}\`(으)로 바꾸기`,
  },
};
