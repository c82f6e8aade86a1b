/** Browser mode: hiding or leaving the page saves what is typed, and leaving with unsaved text asks first. */
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { registerFlush } from '../../../renderer/drafts/flush-registry.js';
import { useFlushOnPageHide } from '../../../renderer/drafts/use-flush-on-page-hide.js';

function Host() {
  useFlushOnPageHide();
  return null;
}

afterEach(cleanup);

function hidePage(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
}

it('saves every open draft when the page is hidden or closed', () => {
  render(<Host />);
  let flushes = 0;
  const unregister = registerFlush(() => {
    flushes += 1;
    return Promise.resolve();
  });
  hidePage();
  expect(flushes).toBe(1);
  window.dispatchEvent(new Event('pagehide'));
  expect(flushes).toBe(2);
  unregister();
});

it('asks the browser to confirm leaving only while something typed is not yet acknowledged', () => {
  render(<Host />);
  let unsaved = true;
  let flushes = 0;
  const unregister = registerFlush({
    flush: () => {
      flushes += 1;
      return Promise.resolve();
    },
    hasUnsaved: () => unsaved,
  });
  const leaving = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leaving);
  expect(leaving.defaultPrevented).toBe(true);
  expect(flushes).toBe(1);

  unsaved = false;
  const leavingSaved = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leavingSaved);
  expect(leavingSaved.defaultPrevented).toBe(false);
  unregister();
});
