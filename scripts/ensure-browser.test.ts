import { describe, expect, it } from 'vitest';

import { type EnsureBrowserHost, ensureBrowser } from './ensure-browser.ts';
import type { BrowserChoice } from './find-browser.ts';

const SYSTEM: BrowserChoice = { path: '/usr/bin/chromium', source: 'system' };

/** A machine that has `before` until an install (allowed or not, working or not) gives it `after`. */
function machine(opts: {
  before?: BrowserChoice;
  after?: BrowserChoice;
  canInstall: boolean;
  installWorks?: boolean;
}) {
  let installed = false;
  const host: EnsureBrowserHost & { installs: number } = {
    installs: 0,
    find: () => (installed ? opts.after : opts.before),
    canInstall: () => opts.canInstall,
    install: () => {
      host.installs++;
      installed = opts.installWorks ?? true;
      return installed;
    },
    fixCommand: () => 'apt-get install -y chromium',
    version: () => 'Chromium 1.0',
    env: {},
    log: () => {},
  };
  return host;
}

describe('ensureBrowser', () => {
  it('uses a browser that is already there, installs nothing and exports its path', () => {
    const host = machine({ before: SYSTEM, canInstall: true });
    expect(ensureBrowser(host)).toEqual(SYSTEM);
    expect(host.installs).toBe(0);
    expect(host.env.CHROMIUM_PATH).toBe(SYSTEM.path);
  });

  it('installs one when it may, then uses it', () => {
    const host = machine({ after: SYSTEM, canInstall: true });
    expect(ensureBrowser(host)).toEqual(SYSTEM);
    expect(host.installs).toBe(1);
  });

  it('stops with the fix command when it may not install', () => {
    const host = machine({ after: SYSTEM, canInstall: false });
    expect(() => ensureBrowser(host)).toThrow('Fix it with:\n\n  apt-get install -y chromium');
    expect(host.installs).toBe(0);
  });

  it('stops with the fix command when the install fails', () => {
    const host = machine({ after: SYSTEM, canInstall: true, installWorks: false });
    expect(() => ensureBrowser(host)).toThrow('apt-get install -y chromium');
    expect(host.env.CHROMIUM_PATH).toBeUndefined();
  });
});
