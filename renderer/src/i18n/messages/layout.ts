import { defineMessages } from '../define';

/** Folding the side panes; the tabs of the graph and the note open beside. */
export default defineMessages(
  'layout',
  {
    'layout.toggleLeft': 'Show or hide the file list',
    'layout.toggleRight': 'Show or hide the note pane',
    'layout.middle': 'Graph and the note open beside',
    'layout.graphTab': 'Graph',
    'layout.closeBeside': 'Close the note beside (saves it first)',
  },
  {
    'layout.toggleLeft': 'Mostrar u ocultar la lista de archivos',
    'layout.toggleRight': 'Mostrar u ocultar el panel de la nota',
    'layout.middle': 'El grafo y la nota abierta al lado',
    'layout.graphTab': 'Grafo',
    'layout.closeBeside': 'Cerrar la nota de al lado (la guarda antes)',
  },
);
