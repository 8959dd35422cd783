/**
 * The panels of the Allocate page, in tab order. Another allocator (e.g. the learned allocator
 * of issue 13) joins the page with one entry here.
 */
import type { ComponentType } from 'react';
import { OptimizerPanel } from './OptimizerPanel';
import { LearnedAllocatorPanel } from './learn/LearnedAllocatorPanel';

export interface AllocatePanelDefinition {
  id: string;
  title: string;
  /** One line under the tab bar. */
  description: string;
  component: ComponentType;
}

export const allocatePanels: AllocatePanelDefinition[] = [
  { id: 'optimizers', title: 'Optimizers & walk-forward', description: 'Classical weights, margin-feasible Kelly, correlation, efficient frontier and walk-forward evaluation', component: OptimizerPanel },
  { id: 'learn', title: 'Learned allocator', description: 'A walk-forward model of daily weights between legs, accepted only if it beats the baselines out of sample', component: LearnedAllocatorPanel },
];
