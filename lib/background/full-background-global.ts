/** Where background-services.js leaves the background's factory for the worker that imported it. */
export const FULL_BACKGROUND_GLOBAL = '__calendarMeetingsFullBackground';
