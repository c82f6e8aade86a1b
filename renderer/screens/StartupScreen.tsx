/** Shown while the first preferences load; styles/status-screens.css keeps the text invisible unless that takes a while. */
export function StartupScreen() {
  return (
    <main className="startup" aria-busy="true">
      <h1 className="startup-message">Starting Content Studio…</h1>
    </main>
  );
}
