// Commands that cross the wire: the selector code lens carries one of them (the server picks by
// what the client can do; see server/src/hintsAndLenses.ts).

/** VS Code: the extension registers it and shows the locations in the peek view. */
export const SHOW_LOCATIONS_COMMAND = 'podwright.showLocations';

/** Other clients: the server executes it (`workspace/executeCommand`). */
export const SELECTED_WORKLOADS_COMMAND = 'podwright.selectedWorkloads';
