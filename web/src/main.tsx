import { render } from 'preact';
import { App } from './app.tsx';
import './styles.css';

const root = document.getElementById('app')!;
// index.html holds a "Loading" line for the moment before this script runs; Preact 11's
// render does not remove what it did not render.
root.replaceChildren();
render(<App />, root);
