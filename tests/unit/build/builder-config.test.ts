/**
 * The electron-builder configuration `npm run dist` uses: the installers it makes, what it lets into the app,
 * the fuse hook, and the files it takes from build/. Where these go wrong, the failure shows only on a
 * release machine; here it shows in CI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config.js';
import flipContentStudioFuses from '../../../build/flip-fuses.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(path.join(root, file));
  expect(png.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the electron-builder configuration', () => {
  it('names the app and makes AppImage and deb on Linux, a dmg on macOS and an NSIS installer on Windows', () => {
    expect(config.appId).toBe('com.contentstudio.desktop');
    expect(config.productName).toBe('Content Studio');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.directories?.output).toBe('release');
  });

  it('packs the built app into an asar, with native binaries unpacked, and publishes nowhere', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.publish).toBeNull();
    expect(config.npmRebuild).toBe(false);
  });

  it('takes only the built app, its package.json and the packages main.cjs loads at run time', () => {
    expect(config.files).toEqual([
      'package.json',
      'dist/electron/**/*',
      'dist/renderer/**/*',
      '!node_modules/!(libsql|@libsql|@neon-rs|detect-libc){,/**/*}',
      '!**/*.map',
    ]);
  });

  it('flips the fuses after packing, with the hook in build/flip-fuses.ts', () => {
    expect(config.afterPack).toBe(flipContentStudioFuses);
    expect(config.electronFuses).toBeUndefined();
  });

  it('signs macOS builds with the hardened runtime and only the JIT entitlement', () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlements).toBe('build/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe('build/entitlements.mac.plist');
    const plist = readFileSync(path.join(root, 'build/entitlements.mac.plist'), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('has an icon for every platform: a 1024 px PNG for macOS and Windows, and each Linux size', () => {
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(config.win?.icon).toBe('build/icon.png');
    expect(pngSize('build/icon.png')).toEqual({ width: 1024, height: 1024 });
    expect(config.linux?.icon).toBe('build/icons');
    const sizes = readdirSync(path.join(root, 'build/icons')).map((name) => Number(/^(\d+)x\1\.png$/.exec(name)?.[1]));
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
    for (const size of sizes) expect(pngSize(`build/icons/${size}x${size}.png`)).toEqual({ width: size, height: size });
    expect(config.linux?.extraResources).toEqual([{ from: 'build/icons/256x256.png', to: 'icon.png' }]);
    expect(existsSync(path.join(root, 'build/icon.svg'))).toBe(true);
  });

  it('keeps drafts when the Windows app is uninstalled', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });
});
