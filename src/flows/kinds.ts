/** The names of the runs the hub schedules and shows in the sync history. */
export const LEDGER_SYNC = "ledger.sync";
