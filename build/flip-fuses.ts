/**
 * electron-builder's afterPack hook (wired in electron-builder.config.ts): flips the Electron fuses of the
 * packed app before it is signed, so the OS signature then protects them. Why each fuse is set as it is:
 * docs/installable-builds.md.
 */
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { Arch, type AfterPackContext, type LinuxPackager } from 'electron-builder';

/** Set only by the packaging test, whose stand-in Electron has no fuse wire to flip. */
export const STAND_IN_ELECTRON_VARIABLE = 'CONTENT_STUDIO_STAND_IN_ELECTRON';

/** The executable that holds the fuse wire, named as electron-builder names it for each platform. */
export function packedElectronPath(context: AfterPackContext): string {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'linux') return path.join(appOutDir, (packager as LinuxPackager).executableName);
  const productFilename = packager.appInfo.productFilename;
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${productFilename}.exe`);
  return path.join(appOutDir, `${productFilename}.app`);
}

export default async function flipContentStudioFuses(context: AfterPackContext): Promise<void> {
  const electronPath = packedElectronPath(context);
  if (process.env[STAND_IN_ELECTRON_VARIABLE] === '1') {
    skipForStandIn(context, electronPath);
    return;
  }
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  try {
    await flipFuses(electronPath, {
      version: FuseVersion.V1,
      // Flipping breaks the ad-hoc signature Apple Silicon insists on; a real identity re-signs right after this hook.
      resetAdHocDarwinSignature: isMac && (context.arch === Arch.arm64 || context.arch === Arch.universal),
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  } catch (error) {
    throw new Error(
      `Could not flip the Electron fuses in ${electronPath}: ${error instanceof Error ? error.message : String(error)}. ` +
        'The build stops so that no installer ships without them; check that electron-builder unpacked a real Electron there.',
    );
  }
  console.log(`  • Electron fuses flipped in ${electronPath}`);
}

/** A stand-in build may be inspected, never shipped: it is refused for anything but an unpacked folder. */
function skipForStandIn(context: AfterPackContext, electronPath: string): void {
  const installers = context.targets.map((target) => target.name).filter((name) => name !== 'dir');
  if (installers.length > 0) {
    throw new Error(
      `${STAND_IN_ELECTRON_VARIABLE}=1 leaves the Electron fuses unflipped, so it cannot make installers (${installers.join(', ')}). ` +
        'It is for the packaging test only: unset it and build again.',
    );
  }
  console.warn(
    `  ⚠ ${STAND_IN_ELECTRON_VARIABLE}=1: the Electron fuses in ${electronPath} were NOT flipped (a stand-in Electron has none). ` +
      'This folder is for inspecting app.asar only; never ship it.',
  );
}
