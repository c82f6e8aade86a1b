/// <reference types="vite/client" />
// (for the CSS imports below, which Vite bundles into one stylesheet file)
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { MissingCoreScreen } from './screens/MissingCoreScreen.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/shell.css';
import './styles/screens.css';
import './styles/settings.css';
import './styles/programs.css';
import './styles/status-screens.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element to render Content Studio into.');

const studio = window.studio;
createRoot(container).render(<StrictMode>{studio ? <App studio={studio} /> : <MissingCoreScreen />}</StrictMode>);
