/**
 * The afterPack hook: which binary it flips and the exact fuse settings it asks @electron/fuses for. There is
 * no Electron binary here to flip for real, so @electron/fuses is mocked and the calls it gets are the test.
 */
import type * as fuses from '@electron/fuses';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';
import { afterEach, describe, expect, it, vi } from 'vitest';
import flipContentStudioFuses from '../../../build/flip-fuses.js';

vi.mock('@electron/fuses', async (importOriginal) => ({ ...(await importOriginal<typeof fuses>()), flipFuses: vi.fn() }));

const hardened = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

function packContext(electronPlatformName: string, arch: Arch, targets: string[] = []): AfterPackContext {
  return {
    appOutDir: '/release/unpacked',
    outDir: '/release',
    electronPlatformName,
    arch,
    targets: targets.map((name) => ({ name })),
    packager: { appInfo: { productFilename: 'Content Studio' }, executableName: 'content-studio' },
  } as unknown as AfterPackContext;
}

afterEach(() => {
  vi.mocked(flipFuses).mockReset();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the fuse hook', () => {
  it('flips every fuse we set on the Linux executable', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await flipContentStudioFuses(packContext('linux', Arch.x64, ['AppImage', 'deb']));
    expect(vi.mocked(flipFuses).mock.calls).toStrictEqual([
      ['/release/unpacked/content-studio', { version: FuseVersion.V1, resetAdHocDarwinSignature: false, ...hardened }],
    ]);
  });

  it('flips the Windows .exe', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await flipContentStudioFuses(packContext('win32', Arch.x64, ['nsis']));
    expect(vi.mocked(flipFuses).mock.calls).toStrictEqual([
      ['/release/unpacked/Content Studio.exe', { version: FuseVersion.V1, resetAdHocDarwinSignature: false, ...hardened }],
    ]);
  });

  it('flips the macOS .app and restores its ad-hoc signature on Apple Silicon only', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await flipContentStudioFuses(packContext('darwin', Arch.arm64, ['dmg']));
    await flipContentStudioFuses(packContext('darwin', Arch.x64, ['dmg']));
    expect(vi.mocked(flipFuses).mock.calls).toStrictEqual([
      ['/release/unpacked/Content Studio.app', { version: FuseVersion.V1, resetAdHocDarwinSignature: true, ...hardened }],
      ['/release/unpacked/Content Studio.app', { version: FuseVersion.V1, resetAdHocDarwinSignature: false, ...hardened }],
    ]);
  });

  it('fails the build, naming the binary, when the fuses cannot be flipped', async () => {
    vi.mocked(flipFuses).mockRejectedValue(new Error('Could not find sentinel in the provided Electron binary'));
    await expect(flipContentStudioFuses(packContext('linux', Arch.x64, ['AppImage']))).rejects.toThrow(
      /^Could not flip the Electron fuses in \/release\/unpacked\/content-studio: Could not find sentinel .*no installer ships without them/,
    );
  });

  it('skips the flip, with a warning, only for an unpacked folder made with the stand-in Electron', async () => {
    vi.stubEnv('CONTENT_STUDIO_STAND_IN_ELECTRON', '1');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await flipContentStudioFuses(packContext('linux', Arch.x64));
    expect(flipFuses).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/fuses in \/release\/unpacked\/content-studio were NOT flipped.*never ship it/));
  });

  it('refuses to make installers with the stand-in Electron', async () => {
    vi.stubEnv('CONTENT_STUDIO_STAND_IN_ELECTRON', '1');
    await expect(flipContentStudioFuses(packContext('linux', Arch.x64, ['AppImage', 'deb']))).rejects.toThrow(
      'CONTENT_STUDIO_STAND_IN_ELECTRON=1 leaves the Electron fuses unflipped, so it cannot make installers (AppImage, deb).',
    );
    expect(flipFuses).not.toHaveBeenCalled();
  });

  it('does not skip for any other value of the variable', async () => {
    vi.stubEnv('CONTENT_STUDIO_STAND_IN_ELECTRON', 'true');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await flipContentStudioFuses(packContext('linux', Arch.x64));
    expect(flipFuses).toHaveBeenCalledOnce();
  });
});
