/**
 * How `npm run dist` packages Content Studio (electron-builder). What goes into the app, and why, is
 * explained in docs/installable-builds.md; tests/unit/build/ checks this file and the app.asar it produces.
 */
import type { Configuration } from 'electron-builder';
import flipContentStudioFuses from './build/flip-fuses.js';

/**
 * The only packages main.cjs still loads from node_modules: libsql, its platform packages (@libsql/*) and its
 * own dependencies. esbuild bundles everything else, and leaves libsql out because it loads a native binary
 * (build/build-steps.ts); the rest of package.json's dependencies are already inside dist/.
 */
const runtimePackages = ['libsql', '@libsql', '@neon-rs', 'detect-libc'] as const;

const config: Configuration = {
  appId: 'com.contentstudio.desktop',
  productName: 'Content Studio',
  copyright: 'Copyright © the Content Studio authors',
  directories: { output: 'release', buildResources: 'build' },
  // dist/web is browser mode's bridge to a local server; the installed app talks to its core over IPC instead.
  files: [
    'package.json',
    'dist/electron/**/*',
    'dist/renderer/**/*',
    // electron-builder applies only exclusions to node_modules, so the allow-list is written as "all but these".
    `!node_modules/!(${runtimePackages.join('|')}){,/**/*}`,
    '!**/*.map',
  ],
  asar: true,
  // Native code cannot be loaded from inside an archive.
  asarUnpack: ['**/*.node'],
  // libsql ships prebuilt Node-API binaries, which load in Electron as they are: nothing to compile against its headers.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // No update feed exists yet; docs/installable-builds.md says how electron-updater would be wired to one.
  publish: null,
  afterPack: flipContentStudioFuses,
  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'content-studio',
    icon: 'build/icons',
    category: 'Office',
    synopsis: 'Draft articles offline and publish them to Firstup',
    // A .deb must name its maintainer and package.json has no author yet: "Name <email>" belongs here before release.
    maintainer: 'The Content Studio team',
    // For the window icon: an AppImage that was never integrated into the desktop has no .desktop file to take it from.
    extraResources: [{ from: 'build/icons/256x256.png', to: 'icon.png' }],
  },
  mac: {
    target: ['dmg'],
    icon: 'build/icon.png',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Drafts not yet published live in the data folder: uninstalling must never take them.
    deleteAppDataOnUninstall: false,
  },
};

export default config;
