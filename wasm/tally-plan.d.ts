// Types of tally-plan.mjs, the second module: the whole API of tally.mjs (tally.d.ts) plus plan() and planText().
import type { CreateTallyOptions, TallyPlanner } from './tally.mjs';

export * from './tally.mjs';
export function createTally(options?: CreateTallyOptions): Promise<TallyPlanner>;
export default function createTallyModule(options?: object): Promise<unknown>;
