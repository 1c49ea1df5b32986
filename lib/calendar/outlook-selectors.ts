// Outlook on the web's hooks (shared/CALENDAR-DOM.md): ids first, structural labels as fallback.
export const outlook = {
  /** New Outlook: the location picker of the event compose form. */
  locationPicker: '#location-suggestions-picker-input',
  /** Older OWA: the compose form itself. */
  composeForm: "div[aria-label='Event compose form']",
} as const;
