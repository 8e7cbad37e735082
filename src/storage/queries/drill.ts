// The restore drill (恢复演练) for the UI: start one with a verified archive, see whether one is
// running, end it. The drill's own database stays inside storage (src/storage/drill.ts).
export { activeDrill, endDrill, startDrill, type DrillInfo, type StartDrillResult } from '../drill';
