/**
 * The server's rule for new passwords (MIN_PASSWORD_LENGTH in src/store/security/passwords.ts). The
 * contract does not publish it yet, so it is repeated here only to tell the user before they submit;
 * the server still decides and its message is shown if the two ever differ.
 */
export const MIN_PASSWORD_LENGTH = 10;
