import { defineMessages } from '../define';

/** Folding the side panes. */
export default defineMessages(
  'layout',
  {
    'layout.toggleLeft': 'Show or hide the file list',
    'layout.toggleRight': 'Show or hide the note pane',
  },
  {
    'layout.toggleLeft': 'Mostrar u ocultar la lista de archivos',
    'layout.toggleRight': 'Mostrar u ocultar el panel de la nota',
  },
);
