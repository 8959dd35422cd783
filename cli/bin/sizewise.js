#!/usr/bin/env node
// Launcher for the `sizewise` command: runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../main.ts');
