import { defineMessages } from '../define';

/**
 * Errors the renderer itself words. The core's and server's reasons (a conflict, a name refused) come as
 * they are written, in English: they are the API's words, shown after what the person was doing.
 */
export default defineMessages(
  'errors',
  {
    'errors.offline': 'Cairn’s server cannot be reached: is it still running? Nothing was changed.',
    'errors.session': 'This page’s session is not valid any more: open the address that Cairn printed when it started.',
    'errors.oneVault': 'This window serves one vault: start Cairn again with another --vault to switch.',
  },
  {
    'errors.offline': 'No se puede contactar con el servidor de Cairn: ¿sigue en marcha? No se ha cambiado nada.',
    'errors.session': 'La sesión de esta página ya no es válida: abre la dirección que mostró Cairn al arrancar.',
    'errors.oneVault': 'Esta ventana sirve una sola bóveda: vuelve a arrancar Cairn con otro --vault para cambiar.',
  },
);
