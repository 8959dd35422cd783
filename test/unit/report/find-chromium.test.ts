// Chromium discovery for `sizewise report`: --chromium, then CHROMIUM_PATH, then install paths.
import { describe, expect, it } from 'vitest';
import { findChromium, INSTALL_HINT } from '../../../cli/pdf/find-chromium';

const only = (...present: string[]) => (path: string) => present.includes(path);

describe('findChromium', () => {
  it('prefers --chromium over CHROMIUM_PATH and install paths', () => {
    expect(findChromium({ explicit: '/opt/c', env: { CHROMIUM_PATH: '/env/c' }, platform: 'linux', exists: only('/opt/c', '/env/c', '/usr/bin/chromium') })).toBe('/opt/c');
  });

  it('then CHROMIUM_PATH, then the first install path found', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: '/env/c' }, platform: 'linux', exists: only('/env/c', '/usr/bin/chromium') })).toBe('/env/c');
    expect(findChromium({ env: {}, platform: 'linux', exists: only('/usr/bin/google-chrome') })).toBe('/usr/bin/google-chrome');
    expect(findChromium({ env: {}, platform: 'darwin', exists: only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome') })).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(findChromium({ env: { PROGRAMFILES: 'D:\\Apps' }, platform: 'win32', exists: only('D:\\Apps\\Google\\Chrome\\Application\\chrome.exe') })).toBe(
      'D:\\Apps\\Google\\Chrome\\Application\\chrome.exe',
    );
  });

  it('names a missing explicit browser instead of falling back silently', () => {
    expect(() => findChromium({ explicit: '/nope', env: {}, platform: 'linux', exists: only('/usr/bin/chromium') })).toThrow('--chromium: no browser at /nope');
    expect(() => findChromium({ env: { CHROMIUM_PATH: '/nope' }, platform: 'linux', exists: only('/usr/bin/chromium') })).toThrow('CHROMIUM_PATH: no browser at /nope');
  });

  it('says what to install when nothing is found', () => {
    expect(() => findChromium({ env: {}, platform: 'linux', exists: only() })).toThrow(INSTALL_HINT);
    expect(INSTALL_HINT).toContain('apt-get install -y chromium');
    expect(INSTALL_HINT).not.toContain('\n');
  });
});
