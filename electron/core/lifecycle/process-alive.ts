/** Whether a process with this id exists. Signal 0 only asks: ESRCH means none; EPERM means one exists that is not ours to signal. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
