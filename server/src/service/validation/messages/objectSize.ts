// Messages of object-too-large (rules/objectSize.ts).
import type { Localized } from './localized';

export interface ObjectSizeMessages {
  /** `owner`: ConfigMap or Secret; sizes in bytes. */
  dataTooLarge(owner: string, size: number, limit: number): string;
  annotationsTooLarge(size: number, limit: number): string;
}

function bytesEn(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}

function mib(n: number): string {
  return `${(n / 1048576).toFixed(2)} MiB`;
}

function kib(n: number): string {
  return `${(n / 1024).toFixed(1)} KiB`;
}

export const objectSizeMessages: Localized<ObjectSizeMessages> = {
  en: {
    dataTooLarge: (owner, size, limit) =>
      `This ${owner} holds ${mib(size)} (${bytesEn(size)}) of data; the API server accepts at most ${bytesEn(limit)} (1 MiB) per ${owner} ("Too long: must have at most ${limit} bytes"). Split it into several ${owner}s, or ship large files another way (in the image, or on a volume).`,
    annotationsTooLarge: (size, limit) =>
      `These annotations total ${kib(size)} (${bytesEn(size)}, keys and values); the API server accepts at most ${bytesEn(limit)} (256 KiB) ("metadata.annotations: Too long"). Move large content out of annotations, for example into a ConfigMap.`,
  },
  ko: {
    dataTooLarge: (owner, size, limit) =>
      `이 ${owner}의 데이터는 ${mib(size)}(${size}바이트)인데, API 서버는 ${owner} 하나에 최대 ${limit}바이트(1 MiB)까지만 받습니다("Too long: must have at most ${limit} bytes"). ${owner} 여러 개로 나누거나, 큰 파일은 이미지나 볼륨 같은 다른 방법으로 전달하세요.`,
    annotationsTooLarge: (size, limit) =>
      `어노테이션의 합계가 키와 값을 합쳐 ${kib(size)}(${size}바이트)인데, API 서버는 최대 ${limit}바이트(256 KiB)까지만 받습니다("metadata.annotations: Too long"). 큰 내용은 어노테이션 대신 ConfigMap 등으로 옮기세요.`,
  },
};
