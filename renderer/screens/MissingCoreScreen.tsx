/** Shown when neither the Electron preload nor browser mode's bridge defined `window.studio`. */
export function MissingCoreScreen() {
  return (
    <main className="fatal">
      <div className="fatal-card">
        <h1>Content Studio could not connect to its core.</h1>
        <p>
          This window opened without its link to the part of Content Studio that reads and saves your work, so it has
          nothing it can show.
        </p>
        <p className="fatal-detail">
          Close this window and start Content Studio again. In browser mode, open the address that Content Studio
          prints when it starts rather than the page’s files.
        </p>
      </div>
    </main>
  );
}
