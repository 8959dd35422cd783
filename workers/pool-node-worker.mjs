// Bootstrap of a Node compute worker: registers tsx so the TypeScript entry can be imported.
import { register } from 'tsx/esm/api';

register();
await import('./pool-node-entry.ts');
