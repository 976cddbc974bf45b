// The library entry point: re-exports only.
export { analyze, type AnalyzeOptions, type AnalyzeResult } from './library/analyze.js';
export { addInputs, type AddOptions, type AddReport, type Progress } from './library/add-inputs.js';
export { buildDossier, type DossierOptions } from './dossier/build.js';
export { renderMarkdown } from './dossier/markdown.js';
export { renderHtml } from './dossier/html.js';
export { openSqliteStore } from './store/sqlite/sqlite-store.js';
export { StoreError, type Store, type StoredStatus } from './store/store.js';
export { buildArticle } from './ingest/build-article.js';
export { analyseArticle, articleStages, checkPipeline, pipelineVersion } from './pipeline/pipeline.js';
export type { AnyStage, Stage, StageContext } from './pipeline/stage.js';
export type { Article } from './model/article.js';
export type { Annotation, Span } from './model/annotation.js';
export type { AnalysedDocument } from './model/document.js';
export type { LayerName, LayerTypes, Layers } from './model/layers.js';
export type { LanguagePack } from './lang/types.js';
export * from './contract/dossier.js';
