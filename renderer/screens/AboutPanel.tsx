import { useEffect, useId, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../shared/ipc/contract.js';
import { describeError } from '../studio/describe-error.js';
import { platformName, transportName } from '../studio/describe-app-info.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

type AboutState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly info: AppInfo }
  | { readonly status: 'failed'; readonly message: string };

export function AboutPanel() {
  const studio = useStudio();
  const headingId = useId();
  const [state, setState] = useState<AboutState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    void unwrap(studio.app.info()).then(
      (info) => {
        if (active) setState({ status: 'ready', info });
      },
      (error: unknown) => {
        if (active) setState({ status: 'failed', message: describeError(error) });
      },
    );
    return () => {
      active = false;
    };
  }, [studio]);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>About Content Studio</h2>
      {state.status === 'loading' && <p className="panel-note">Reading the app’s details…</p>}
      {state.status === 'failed' && (
        <p className="panel-error" role="alert">
          The app’s details could not be read. {state.message}
        </p>
      )}
      {state.status === 'ready' && <AboutDetails info={state.info} />}
    </section>
  );
}

function AboutDetails({ info }: { info: AppInfo }) {
  const rows: { term: string; value: ReactNode }[] = [
    { term: 'Name', value: info.name },
    { term: 'Version', value: info.version },
    { term: 'Platform', value: platformName(info.platform) },
    { term: 'Running as', value: transportName(info.transport) },
    { term: 'Data folder', value: <code className="about-path">{info.dataDir}</code> },
    { term: 'Node.js', value: info.versions.node },
  ];
  if (info.versions.electron !== undefined) rows.push({ term: 'Electron', value: info.versions.electron });
  if (info.versions.chrome !== undefined) rows.push({ term: 'Chrome', value: info.versions.chrome });

  return (
    <dl className="about-list">
      {rows.map(({ term, value }) => (
        <div className="about-row" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
