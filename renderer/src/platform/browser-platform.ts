/**
 * The Platform for plain Chromium (end-to-end tests, `npm run preview:web`): files are
 * picked with a hidden <input type=file>, saved through download links, recent workspaces
 * and the recovery copy live in IndexedDB, and menu commands come from keyboard shortcuts
 * (the app's own toolbar calls the same handlers).
 */
import type { MenuCommand, OpenedFile, Platform, RecentFile } from './platform';
import { deleteBytes, forgetRecent, getBytes, putBytes, readRecentList, rememberRecent } from './browser-store';

const RECOVERY_KEY = 'recovery';
const WORKSPACE_EXTENSION = '.sizewise';

function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.hidden = true;
    input.dataset.testid = 'platform-file-input';
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

/** Ctrl/Cmd shortcuts of the File menu. */
function shortcutCommand(event: KeyboardEvent): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  switch (event.key.toLowerCase()) {
    case 'n':
      return 'new';
    case 'o':
      return 'open';
    case 's':
      return event.shiftKey ? 'save-as' : 'save';
    case 'i':
      return 'import';
    default:
      return null;
  }
}

function newToken(): string {
  return `browser:${crypto.randomUUID()}`;
}

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',

    async openFiles(purpose) {
      const files = purpose === 'import' ? await pickFiles('.csv,.txt,text/csv', true) : await pickFiles(`${WORKSPACE_EXTENSION},application/octet-stream`, false);
      const opened: OpenedFile[] = [];
      for (const file of files) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const token = newToken();
        if (purpose === 'workspace') {
          await putBytes(token, bytes);
          for (const dropped of rememberRecent({ name: file.name, token })) await deleteBytes(dropped);
        }
        opened.push({ name: file.name, bytes, token });
      }
      return opened;
    },

    async openRecent(token) {
      const entry = readRecentList().find((item) => item.token === token);
      const bytes = entry ? await getBytes(token) : null;
      if (!entry || !bytes) {
        forgetRecent(token);
        return null;
      }
      rememberRecent(entry);
      return { name: entry.name, bytes, token };
    },

    async listRecent(): Promise<RecentFile[]> {
      return readRecentList();
    },

    async saveWorkspace(bytes, options) {
      const name = withExtension(options.suggestedName, WORKSPACE_EXTENSION);
      const token = options.token && !options.saveAs ? options.token : newToken();
      download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }), name);
      await putBytes(token, bytes);
      for (const dropped of rememberRecent({ name, token })) await deleteBytes(dropped);
      return { name, token };
    },

    async writeRecovery(bytes) {
      await putBytes(RECOVERY_KEY, bytes);
    },

    async readRecovery() {
      return getBytes(RECOVERY_KEY);
    },

    async clearRecovery() {
      await deleteBytes(RECOVERY_KEY);
    },

    // The report prints its own footer from CSS (page N of M); the browser never says whether the
    // user saved a file or cancelled the dialog, so the result is unconfirmed.
    async exportPdf(options) {
      window.print();
      return { name: withExtension(options.suggestedName, '.pdf'), unconfirmed: true };
    },

    async saveText(text, options) {
      const extension = options.extensions[0] ? `.${options.extensions[0]}` : '';
      const name = withExtension(options.suggestedName, extension);
      download(new Blob([text], { type: 'text/plain;charset=utf-8' }), name);
      return { name };
    },

    setTitle(title, dirty) {
      document.title = dirty ? `• ${title}` : title;
    },

    onMenuCommand(listener) {
      const onKeyDown = (event: KeyboardEvent) => {
        const command = shortcutCommand(event);
        if (!command) return;
        event.preventDefault();
        listener(command);
      };
      window.addEventListener('keydown', onKeyDown);
      return () => window.removeEventListener('keydown', onKeyDown);
    },
  };
}
