import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { AddProgramInput } from '../../shared/accounts/program-schema.js';
import { firstupRegions, regionEndpoints, type FirstupRegion } from '../../shared/accounts/regions.js';
import type { ProgramView } from '../../shared/ipc/contract.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { describeAddError, fieldLabels, type AddProgramField, type AddProgramProblem } from './describe-add-error.js';
import { TextField } from './TextField.js';
import { SubmitActions } from './SubmitActions.js';

type Where = FirstupRegion | 'custom';
type Method = 'user' | 'server';

const whereChoices: readonly { value: Where; label: string; hint: string }[] = [
  ...firstupRegions.map((region) => ({ value: region, label: regionEndpoints[region].label, hint: new URL(regionEndpoints[region].apiBaseUrl).host })),
  { value: 'custom', label: 'Custom addresses', hint: 'A staging server, or a sandbox on this computer' },
];

const methodChoices: readonly { value: Method; label: string; hint: string }[] = [
  { value: 'user', label: 'As a person (recommended)', hint: 'Each person signs in with their own Firstup account, and posts carry their name.' },
  { value: 'server', label: 'As a server', hint: 'An administrator types the client secret. Posts made this way are not attributed to a person.' },
];

export interface AddProgramFormProps {
  readonly id: string;
  readonly onAdded: (view: ProgramView) => void;
  readonly onCancel: () => void;
}

/** The new program's details; the core validates them, and its messages are shown next to the fields they name. */
export function AddProgramForm({ id, onAdded, onCancel }: AddProgramFormProps) {
  const studio = useStudio();
  const baseId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const [displayName, setDisplayName] = useState('');
  const [where, setWhere] = useState<Where>('us1');
  const [apiBaseUrl, setApiBaseUrl] = useState('');
  const [authBaseUrl, setAuthBaseUrl] = useState('');
  const [method, setMethod] = useState<Method>('user');
  const [clientId, setClientId] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<readonly AddProgramProblem[]>([]);
  const errorId = `${baseId}-error`;

  useLayoutEffect(() => {
    nameInput.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // Pasted addresses and ids often carry a stray space, which the core would rightly refuse.
    const input: AddProgramInput = {
      displayName,
      location: where === 'custom' ? { kind: 'custom', apiBaseUrl: apiBaseUrl.trim(), authBaseUrl: authBaseUrl.trim() } : { kind: 'region', region: where },
      signIn: { kind: method, clientId: clientId.trim() },
    };
    setBusy(true);
    setProblems([]);
    void unwrap(studio.programs.add(input)).then(
      (view) => {
        setBusy(false);
        onAdded(view);
      },
      (error: unknown) => {
        setBusy(false);
        setProblems(describeAddError(error));
      },
    );
  };

  const invalid = (field: AddProgramField) => problems.some((problem) => problem.field === field);
  const fieldProps = (field: AddProgramField) => ({ invalid: invalid(field), errorId });

  return (
    <form id={id} className="program-form" aria-label="Add a program" noValidate onSubmit={submit}>
      <TextField ref={nameInput} label="Display name" value={displayName} onChange={setDisplayName} hint="How the program is named in Content Studio." {...fieldProps('displayName')} />

      <fieldset className="program-choices">
        <legend className="program-legend">Where the program is</legend>
        {whereChoices.map((choice) => (
          <RadioChoice key={choice.value} name={`${baseId}-where`} checked={where === choice.value} onChoose={() => setWhere(choice.value)} {...choice} />
        ))}
      </fieldset>

      {where === 'custom' && (
        <div className="program-form-group">
          <TextField label="API base URL" value={apiBaseUrl} onChange={setApiBaseUrl} hint="For example https://partner.example.com" inputMode="url" {...fieldProps('apiBaseUrl')} />
          <TextField label="Auth base URL" value={authBaseUrl} onChange={setAuthBaseUrl} hint="For example https://auth.example.com" inputMode="url" {...fieldProps('authBaseUrl')} />
        </div>
      )}

      <fieldset className="program-choices">
        <legend className="program-legend">How Content Studio signs in</legend>
        {methodChoices.map((choice) => (
          <RadioChoice key={choice.value} name={`${baseId}-method`} checked={method === choice.value} onChoose={() => setMethod(choice.value)} {...choice} />
        ))}
      </fieldset>

      <TextField label="Client id" value={clientId} onChange={setClientId} hint="From the program’s integration settings in Firstup." {...fieldProps('clientId')} />

      {problems.length > 0 && (
        <div className="panel-error" id={errorId} role="alert">
          <p>The program could not be added.</p>
          <ul className="program-problems">
            {problems.map((problem, index) => (
              <li key={index}>{problem.field === null ? problem.message : `${fieldLabels[problem.field]}: ${problem.message}`}</li>
            ))}
          </ul>
        </div>
      )}

      <SubmitActions busy={busy} label="Add program" busyLabel="Adding…" onCancel={onCancel} />
    </form>
  );
}

interface RadioChoiceProps {
  readonly name: string;
  readonly value: string;
  readonly label: string;
  readonly hint: string;
  readonly checked: boolean;
  readonly onChoose: () => void;
}

function RadioChoice({ name, value, label, hint, checked, onChoose }: RadioChoiceProps) {
  const id = useId();
  return (
    <div className="program-choice">
      <input type="radio" className="program-radio" id={id} name={name} value={value} checked={checked} aria-describedby={`${id}-hint`} onChange={onChoose} />
      <label htmlFor={id}>{label}</label>
      <p className="program-hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
