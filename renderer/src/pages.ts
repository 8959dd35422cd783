/**
 * The pages of the app, in sidebar order. Adding a page is one entry here.
 */
import type { ComponentType } from 'react';
import { OverviewPage } from './pages/OverviewPage';

export interface PageDefinition {
  id: string;
  title: string;
  /** One line under the title in the toolbar. */
  description: string;
  component: ComponentType;
}

export const pages: PageDefinition[] = [
  { id: 'overview', title: 'Overview', description: 'Portfolio and per-strategy statistics', component: OverviewPage },
];
