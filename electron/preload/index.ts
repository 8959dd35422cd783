/**
 * Preload (sandboxed, bundled to one CommonJS file that requires only 'electron'): exposes
 * exactly one object, `window.sizewiseBridge`, through contextBridge.
 *
 * Drag-and-drop needs nothing here: the renderer reads a dropped File's bytes with
 * `File.arrayBuffer()`, so no path (and no `webUtils.getPathForFile`) is involved.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('sizewiseBridge', createBridge(ipcRenderer));
