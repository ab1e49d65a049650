import { render } from 'preact';

function Popup() {
  return <main data-testid="zaa-popup">Roster Assistant for Zoom</main>;
}

render(<Popup />, document.getElementById('app')!);
