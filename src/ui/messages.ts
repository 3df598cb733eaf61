// The sidebar's message keys, typed from the English catalogue so a misspelt key fails the type check.

import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
