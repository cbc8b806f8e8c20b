// Public surface of the failure explainer.
export { diagnosePod } from './diagnose';
export { renderDiagnosisMarkdown, renderDiagnosesMarkdown } from './markdown';
export { formatManifestPath, podSpecPathIn } from './manifestPath';
export type { Diagnosis, DiagnosisInput, Language, ManifestTarget, PathSegment, QuickFix, Severity } from './types';
