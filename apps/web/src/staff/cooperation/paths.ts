/** Where cooperation between offices lives in the cockpit. */
export const COOPERATION_PATH = '/fachkraft/kooperation';
export const DIRECTORY_PATH = `${COOPERATION_PATH}/verzeichnis`;
export const PACKAGES_PATH = `${COOPERATION_PATH}/pakete`;
