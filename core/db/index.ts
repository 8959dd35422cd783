/**
 * core/db: the workspace database on sql.js. The sql.js module is injected (`SqlJsStatic`);
 * this folder never locates the wasm and imports nothing from Node or the DOM.
 */
export { APP_ID, CURRENT_SCHEMA_VERSION, MIGRATIONS } from './schema';
export { migrate, schemaVersion } from './migrate';
export { createWorkspace, openWorkspaceBytes } from './workspace-file';
export type { OpenFailureCode, OpenOptions, OpenResult } from './workspace-file';
export { describeSchema, schemaProblem, triggerOrViewProblem } from './schema-check';
export { contentProblem } from './content-check';
export { commitParsedImport, importKind } from './import-commit';
export type { CommitOptions, CommitResult, CommittableImport, ImportKind } from './import-commit';
export { queryDaily, queryReporting, queryTrades } from './queries';
export { queryBets } from './queries';
export { listImports, workspaceFingerprint, workspaceSummary } from './summary';
export type { ImportRecord, WorkspaceSummary } from './summary';
export { fingerprintOf, sha256Hex } from './fingerprint';
export { SETTINGS_RECORD_VERSION, carrySettingsOver, getSetting, setSetting, settingKey } from './settings';
export type { SettingRecord } from './settings';
export { getMapping, saveMapping } from './mappings';
export { getBetMapping, saveBetMapping } from './mappings';
export { deleteScenario, listAllocatorRuns, listScenarios, saveAllocatorRun, saveScenario } from './scenarios';
export type { AllocatorRun, SavedScenario, ScenarioKind } from './scenarios';
export { inTransaction } from './transaction';
export { estimatedImportBytes, reopenWithSpace, withSpaceFor } from './file-space';
export { listBetRuns, saveBetRun } from './scenarios';
export type { BetRun } from './scenarios';
